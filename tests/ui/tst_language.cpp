#include "UiTestSupport.h"

#include "common/Language.h"
#include "store/FeedStateStore.h"
#include "ui/ArticleListModel.h"
#include "ui/ArticleListPane.h"
#include "ui/ConsentDialog.h"
#include "ui/MainWindow.h"
#include "ui/MessageDialog.h"
#include "ui/OutboxWindow.h"
#include "ui/PrivacyDialog.h"
#include "ui/ReaderActions.h"
#include "ui/SectionListModel.h"
#include "ui/SectionListView.h"
#include "ui/SettingsDialog.h"
#include "ui/StatusArea.h"
#include "web/ArticleView.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAction>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStatusBar>
#include <QToolBar>
#include <QToolButton>

using namespace ichq;
using ichq::ui::MainWindow;

namespace {

// Every text a reader sees on a window, keyed by the object and the property it comes from.
using Texts = QMap<QString, QString>;

QString keyOf(const QObject *object, const char *property)
{
    return QStringLiteral("%1(%2)@%3.%4")
        .arg(QString::fromLatin1(object->metaObject()->className()), object->objectName())
        .arg(quintptr(object), 0, 16)
        .arg(QLatin1String(property));
}

void addText(Texts &texts, const QObject *object, const char *property, const QString &text)
{
    if (!text.isEmpty())
        texts.insert(keyOf(object, property), text);
}

void addAction(Texts &texts, const QAction *action)
{
    if (action->isSeparator() || action->text().isEmpty())
        return;
    addText(texts, action, "text", action->text());
    addText(texts, action, "iconText", action->iconText());
    addText(texts, action, "toolTip", action->toolTip());
}

// rowsOf: a model whose fixed rows (the first three) and tooltips are checked too.
Texts textsOf(QWidget *root, const QAbstractItemModel *rowsOf = nullptr)
{
    Texts texts;
    addText(texts, root, "windowTitle", root->windowTitle());
    for (const QLabel *label : root->findChildren<QLabel *>()) {
        if (label->isVisibleTo(root))
            addText(texts, label, "text", label->text());
    }
    for (const QAbstractButton *button : root->findChildren<QAbstractButton *>()) {
        if (!button->isVisibleTo(root))
            continue;
        addText(texts, button, "text", button->text());
        addText(texts, button, "toolTip", button->toolTip());
    }
    for (const QLineEdit *edit : root->findChildren<QLineEdit *>()) {
        if (edit->isVisibleTo(root))
            addText(texts, edit, "placeholderText", edit->placeholderText());
    }
    for (const QPlainTextEdit *edit : root->findChildren<QPlainTextEdit *>()) {
        if (edit->isVisibleTo(root))
            addText(texts, edit, "placeholderText", edit->placeholderText());
    }
    for (const QGroupBox *box : root->findChildren<QGroupBox *>()) {
        if (box->isVisibleTo(root))
            addText(texts, box, "title", box->title());
    }
    for (const QMenu *menu : root->findChildren<QMenu *>()) {
        addText(texts, menu, "title", menu->title());
        for (const QAction *action : menu->actions())
            addAction(texts, action);
    }
    for (const QAction *action : root->findChildren<QAction *>())
        addAction(texts, action);
    for (const QAbstractItemView *view : root->findChildren<QAbstractItemView *>()) {
        const QAbstractItemModel *model = view->model();
        if (!view->isVisibleTo(root) || !model)
            continue;
        for (int column = 0; column < model->columnCount(); ++column)
            addText(texts, model, qPrintable(QStringLiteral("header%1").arg(column)),
                    model->headerData(column, Qt::Horizontal).toString());
        if (model != rowsOf)
            continue;
        for (int row = 0; row < model->rowCount(); ++row) {
            const QModelIndex index = model->index(row, 0);
            if (row < 3)
                addText(texts, model, qPrintable(QStringLiteral("row%1").arg(row)),
                        index.data().toString());
            addText(texts, model, qPrintable(QStringLiteral("tip%1").arg(row)),
                    index.data(Qt::ToolTipRole).toString());
        }
    }
    return texts;
}

// Words a translation keeps: names, addresses, what the user typed, and strings added after
// the last lupdate (the translator's next round).
bool keepsItsText(const QString &text)
{
    static const QRegularExpression latinLetters(QStringLiteral("[A-Za-z]{2,}"));
    if (!text.contains(latinLetters))
        return true; // numbers, symbols, Chinese already
    static const QStringList kept{QStringLiteral("iChongqing"), QStringLiteral("@"),
                                  QStringLiteral("http"),       QStringLiteral("/"),
                                  QStringLiteral("Li Wei"),     QStringLiteral("Metro"),
                                  QStringLiteral("Hello?"),     QStringLiteral("Switch to")};
    for (const QString &part : kept) {
        if (text.contains(part))
            return true;
    }
    return false;
}

// Everything visible is still written after the switch, and what has a translation changed.
QStringList untranslated(const Texts &before, const Texts &after)
{
    QStringList problems;
    for (auto it = before.cbegin(); it != before.cend(); ++it) {
        const QString now = after.value(it.key());
        if (now.isEmpty())
            problems << QStringLiteral("%1 is empty (was \"%2\")").arg(it.key(), it.value());
        else if (now == it.value() && !keepsItsText(it.value()))
            problems << QStringLiteral("%1 stayed \"%2\"").arg(it.key(), now);
    }
    return problems;
}

} // namespace

class TestLanguage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void cleanup();
    void chooseAtStart();
    void settingsRemember();
    void toggleButton();
    void mainWindowSwitchesAndBack();
    void dialogsSwitchAndBack();
    void searchCountFollowsTheLanguage();

private:
    bool switchTo(const QString &code);

    std::unique_ptr<Language> m_language;
};

void TestLanguage::initTestCase()
{
    m_language = std::make_unique<Language>(QStringLiteral(ICHQ_QM_DIR));
    QVERIFY(m_language->apply(QStringLiteral("en")));
    QCOMPARE(QLocale().language(), QLocale::English);
}

void TestLanguage::cleanupTestCase()
{
    m_language.reset();
    QLocale::setDefault(QLocale::c());
}

void TestLanguage::cleanup()
{
    // A failed test must not leave the next one in Chinese.
    QVERIFY(switchTo(QStringLiteral("en")));
}

bool TestLanguage::switchTo(const QString &code)
{
    return test::switchLanguage(*m_language, code);
}

void TestLanguage::chooseAtStart()
{
    // First start: the system decides; any Chinese locale gives Chinese.
    QCOMPARE(Language::systemDefault(QLocale(QLocale::Chinese, QLocale::China)), u"zh");
    QCOMPARE(Language::systemDefault(QLocale(QLocale::Chinese, QLocale::Taiwan)), u"zh");
    QCOMPARE(Language::systemDefault(QLocale(QLocale::English, QLocale::UnitedKingdom)), u"en");
    QCOMPARE(Language::systemDefault(QLocale(QLocale::German, QLocale::Germany)), u"en");
    QCOMPARE(Language::systemDefault(QLocale::c()), u"en");
    const QLocale chineseSystem(QLocale::Chinese, QLocale::China);
    const QLocale frenchSystem(QLocale::French, QLocale::France);
    QCOMPARE(Language::choose({}, {}, chineseSystem), u"zh");
    QCOMPARE(Language::choose({}, {}, frenchSystem), u"en");
    // A remembered choice beats the system; --lang beats both.
    QCOMPARE(Language::choose({}, QStringLiteral("en"), chineseSystem), u"en");
    QCOMPARE(Language::choose({}, QStringLiteral("zh"), frenchSystem), u"zh");
    QCOMPARE(Language::choose(QStringLiteral("en"), QStringLiteral("zh"), chineseSystem), u"en");
    QCOMPARE(Language::choose(QStringLiteral("zh_CN"), QStringLiteral("en"), frenchSystem), u"zh");
    QCOMPARE(Language::choose(QStringLiteral("klingon"), {}, chineseSystem), u"zh");
    QVERIFY(!Language(QStringLiteral(ICHQ_QM_DIR)).apply(QStringLiteral("fr")));
    QCOMPARE(m_language->current(), u"en");
}

void TestLanguage::settingsRemember()
{
    test::ReaderFixture fixture;
    QVERIFY(fixture.open());
    QCOMPARE(fixture.settings->language(), QString()); // never chosen
    fixture.settings->setLanguage(QStringLiteral("zh"));
    fixture.settings->sync();
    {
        const Settings again(fixture.paths);
        QCOMPARE(again.language(), u"zh");
    }
    fixture.settings->setLanguage(QStringLiteral("nonsense"));
    QCOMPARE(fixture.settings->language(), QString());
    fixture.settings->setLanguage(QStringLiteral("en"));
    fixture.settings->sync();
    QCOMPARE(Settings(fixture.paths).language(), u"en");
}

void TestLanguage::toggleButton()
{
    test::ReaderFixture fixture;
    QVERIFY(fixture.open());
    QVERIFY(fixture.storeArticles(0, 5));
    ui::ReaderContext context = fixture.context();
    context.language = m_language.get();
    MainWindow window(context);
    QVERIFY(test::showWindowReady(window));
    QAction *toggle = window.actions()->language;
    QCOMPARE(toggle->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    auto *button = window.findChild<QToolButton *>(QStringLiteral("languageButton"));
    QVERIFY(button);
    QVERIFY(button->isVisible());
    QCOMPARE(button->text(), QStringLiteral("中文"));
    QCOMPARE(toggle->iconText(), QStringLiteral("中文"));

    QTest::mouseClick(button, Qt::LeftButton);
    QCoreApplication::processEvents();
    QCOMPARE(m_language->current(), u"zh");
    QCOMPARE(fixture.settings->language(), u"zh");
    QTRY_COMPARE(button->text(), QStringLiteral("EN"));
    QCOMPARE(QLocale().language(), QLocale::Chinese);

    QTest::keySequence(&window, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    QCoreApplication::processEvents();
    QCOMPARE(m_language->current(), u"en");
    QCOMPARE(fixture.settings->language(), u"en");
    QTRY_COMPARE(button->text(), QStringLiteral("中文"));
    QCOMPARE(QLocale().language(), QLocale::English);
}

void TestLanguage::mainWindowSwitchesAndBack()
{
    test::ReaderFixture fixture;
    QVERIFY(fixture.open());
    QVERIFY(fixture.storeArticles(0, 40));
    const QUrl feed(QStringLiteral("https://www.ichongqing.info/feed/"));
    QVERIFY(FeedStateStore(fixture.database).recordSuccess(feed, "\"v1\"", {}));
    ui::ReaderContext context = fixture.context();
    context.language = m_language.get();
    MainWindow window(context);
    QVERIFY(test::showWindowReady(window));
    QSignalSpy loaded(window.articleView(), &web::ArticleView::articleLoaded);
    window.articleList()->selectId(window.articleModel()->idAt(1));
    loaded.wait(5000);
    QTest::qWait(200);
    // Opening it marked it read; the sections recount a moment later (their tooltips say so).
    QTRY_COMPARE(
        window.sectionView()->model()->index(0, 0).data(ui::SectionListModel::UnreadRole).toInt(),
        39);
    QVERIFY(!test::saveScreenshot(&window, QStringLiteral("language-main-en")).isEmpty());

    const Texts before = textsOf(&window, window.sectionView()->model());
    const QString status = window.statusArea()->text();
    QVERIFY(status.startsWith(QStringLiteral("Updated ")));
    QAbstractItemModel *sections = window.sectionView()->model();
    QCOMPARE(sections->index(0, 0).data().toString(), u"All Articles");
    QCOMPARE(sections->index(1, 0).data().toString(), u"Unread");
    QCOMPARE(sections->index(2, 0).data().toString(), u"Starred");
    auto *search = window.articleList()->findChild<QLineEdit *>();
    QVERIFY(search);
    const QString placeholder = search->placeholderText();

    loaded.clear();
    QVERIFY(switchTo(QStringLiteral("zh")));
    const Texts after = textsOf(&window, window.sectionView()->model());
    const QStringList problems = untranslated(before, after);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    // The named ones, whatever the rules above let through.
    for (const QAction *item : window.menuBar()->actions())
        QVERIFY2(!item->menu() || after.value(keyOf(item->menu(), "title")) !=
                                      before.value(keyOf(item->menu(), "title")),
                 qPrintable(item->text()));
    const auto *toolBar = window.findChild<QToolBar *>(QStringLiteral("mainToolBar"));
    QVERIFY(toolBar);
    for (const QAction *action : toolBar->actions()) {
        if (!action->isSeparator() && !action->iconText().isEmpty())
            QVERIFY2(after.value(keyOf(action, "iconText")) !=
                         before.value(keyOf(action, "iconText")),
                     qPrintable(action->iconText()));
    }
    QVERIFY(search->placeholderText() != placeholder);
    QCOMPARE(sections->index(0, 0).data().toString(), u"全部文章");
    QVERIFY(sections->index(1, 0).data().toString() != u"Unread");
    QVERIFY(sections->index(2, 0).data().toString() != u"Starred");
    QVERIFY(!window.statusArea()->text().isEmpty());
    QVERIFY(window.statusArea()->text() != status);
    QVERIFY(window.windowTitle() != before.value(keyOf(&window, "windowTitle")) ||
            window.windowTitle().contains(QStringLiteral("iChongqing")));
    // The article page is written again in the new language, not closed.
    QVERIFY(loaded.count() > 0 || loaded.wait(5000));
    QCOMPARE(window.articleView()->currentArticle(), window.articleModel()->idAt(1));
    QTest::qWait(200);
    QVERIFY(!test::saveScreenshot(&window, QStringLiteral("language-main-zh")).isEmpty());

    // A menu opened in Chinese, to look at.
    QMenu *view = nullptr;
    for (QAction *action : window.menuBar()->actions()) {
        if (action->menu() && action->menu()->actions().contains(window.actions()->language))
            view = action->menu();
    }
    QVERIFY(view);
    view->popup(window.mapToGlobal(QPoint(60, 30)));
    QVERIFY(QTest::qWaitForWindowExposed(view));
    QVERIFY(!test::saveScreenshot(view, QStringLiteral("language-viewmenu-zh")).isEmpty());
    view->hide();

    QVERIFY(switchTo(QStringLiteral("en")));
    const Texts back = textsOf(&window, window.sectionView()->model());
    for (auto it = before.cbegin(); it != before.cend(); ++it)
        QCOMPARE(back.value(it.key()), it.value());
    QCOMPARE(back.size(), before.size());
}

void TestLanguage::dialogsSwitchAndBack()
{
    test::ReaderFixture fixture;
    QVERIFY(fixture.open(30));
    MessageDraft draft{QStringLiteral("Li Wei"), QStringLiteral("li.wei@example.com"),
                       QStringLiteral("Metro"), QStringLiteral("Hello?"), true};
    const QString failed = fixture.outbox->enqueue(draft);
    fixture.outbox->markFailed(failed, QStringLiteral("refused"));

    ui::ConsentDialog consent;
    ui::SettingsDialog settings(*fixture.settings, *fixture.consent, fixture.paths);
    ui::MessageDialog message(*fixture.outbox);
    ui::OutboxWindow outbox(*fixture.outbox, *fixture.sender);
    ui::PrivacyDialog privacy(fixture.paths);
    const QList<QPair<QWidget *, QString>> dialogs{{&consent, QStringLiteral("consent")},
                                                   {&settings, QStringLiteral("settings")},
                                                   {&message, QStringLiteral("message")},
                                                   {&outbox, QStringLiteral("outbox")},
                                                   {&privacy, QStringLiteral("privacy")}};
    QList<Texts> before;
    for (const auto &[dialog, name] : dialogs) {
        dialog->show();
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        before << textsOf(dialog);
        QVERIFY2(before.constLast().size() > 1, qPrintable(name));
    }
    QVERIFY(switchTo(QStringLiteral("zh")));
    for (int i = 0; i < dialogs.size(); ++i) {
        const QStringList problems = untranslated(before.at(i), textsOf(dialogs.at(i).first));
        QVERIFY2(problems.isEmpty(),
                 qPrintable(dialogs.at(i).second + u'\n' + problems.join(u'\n')));
        QVERIFY(textsOf(dialogs.at(i).first).value(keyOf(dialogs.at(i).first, "windowTitle")) !=
                before.at(i).value(keyOf(dialogs.at(i).first, "windowTitle")));
    }
    QVERIFY(switchTo(QStringLiteral("en")));
    for (int i = 0; i < dialogs.size(); ++i)
        QCOMPARE(textsOf(dialogs.at(i).first), before.at(i));
}

// "N articles" under the search field: a plural in English, 篇 in Chinese, switched live.
void TestLanguage::searchCountFollowsTheLanguage()
{
    test::ReaderFixture fixture;
    QVERIFY(fixture.open());
    QVERIFY(fixture.storeArticles(0, 12));
    ui::ReaderContext context = fixture.context();
    context.language = m_language.get();
    MainWindow window(context);
    QVERIFY(test::showWindowReady(window));
    window.articleList()->searchField()->setText(QStringLiteral("Yangtze"));
    QLabel *count = window.articleList()->resultCountLabel();
    QTRY_COMPARE(count->text(), QStringLiteral("12 articles"));
    QVERIFY(switchTo(QStringLiteral("zh")));
    QCOMPARE(count->text(), QStringLiteral("12 篇文章"));
    QTest::qWait(200);
    QVERIFY(!test::saveScreenshot(&window, QStringLiteral("search-count-zh")).isEmpty());
}

ICHQ_UI_TEST_MAIN(TestLanguage)

#include "tst_language.moc"
