#include "UiTestSupport.h"

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
#include <QSignalSpy>
#include <QTextEdit>
#include <QToolBar>
#include <QToolButton>
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
    if (!m_language->apply(code))
        return false;
    QCoreApplication::processEvents(); // the posted LanguageChange events
    QCoreApplication::processEvents();
    return m_language->current() == code;
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

ICHQ_UI_TEST_MAIN(TestAccessibility)

#include "tst_accessibility.moc"
