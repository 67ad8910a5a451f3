#include "UiTestSupport.h"
#include "ui/Appearance.h"

#include "common/Language.h"
#include "ui/ArticleListModel.h"
#include "ui/ArticleListPane.h"
#include "ui/ConsentDialog.h"
#include "ui/MainWindow.h"
#include "ui/MessageController.h"
#include "ui/MessageDialog.h"
#include "ui/MessageNotice.h"
#include "ui/OutboxWindow.h"
#include "ui/PrivacyDialog.h"
#include "ui/SectionListView.h"
#include "ui/SettingsDialog.h"
#include "web/ArticleView.h"

#include <QAbstractButton>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QComboBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QScreen>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTextEdit>
#include <QToolBar>
#include <QToolButton>
#include <QTreeView>
#include <QWebEngineView>

using namespace ichq;
using ichq::ui::MainWindow;

namespace {

// What a screen reader can reach and act on: anything that takes the focus, and the kinds of
// widget that are controls even when they do not (the line edit's icon buttons, for one).
bool isInteractive(const QWidget *widget)
{
    return widget->focusPolicy() != Qt::NoFocus || qobject_cast<const QAbstractButton *>(widget) ||
           qobject_cast<const QLineEdit *>(widget) ||
           qobject_cast<const QAbstractItemView *>(widget) ||
           qobject_cast<const QComboBox *>(widget) ||
           qobject_cast<const QAbstractSpinBox *>(widget) ||
           qobject_cast<const QTextEdit *>(widget) ||
           qobject_cast<const QPlainTextEdit *>(widget) ||
           qobject_cast<const QWebEngineView *>(widget);
}

// Parts of a control that assistive technology reaches through the control itself, which
// carries the name: a spin box's or combo box's editor, a tree's header (its cells are the
// column titles), the engine's own widget inside the web view.
bool isPartOfNamedControl(const QWidget *widget)
{
    for (const QWidget *parent = widget->parentWidget(); parent; parent = parent->parentWidget()) {
        if (qobject_cast<const QAbstractSpinBox *>(parent) ||
            qobject_cast<const QComboBox *>(parent) || qobject_cast<const QWebEngineView *>(parent))
            return true;
    }
    return qobject_cast<const QHeaderView *>(widget) &&
           qobject_cast<const QAbstractItemView *>(widget->parentWidget());
}

QString nameOf(QWidget *widget)
{
    QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(widget);
    return iface ? iface->text(QAccessible::Name) : QString();
}

QString describe(const QWidget *widget)
{
    return QStringLiteral("%1 \"%2\"")
        .arg(QString::fromLatin1(widget->metaObject()->className()), widget->objectName());
}

// The interactive widgets on screen under root, each with its accessible name.
QList<QPair<QWidget *, QString>> namesUnder(QWidget *root)
{
    QList<QPair<QWidget *, QString>> names;
    for (QWidget *widget : root->findChildren<QWidget *>()) {
        if (!widget->isVisible() || !isInteractive(widget) || isPartOfNamedControl(widget))
            continue;
        names.append({widget, nameOf(widget)});
    }
    return names;
}

// ICHQ_DUMP_NAMES=1 prints every name the walk finds, to read them as a screen reader would.
QStringList unnamedUnder(QWidget *root, const QString &where)
{
    QStringList problems;
    for (const auto &[widget, name] : namesUnder(root)) {
        if (qEnvironmentVariableIsSet("ICHQ_DUMP_NAMES"))
            qInfo().noquote() << where << describe(widget) << "=" << name;
        if (name.trimmed().isEmpty())
            problems
                << QStringLiteral("%1: %2 has no accessible name").arg(where, describe(widget));
    }
    return problems;
}

// Each toolbar command is a button: it says what it does.
QStringList unnamedToolBarActions(QMainWindow &window, const QString &where)
{
    QStringList problems;
    for (QToolBar *bar : window.findChildren<QToolBar *>()) {
        for (QAction *action : bar->actions()) {
            QWidget *button = bar->widgetForAction(action);
            if (action->isSeparator() || !qobject_cast<QToolButton *>(button))
                continue;
            if (nameOf(button).trimmed().isEmpty())
                problems << QStringLiteral("%1: toolbar action \"%2\" has no accessible name")
                                .arg(where, action->objectName());
        }
    }
    return problems;
}

// Menu items are named by their text.
QStringList unnamedMenuItems(QMainWindow &window, const QString &where)
{
    QStringList problems;
    for (QAction *menuAction : window.menuBar()->actions()) {
        QMenu *menu = menuAction->menu();
        if (!menu)
            continue;
        QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(menu);
        for (int i = 0; iface && i < iface->childCount(); ++i) {
            QAccessibleInterface *item = iface->child(i);
            if (item->role() != QAccessible::Separator && item->text(QAccessible::Name).isEmpty())
                problems << QStringLiteral("%1: item %2 of menu \"%3\" has no accessible name")
                                .arg(where)
                                .arg(i)
                                .arg(menu->title());
        }
    }
    return problems;
}

QWidget *focusFrameOf(QWidget *view)
{
    return view->findChild<QWidget *>(QStringLiteral("focusFrame"), Qt::FindDirectChildrenOnly);
}

QColor colourAt(const QImage &shot, QWidget *window, QWidget *widget, QPoint at)
{
    return shot.pixelColor(widget->mapTo(window, at) * shot.devicePixelRatio());
}

// The colour halfway down the view's left edge, in the window's picture.
QColor leftEdgeColour(const QImage &shot, QWidget *window, QAbstractItemView *view)
{
    QWidget *rows = view->viewport();
    return colourAt(shot, window, rows, QPoint(0, rows->height() / 2));
}

// The rows are framed on every side, in the highlight colour, and the rows inside are not.
bool frameShown(const QImage &shot, QWidget *window, QAbstractItemView *view, const QColor &colour)
{
    QWidget *rows = view->viewport();
    const int middleX = rows->width() / 2;
    const int middleY = rows->height() / 2;
    return colourAt(shot, window, rows, {0, middleY}) == colour &&
           colourAt(shot, window, rows, {1, middleY}) == colour &&
           colourAt(shot, window, rows, {rows->width() - 1, middleY}) == colour &&
           colourAt(shot, window, rows, {middleX, 0}) == colour &&
           colourAt(shot, window, rows, {middleX, rows->height() - 1}) == colour &&
           colourAt(shot, window, rows, {3, middleY}) != colour;
}

} // namespace

class TestAccessibility : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void cleanup();
    void mainWindowIsNamed_data();
    void mainWindowIsNamed();
    void emptyWindowIsNamed_data();
    void emptyWindowIsNamed();
    void dialogsAreNamed_data();
    void dialogsAreNamed();
    void namesFollowTheLanguage();
    void focusedListShowsAFrame_data();
    void focusedListShowsAFrame();
    void outboxListShowsAFrame_data();
    void outboxListShowsAFrame();

private:
    bool switchTo(const QString &code);
    void addLanguages();

    std::unique_ptr<Language> m_language;
};

void TestAccessibility::initTestCase()
{
    QAccessible::setActive(true);
    m_language = std::make_unique<Language>(QStringLiteral(ICHQ_QM_DIR));
    QVERIFY(m_language->apply(QStringLiteral("en")));
}

void TestAccessibility::cleanupTestCase()
{
    m_language.reset();
    QLocale::setDefault(QLocale::c());
}

void TestAccessibility::cleanup()
{
    QVERIFY(switchTo(QStringLiteral("en")));
}

bool TestAccessibility::switchTo(const QString &code)
{
    return test::switchLanguage(*m_language, code);
}

void TestAccessibility::addLanguages()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("en") << QStringLiteral("en");
    QTest::newRow("zh") << QStringLiteral("zh");
}

void TestAccessibility::mainWindowIsNamed_data()
{
    addLanguages();
}

// The reading window with an article open, offline (the banner shows) and a message waiting
// (the status bar's notice and badge show): every part that can appear while reading.
void TestAccessibility::mainWindowIsNamed()
{
    QFETCH(QString, language);
    test::ReaderFixture fixture;
    QVERIFY(fixture.open());
    QVERIFY(fixture.storeArticles(0, 12));
    ui::ReaderContext context = fixture.context();
    context.language = m_language.get();
    MainWindow window(context);
    QVERIFY(test::showWindowReady(window));
    QSignalSpy loaded(window.articleView(), &web::ArticleView::articleLoaded);
    window.articleList()->selectId(window.articleModel()->idAt(2));
    QVERIFY(loaded.wait(10000));
    fixture.network.setForcedOffline(true);
    window.messages()->notice()->showNotice(QStringLiteral("Delivered."), true);
    window.messages()->notice()->setWaiting(2);
    window.articleList()->searchField()->setText(QStringLiteral("Art")); // the clear button
    QVERIFY(switchTo(language));
    QApplication::processEvents();

    const QStringList problems = unnamedUnder(&window, language) +
                                 unnamedToolBarActions(window, language) +
                                 unnamedMenuItems(window, language);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

void TestAccessibility::emptyWindowIsNamed_data()
{
    addLanguages();
}

// Nothing stored: the empty state with its button.
void TestAccessibility::emptyWindowIsNamed()
{
    QFETCH(QString, language);
    test::ReaderFixture fixture;
    QVERIFY(fixture.open());
    fixture.network.setForcedOffline(true);
    ui::ReaderContext context = fixture.context();
    context.language = m_language.get();
    MainWindow window(context);
    QVERIFY(test::showWindowReady(window));
    QVERIFY(window.isShowingEmptyState());
    QVERIFY(switchTo(language));

    const QStringList problems = unnamedUnder(&window, language);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

void TestAccessibility::dialogsAreNamed_data()
{
    addLanguages();
}

void TestAccessibility::dialogsAreNamed()
{
    QFETCH(QString, language);
    test::ReaderFixture fixture;
    QVERIFY(fixture.open(30));
    MessageDraft draft{QStringLiteral("Li Wei"), QStringLiteral("li.wei@example.com"),
                       QStringLiteral("Metro"), QStringLiteral("Hello?"), true};
    // A failed message: the Outbox offers every button.
    fixture.outbox->markFailed(fixture.outbox->enqueue(draft), QStringLiteral("refused"));
    QVERIFY(switchTo(language));

    ui::ConsentDialog consent;
    ui::SettingsDialog settings(*fixture.settings, *fixture.consent, fixture.paths);
    ui::MessageDialog message(*fixture.outbox);
    ui::OutboxWindow outbox(*fixture.outbox, *fixture.sender);
    ui::PrivacyDialog privacy(fixture.paths);
    QStringList problems;
    for (QWidget *dialog :
         std::initializer_list<QWidget *>{&consent, &settings, &message, &outbox, &privacy}) {
        dialog->show();
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        problems << unnamedUnder(dialog, language + u' ' + dialog->objectName());
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

// The names are written in the language shown, and change with it; the article pane is named
// by the headline.
void TestAccessibility::namesFollowTheLanguage()
{
    test::ReaderFixture fixture;
    QVERIFY(fixture.open());
    QVERIFY(fixture.storeArticles(0, 5));
    ui::ReaderContext context = fixture.context();
    context.language = m_language.get();
    MainWindow window(context);
    QVERIFY(test::showWindowReady(window));
    QSignalSpy loaded(window.articleView(), &web::ArticleView::articleLoaded);
    window.articleList()->selectId(window.articleModel()->idAt(0));
    QVERIFY(loaded.wait(10000));
    QWebEngineView *article = window.articleView()->engineView();
    const QString headline =
        window.articleModel()->index(0).data(ui::ArticleListModel::TitleRole).toString();
    QCOMPARE(nameOf(article), headline);
    auto *toggle = window.findChild<QToolButton *>(QStringLiteral("languageButton"));
    QVERIFY(toggle);
    QCOMPARE(nameOf(toggle), u"Switch to Chinese (中文)");
    QCOMPARE(nameOf(window.sectionView()), u"Sections");

    const QList<QWidget *> named{window.sectionView(), window.articleList()->view(),
                                 window.articleList()->searchField(), toggle};
    QStringList english;
    for (QWidget *widget : named)
        english << nameOf(widget);
    QVERIFY(switchTo(QStringLiteral("zh")));
    for (int i = 0; i < named.size(); ++i) {
        const QString chinese = nameOf(named.at(i));
        QVERIFY2(!chinese.isEmpty() && chinese != english.at(i), qPrintable(english.at(i)));
    }
    QCOMPARE(nameOf(toggle), u"切换到英文");
    QTRY_COMPARE(nameOf(article), headline); // the page is written again, the headline stays

    QVERIFY(switchTo(QStringLiteral("en")));
    for (int i = 0; i < named.size(); ++i)
        QCOMPARE(nameOf(named.at(i)), english.at(i));
}

void TestAccessibility::focusedListShowsAFrame_data()
{
    QTest::addColumn<bool>("dark");
    QTest::newRow("light") << false;
    QTest::newRow("dark") << true;
}

// The list with the keyboard focus has a frame in the highlight colour; the other has none.
void TestAccessibility::focusedListShowsAFrame()
{
    QFETCH(bool, dark);
    const QString look = dark ? QStringLiteral("dark") : QStringLiteral("light");
    const QPalette before = QApplication::palette();
    QApplication::setPalette(dark ? ui::Appearance::darkPalette()
                                  : QApplication::style()->standardPalette());
    const auto restore = qScopeGuard([&before] { QApplication::setPalette(before); });
    test::ReaderFixture fixture;
    QVERIFY(fixture.open());
    QVERIFY(fixture.storeArticles(0, 12));
    MainWindow window(fixture.context());
    QVERIFY(test::showWindowReady(window));
    QAbstractItemView *sections = window.sectionView();
    QAbstractItemView *articles = window.articleList()->view();
    const QColor highlight = QApplication::palette().color(QPalette::Active, QPalette::Highlight);
    QVERIFY(focusFrameOf(sections) && focusFrameOf(articles));

    sections->setFocus(Qt::TabFocusReason);
    QTRY_VERIFY(focusFrameOf(sections)->isVisible());
    QVERIFY(!focusFrameOf(articles)->isVisible());
    QImage shot = window.grab().toImage();
    QVERIFY(frameShown(shot, &window, sections, highlight));
    QVERIFY(leftEdgeColour(shot, &window, articles) != highlight);
    QVERIFY(!test::saveScreenshot(&window, QStringLiteral("focus-sections-") + look).isEmpty());

    articles->setFocus(Qt::TabFocusReason);
    QTRY_VERIFY(focusFrameOf(articles)->isVisible());
    QVERIFY(!focusFrameOf(sections)->isVisible());
    shot = window.grab().toImage();
    QVERIFY(frameShown(shot, &window, articles, highlight));
    QVERIFY(leftEdgeColour(shot, &window, sections) != highlight);
    QVERIFY(!test::saveScreenshot(&window, QStringLiteral("focus-articles-") + look).isEmpty());

    // Scrolled, the rows are copied up and the frame stays: what the window shows, not a
    // fresh rendering.
    auto *scrollBar = window.articleList()->view()->verticalScrollBar();
    for (int step = 0; step < 5; ++step) {
        scrollBar->setValue(scrollBar->value() + 37);
        QApplication::processEvents();
    }
    QVERIFY(scrollBar->value() > 0);
    QImage onScreen;
    QTRY_VERIFY(frameShown(onScreen = window.screen()->grabWindow(window.winId()).toImage(),
                           &window, articles, highlight));
    QVERIFY(onScreen.save(QStringLiteral(ICHQ_SCREENSHOT_DIR "/focus-articles-scrolled-") + look +
                          QStringLiteral(".png")));
}

void TestAccessibility::outboxListShowsAFrame_data()
{
    focusedListShowsAFrame_data();
}

// The Outbox's list, when the focus is in it.
void TestAccessibility::outboxListShowsAFrame()
{
    QFETCH(bool, dark);
    const QPalette before = QApplication::palette();
    QApplication::setPalette(dark ? ui::Appearance::darkPalette()
                                  : QApplication::style()->standardPalette());
    const auto restore = qScopeGuard([&before] { QApplication::setPalette(before); });
    const QColor highlight = QApplication::palette().color(QPalette::Active, QPalette::Highlight);
    test::ReaderFixture fixture;
    QVERIFY(fixture.open());
    MessageDraft draft{QStringLiteral("Li Wei"), QStringLiteral("li.wei@example.com"),
                       QStringLiteral("Metro"), QStringLiteral("Hello?"), true};
    fixture.outbox->enqueue(draft);
    ui::OutboxWindow outbox(*fixture.outbox, *fixture.sender);
    outbox.show();
    outbox.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&outbox));
    auto *messages = outbox.findChild<QTreeView *>();
    QVERIFY(messages);
    messages->setFocus(Qt::TabFocusReason);
    QTRY_VERIFY(focusFrameOf(messages) && focusFrameOf(messages)->isVisible());
    QVERIFY(frameShown(outbox.grab().toImage(), &outbox, messages, highlight));
    const QString look = dark ? QStringLiteral("dark") : QStringLiteral("light");
    QVERIFY(!test::saveScreenshot(&outbox, QStringLiteral("focus-outbox-") + look).isEmpty());
}

ICHQ_UI_TEST_MAIN(TestAccessibility)

#include "tst_accessibility.moc"
