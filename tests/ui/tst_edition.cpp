// The content language (issue 5): with a Chinese edition feed set, the language toggle switches
// the articles and what is refreshed too; without one, the English articles stay.
#include "UiTestSupport.h"

#include "EditionSite.h"
#include "common/Language.h"
#include "ui/ArticleListModel.h"
#include "ui/ArticleListPane.h"
#include "ui/ContentEdition.h"
#include "ui/EmptyState.h"
#include "ui/MainWindow.h"
#include "ui/ReaderActions.h"
#include "ui/RefreshController.h"
#include "ui/SectionListModel.h"
#include "ui/SectionListView.h"
#include "ui/SettingsController.h"
#include "ui/SettingsDialog.h"
#include "web/ArticleView.h"

#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>

using namespace ichq;
using ichq::ui::MainWindow;

namespace {

const QString kEnglishTitle = test::EditionSite::englishTitle();
const QString kChineseTitle = test::EditionSite::chineseTitle();

QStringList titlesOf(const ui::ArticleListModel *model)
{
    QStringList titles;
    for (int row = 0; row < model->rowCount(); ++row)
        titles << model->index(row).data(ui::ArticleListModel::TitleRole).toString();
    return titles;
}

bool allStartWith(const QStringList &titles, const QString &prefix)
{
    return !titles.isEmpty() && std::all_of(titles.cbegin(), titles.cend(),
                                            [&](const QString &t) { return t.startsWith(prefix); });
}

QStringList sectionKeys(const MainWindow &window)
{
    QStringList keys;
    const QAbstractItemModel *model = window.sectionView()->model();
    for (int row = 0; row < model->rowCount(); ++row)
        keys << model->index(row, 0).data(ui::SectionListModel::KeyRole).toString();
    return keys;
}

int allArticlesCount(const MainWindow &window)
{
    return window.sectionView()->model()->index(0, 0).data(ui::SectionListModel::TotalRole).toInt();
}

} // namespace

class TestEdition : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void cleanup();
    void toggleSwitchesEditionAndBack();
    void withoutChineseEditionContentStaysEnglish();
    void settingsSetsTheChineseEdition();
    void closingTheWindowKeepsWhatWasTyped();

private:
    // The window (automatic refresh on) reading `site`'s English edition, and its Chinese one
    // when `withChinese`: shown, after its refresh at start; null on failure.
    std::unique_ptr<MainWindow> openWindow(test::EditionSite &site, test::ReaderFixture &fixture,
                                           bool withChinese);

    std::unique_ptr<Language> m_language;
};

void TestEdition::initTestCase()
{
    m_language = std::make_unique<Language>(QStringLiteral(ICHQ_QM_DIR));
    QVERIFY(m_language->apply(QStringLiteral("en")));
}

void TestEdition::cleanupTestCase()
{
    m_language.reset();
    QLocale::setDefault(QLocale::c());
}

void TestEdition::cleanup()
{
    QVERIFY(m_language->apply(QStringLiteral("en"))); // a failed test must not leave Chinese
    QCoreApplication::processEvents();
}

std::unique_ptr<MainWindow> TestEdition::openWindow(test::EditionSite &site,
                                                    test::ReaderFixture &fixture, bool withChinese)
{
    if (!site.start() || !fixture.open(30))
        return nullptr;
    fixture.settings->setFeedsFor(QStringLiteral("en"), {site.english()});
    if (withChinese)
        fixture.settings->setFeedsFor(QStringLiteral("zh"), {site.chinese()});
    ui::ReaderContext context = fixture.context();
    context.language = m_language.get();
    auto window = std::make_unique<MainWindow>(context);
    QSignalSpy finished(window->refreshController(), &ui::RefreshController::refreshFinished);
    if (!test::showWindowReady(*window) || !(finished.count() > 0 || finished.wait(30000)))
        return nullptr;
    // The list reads the store off the window's thread: its rows follow the refresh shortly.
    if (!QTest::qWaitFor([&] { return window->articleModel()->totalCount() > 0; }, 10000))
        return nullptr;
    return window;
}

void TestEdition::toggleSwitchesEditionAndBack()
{
    test::EditionSite site;
    test::ReaderFixture fixture;
    const std::unique_ptr<MainWindow> window = openWindow(site, fixture, true);
    QVERIFY(window);
    ui::ArticleListModel *model = window->articleModel();

    // English: the English edition was fetched, and only it.
    QCOMPARE(site.englishRequests(), 1);
    QCOMPARE(site.chineseRequests(), 0);
    QCOMPARE(model->totalCount(), 6);
    QVERIFY2(allStartWith(titlesOf(model), kEnglishTitle), qPrintable(titlesOf(model).join(u'|')));
    QTRY_VERIFY(sectionKeys(*window).contains(QStringLiteral("News"))); // read off-thread too
    QTRY_COMPARE(allArticlesCount(*window), 6);
    const qint64 english = model->idAt(0);
    QVERIFY(window->articleList()->selectId(english));
    QTRY_COMPARE(window->articleView()->currentArticle(), english);

    // To Chinese: the Chinese edition is fetched (it never was) and shown, nothing English.
    QSignalSpy finished(window->refreshController(), &ui::RefreshController::refreshFinished);
    window->actions()->language->trigger();
    QCOMPARE(m_language->current(), u"zh");
    QCOMPARE(window->edition()->language(), u"zh");
    QCOMPARE(window->edition()->feeds(), QList<QUrl>{site.chinese()});
    QCOMPARE(window->articleView()->currentArticle(), 0); // the English story closed
    QVERIFY(finished.wait(30000));
    QCOMPARE(site.chineseRequests(), 1);
    QCOMPARE(site.englishRequests(), 1);
    QTRY_COMPARE(model->totalCount(), 4);
    QVERIFY(!window->isShowingEmptyState());
    QVERIFY2(allStartWith(titlesOf(model), kChineseTitle), qPrintable(titlesOf(model).join(u'|')));
    QTRY_COMPARE(allArticlesCount(*window), 4);
    QTRY_VERIFY(sectionKeys(*window).contains(QStringLiteral("要闻")));
    QVERIFY(!sectionKeys(*window).contains(QStringLiteral("News")));
    QTest::qWait(300); // the picture after the relayout the language change queued
    QVERIFY(!test::saveScreenshot(window.get(), QStringLiteral("edition-zh")).isEmpty());

    // Refresh asks for the edition being read.
    window->actions()->refresh->trigger();
    QVERIFY(finished.wait(30000));
    QCOMPARE(site.chineseRequests(), 2);
    QCOMPARE(site.englishRequests(), 1);

    // Back to English: its articles again; fetched minutes ago, so not asked for again.
    window->actions()->language->trigger();
    QCOMPARE(m_language->current(), u"en");
    QCOMPARE(window->edition()->language(), u"en");
    QCOMPARE(model->totalCount(), 6);
    QVERIFY2(allStartWith(titlesOf(model), kEnglishTitle), qPrintable(titlesOf(model).join(u'|')));
    QTRY_COMPARE(allArticlesCount(*window), 6);
    QVERIFY(!sectionKeys(*window).contains(QStringLiteral("要闻")));
    QVERIFY(!window->refreshController()->isRunning());
    QTest::qWait(300); // the picture after the relayout the language change queued
    QCOMPARE(site.englishRequests(), 1);
}

void TestEdition::withoutChineseEditionContentStaysEnglish()
{
    test::EditionSite site;
    test::ReaderFixture fixture;
    const std::unique_ptr<MainWindow> window = openWindow(site, fixture, false);
    QVERIFY(window);
    ui::ArticleListModel *model = window->articleModel();
    QCOMPARE(model->totalCount(), 6);
    const QStringList titles = titlesOf(model);
    QVERIFY(allStartWith(titles, kEnglishTitle));
    const qint64 reading = model->idAt(2);
    QVERIFY(window->articleList()->selectId(reading));
    QTRY_COMPARE(window->articleView()->currentArticle(), reading);
    QSignalSpy changed(window->edition(), &ui::ContentEdition::changed);

    // The interface turns Chinese; the content stays the English edition, untouched.
    window->actions()->language->trigger();
    QCoreApplication::processEvents();
    QCOMPARE(m_language->current(), u"zh");
    QCOMPARE(window->edition()->language(), u"en");
    QCOMPARE(window->edition()->feeds(), QList<QUrl>{site.english()});
    QCOMPARE(changed.count(), 0);
    QCOMPARE(titlesOf(model), titles);
    QTRY_COMPARE(allArticlesCount(*window), 6);
    QCOMPARE(window->articleList()->currentId(), reading);
    QCOMPARE(window->articleView()->currentArticle(), reading);
    QVERIFY(!window->refreshController()->isRunning());
    // Nothing fetched for it: there is no Chinese edition to fetch, and nothing claims one.
    window->actions()->refresh->trigger();
    QTRY_VERIFY(!window->refreshController()->isRunning());
    QCOMPARE(site.chineseRequests(), 0);
    QCOMPARE(site.englishRequests(), 2);
    QCOMPARE(titlesOf(model), titles);

    window->actions()->language->trigger();
    QCOMPARE(m_language->current(), u"en");
    QCOMPARE(changed.count(), 0);
    QCOMPARE(titlesOf(model), titles);
}

// Set in Settings while reading in Chinese: the Chinese edition at once; emptied: English again.
void TestEdition::settingsSetsTheChineseEdition()
{
    test::EditionSite site;
    test::ReaderFixture fixture;
    const std::unique_ptr<MainWindow> window = openWindow(site, fixture, false);
    QVERIFY(window);
    QVERIFY(window->setInterfaceLanguage(QStringLiteral("zh")));
    QCOMPARE(window->edition()->language(), u"en");
    QCOMPARE(window->articleModel()->totalCount(), 6);

    ui::SettingsDialog *dialog = window->settingsController()->showSettings();
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    QLineEdit *field = dialog->chineseFeedField();
    QVERIFY(field->text().isEmpty());
    QVERIFY(!dialog->chineseFeedError()->isVisible());

    // Not a web address: said so, nothing stored, nothing switched.
    QTest::keyClicks(field, QStringLiteral("ftp://example.com/feed"));
    QTest::keyClick(field, Qt::Key_Return);
    QVERIFY(dialog->chineseFeedError()->isVisible());
    QVERIFY(fixture.settings->configuredFeedsFor(QStringLiteral("zh")).isEmpty());
    QCOMPARE(window->edition()->language(), u"en");
    QVERIFY(!test::saveScreenshot(dialog, QStringLiteral("settings-feed-error-zh")).isEmpty());
    // Closing does not drop it silently: the dialog stays, with the error.
    dialog->reject();
    QVERIFY(dialog->isVisible());
    QVERIFY(dialog->chineseFeedError()->isVisible());

    // The real one: stored, and the Chinese edition is read at once.
    QSignalSpy finished(window->refreshController(), &ui::RefreshController::refreshFinished);
    field->clear();
    QTest::keyClicks(field, site.chinese().toString());
    QVERIFY(!dialog->chineseFeedError()->isVisible());
    QTest::keyClick(field, Qt::Key_Return);
    QCOMPARE(fixture.settings->configuredFeedsFor(QStringLiteral("zh")),
             QList<QUrl>{site.chinese()});
    QCOMPARE(window->edition()->language(), u"zh");
    QVERIFY(finished.wait(30000));
    QCOMPARE(site.chineseRequests(), 1);
    QTRY_COMPARE(window->articleModel()->totalCount(), 4);
    QVERIFY(allStartWith(titlesOf(window->articleModel()), kChineseTitle));

    // Emptied, then the dialog closed without Return: English again, and with one edition
    // left the window shows everything stored, the Chinese articles fetched before included.
    field->clear();
    dialog->reject();
    QVERIFY(fixture.settings->configuredFeedsFor(QStringLiteral("zh")).isEmpty());
    QCOMPARE(window->edition()->language(), u"en");
    QVERIFY(window->edition()->shownFeeds().isEmpty());
    QCOMPARE(window->articleModel()->totalCount(), 10);
}

// The main window closed while Settings is open, the address typed but never confirmed.
void TestEdition::closingTheWindowKeepsWhatWasTyped()
{
    test::EditionSite site;
    test::ReaderFixture fixture;
    const std::unique_ptr<MainWindow> window = openWindow(site, fixture, false);
    QVERIFY(window);
    ui::SettingsDialog *dialog = window->settingsController()->showSettings();
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    QTest::keyClicks(dialog->chineseFeedField(), site.chinese().toString());
    window->close();
    QCOMPARE(fixture.settings->configuredFeedsFor(QStringLiteral("zh")),
             QList<QUrl>{site.chinese()});
}

ICHQ_UI_TEST_MAIN(TestEdition)

#include "tst_edition.moc"
