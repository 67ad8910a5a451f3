#include "UiTestSupport.h"
#include "store/ArticleQueries.h"
#include "ui/Appearance.h"
#include "ui/ReaderActions.h"
#include "web/ArticlePage.h"
#include "web/ArticleView.h"

#include <QMenu>
#include <QSignalSpy>
#include <QtTest>

using namespace ichq;

// View -> Appearance: the interface and the article page turn light or dark together, the
// choice is kept for the next start, and System gives back the look the reader started with.
class TestAppearance : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void darkAndLightTurnTheWindowAndThePage();
    void choiceIsKeptForTheNextStart();

private:
    QPalette m_startingPalette;
};

namespace {
bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

// The lightness of the most opaque pixels of an icon drawn from a glyph in the text colour.
int inkLightness(const QIcon &icon)
{
    const QImage image = icon.pixmap(QSize(16, 16)).toImage();
    int best = -1, lightness = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QColor c = image.pixelColor(x, y);
            if (c.alpha() > best) {
                best = c.alpha();
                lightness = c.lightness();
            }
        }
    }
    return lightness;
}

QAction *actionNamed(QMenu *menu, const QString &text)
{
    for (QAction *action : menu->actions()) {
        if (action->text().remove(QLatin1Char('&')) == text)
            return action;
    }
    return nullptr;
}
} // namespace

void TestAppearance::initTestCase()
{
    m_startingPalette = QApplication::palette();
    QVERIFY(!isDark(m_startingPalette)); // offscreen starts light
}

void TestAppearance::darkAndLightTurnTheWindowAndThePage()
{
    test::ReaderFixture fixture;
    QVERIFY(fixture.open());
    QVERIFY(fixture.storeArticles(0, 3));
    ui::MainWindow window(fixture.context());
    QVERIFY(test::showWindowReady(window));
    web::ArticleView *view = window.articleView();
    QSignalSpy loaded(view, &web::ArticleView::articleLoaded);
    window.openArticle(ArticleQueries(fixture.database).list({}).first().id);
    QVERIFY(loaded.wait(20000));
    QVERIFY(view->page()->url().query().contains(QStringLiteral("theme=light")));

    QMenu *menu = window.appearance()->menu();
    loaded.clear();
    actionNamed(menu, QStringLiteral("Dark"))->trigger();
    QVERIFY(isDark(QApplication::palette()));
    QTRY_VERIFY(isDark(window.palette()));
    QCOMPARE(fixture.settings->appearance(), QStringLiteral("dark"));
    // Icons drawn in the text colour are drawn again: light on the dark toolbar.
    QTRY_VERIFY(inkLightness(window.actions()->toggleStar->icon()) > 128);
    // The page is drawn again in its dark version.
    QTRY_VERIFY(view->page()->url().query().contains(QStringLiteral("theme=dark")));
    QTRY_VERIFY(!loaded.isEmpty());
    QTest::qWait(200); // the new frame
    test::saveScreenshot(&window, QStringLiteral("appearance-dark-en"));

    actionNamed(menu, QStringLiteral("Light"))->trigger();
    QVERIFY(!isDark(QApplication::palette()));
    QTRY_VERIFY(view->page()->url().query().contains(QStringLiteral("theme=light")));
    QTRY_VERIFY(inkLightness(window.actions()->toggleStar->icon()) < 128);

    actionNamed(menu, QStringLiteral("System"))->trigger();
    QCOMPARE(QApplication::palette().color(QPalette::Window),
             m_startingPalette.color(QPalette::Window));
    QCOMPARE(QApplication::palette().color(QPalette::Highlight),
             m_startingPalette.color(QPalette::Highlight));
    QCOMPARE(fixture.settings->appearance(), QStringLiteral("system"));
}

void TestAppearance::choiceIsKeptForTheNextStart()
{
    test::ReaderFixture fixture;
    QVERIFY(fixture.open());
    fixture.settings->setAppearance(QStringLiteral("dark"));
    {
        ui::MainWindow window(fixture.context());
        QVERIFY(isDark(QApplication::palette()));
        QCOMPARE(window.appearance()->scheme(), ui::Appearance::Scheme::Dark);
        QVERIFY(actionNamed(window.appearance()->menu(), QStringLiteral("Dark"))->isChecked());
    }
    // Delete my data starts the window again in the same application, with no settings: the
    // dark look of before must not stay while the menu says System.
    fixture.settings->setAppearance(QStringLiteral("system"));
    {
        ui::MainWindow window(fixture.context());
        QVERIFY(!isDark(QApplication::palette()));
    }
    fixture.settings->setAppearance(QStringLiteral("purple")); // hand-edited: reads as System
    ui::MainWindow window(fixture.context());
    QCOMPARE(window.appearance()->scheme(), ui::Appearance::Scheme::System);
}

ICHQ_UI_TEST_MAIN(TestAppearance)
#include "tst_appearance.moc"
