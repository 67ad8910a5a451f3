#include "TestHttpServer.h"
#include "UiTestSupport.h"

#include "common/AppInfo.h"
#include "ui/AddressField.h"
#include "ui/ContentEdition.h"
#include "ui/EmptyState.h"
#include "ui/MainWindow.h"
#include "ui/OfflineBanner.h"
#include "ui/RefreshController.h"
#include "ui/SettingsController.h"
#include "ui/SettingsDialog.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QToolButton>

using namespace ichq;
using ichq::ui::MainWindow;

namespace {

const QByteArray kFeed = QByteArrayLiteral(
    "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>iChongqing</title>"
    "<item><title>One</title><link>https://www.ichongqing.info/a/1</link><guid>1</guid>"
    "<description>Hello, in full.</description></item></channel></rss>");

QUrl builtInFeed()
{
    return QUrl(defaultFeedUrl());
}

// Types `text` into the field as a user would and presses Return.
void enter(QLineEdit *field, const QString &text)
{
    field->clear();
    QTest::keyClicks(field, text);
    QTest::keyClick(field, Qt::Key_Return);
}

} // namespace

// Settings holds each edition's news feed, checked as typed and applied at once; when the feed
// fails, the empty state and the banner lead there beside Retry.
class TestSettingsAddresses : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void englishFeedRefusesWhatIsNoWebAddress_data();
    void englishFeedRefusesWhatIsNoWebAddress();
    void englishFeedTakesAnHttpsAddressAtOnce();
    void restoreDefaultBringsBackTheBuiltInFeed();
    void chineseFeedRestoresToNone();
    void openingAndClosingChangesNoFeed();
    void settingsButtonOnlyForTheFeedsErrors();
    void emptyStateLeadsToSettingsAndTheNewFeedIsRead();
    void bannerLeadsToSettings();

private:
    // A feed that fails (503) on a server of its own, set as the English edition.
    void failingFeed(test::TestHttpServer &server);
    static bool refreshAndWait(MainWindow &window);

    std::unique_ptr<test::ReaderFixture> m_fixture;
};

void TestSettingsAddresses::init()
{
    m_fixture = std::make_unique<test::ReaderFixture>();
    QVERIFY(m_fixture->open());
    m_fixture->settings->setWholeArticles(WholeArticles::Never); // no page from the real site
}

void TestSettingsAddresses::cleanup()
{
    m_fixture.reset();
}

void TestSettingsAddresses::englishFeedRefusesWhatIsNoWebAddress_data()
{
    QTest::addColumn<QString>("typed");
    QTest::newRow("ftp") << QStringLiteral("ftp://x");
    QTest::newRow("words") << QStringLiteral("not a url");
    QTest::newRow("no host") << QStringLiteral("https://");
}

void TestSettingsAddresses::englishFeedRefusesWhatIsNoWebAddress()
{
    QFETCH(QString, typed);
    MainWindow window(m_fixture->context());
    ui::SettingsDialog *settings = window.settingsController()->showSettings();
    QVERIFY(QTest::qWaitForWindowExposed(settings));
    ui::AddressField *feed = settings->englishFeed();
    QCOMPARE(feed->edit()->text(), builtInFeed().toString()); // the default, shown as such

    enter(feed->edit(), typed);
    QVERIFY(feed->error()->isVisible());
    QVERIFY2(feed->error()->text().contains(QStringLiteral("https://")),
             qPrintable(feed->error()->text()));
    QCOMPARE(feed->edit()->accessibleDescription(), feed->error()->text());
    QVERIFY(m_fixture->settings->configuredFeedsFor(QStringLiteral("en")).isEmpty());
    QCOMPARE(m_fixture->settings->feedsFor(QStringLiteral("en")), QList<QUrl>{builtInFeed()});
    settings->reject(); // what was typed is not dropped without a word
    QVERIFY(settings->isVisible());

    QTest::keyClick(feed->edit(), Qt::Key_Backspace); // typing again clears the old verdict
    QVERIFY(feed->error()->isHidden());
    QVERIFY(feed->edit()->accessibleDescription().isEmpty());
}

// Stored at once, and the window reads the new feed from its next refresh on.
void TestSettingsAddresses::englishFeedTakesAnHttpsAddressAtOnce()
{
    MainWindow window(m_fixture->context());
    ui::SettingsDialog *settings = window.settingsController()->showSettings();
    QVERIFY(QTest::qWaitForWindowExposed(settings));
    ui::AddressField *feed = settings->englishFeed();
    const QUrl other(QStringLiteral("https://news.example.com/feed/"));

    enter(feed->edit(), other.toString());
    QVERIFY(feed->error()->isHidden());
    QCOMPARE(m_fixture->settings->configuredFeedsFor(QStringLiteral("en")), QList<QUrl>{other});
    QCOMPARE(m_fixture->settings->feedsFor(QStringLiteral("en")), QList<QUrl>{other});
    QCOMPARE(window.edition()->feeds(), QList<QUrl>{other});
    settings->reject();
    QVERIFY(!settings->isVisible());
}

void TestSettingsAddresses::restoreDefaultBringsBackTheBuiltInFeed()
{
    const QUrl other(QStringLiteral("https://news.example.com/feed/"));
    m_fixture->settings->setFeedsFor(QStringLiteral("en"), {other});
    MainWindow window(m_fixture->context());
    ui::SettingsDialog *settings = window.settingsController()->showSettings();
    QVERIFY(QTest::qWaitForWindowExposed(settings));
    ui::AddressField *feed = settings->englishFeed();
    QCOMPARE(feed->edit()->text(), other.toString());
    QVERIFY(feed->defaultButton()->isEnabled());
    QVERIFY(!feed->defaultButton()->accessibleName().isEmpty());

    feed->defaultButton()->click();
    QVERIFY(m_fixture->settings->configuredFeedsFor(QStringLiteral("en")).isEmpty());
    QCOMPARE(m_fixture->settings->feedsFor(QStringLiteral("en")), QList<QUrl>{builtInFeed()});
    QCOMPARE(feed->edit()->text(), builtInFeed().toString());
    QCOMPARE(window.edition()->feeds(), QList<QUrl>{builtInFeed()});
    QVERIFY(!feed->defaultButton()->isEnabled()); // nothing left to restore

    // An emptied field means the default too, and shows it once left.
    enter(feed->edit(), QString());
    QCOMPARE(feed->edit()->text(), builtInFeed().toString());
    QVERIFY(m_fixture->settings->configuredFeedsFor(QStringLiteral("en")).isEmpty());
}

// settings.ini may list more than one feed (the default first, a second one added by hand):
// Settings, opened and closed without a change, must not rewrite that.
void TestSettingsAddresses::openingAndClosingChangesNoFeed()
{
    const QList<QUrl> feeds{builtInFeed(), QUrl(QStringLiteral("https://extra.example/feed/"))};
    m_fixture->settings->setFeedsFor(QStringLiteral("en"), feeds);
    MainWindow window(m_fixture->context());
    ui::SettingsDialog *settings = window.settingsController()->showSettings();
    QVERIFY(QTest::qWaitForWindowExposed(settings));
    settings->accept();
    QCOMPARE(m_fixture->settings->configuredFeedsFor(QStringLiteral("en")), feeds);
}

// The Chinese edition has no built-in feed: its default is none, and both languages read English.
void TestSettingsAddresses::chineseFeedRestoresToNone()
{
    MainWindow window(m_fixture->context());
    ui::SettingsDialog *settings = window.settingsController()->showSettings();
    QVERIFY(QTest::qWaitForWindowExposed(settings));
    ui::AddressField *feed = settings->chineseFeed();
    QVERIFY(feed->edit()->text().isEmpty());
    QVERIFY(!feed->defaultButton()->isEnabled());

    const QUrl chinese(QStringLiteral("https://cn.example.com/feed/"));
    enter(feed->edit(), chinese.toString());
    QCOMPARE(m_fixture->settings->configuredFeedsFor(QStringLiteral("zh")), QList<QUrl>{chinese});
    QVERIFY(feed->defaultButton()->isEnabled());
    feed->defaultButton()->click();
    QVERIFY(feed->edit()->text().isEmpty());
    QVERIFY(m_fixture->settings->configuredFeedsFor(QStringLiteral("zh")).isEmpty());
    QCOMPARE(m_fixture->settings->feedsFor(QStringLiteral("zh")), QList<QUrl>{builtInFeed()});
}

// Settings… stands beside Retry when the feed failed; being offline is no address's fault.
void TestSettingsAddresses::settingsButtonOnlyForTheFeedsErrors()
{
    ui::EmptyState empty;
    empty.show();
    empty.setReason(ui::EmptyState::Reason::Failed, [] { return QStringLiteral("503"); });
    QVERIFY(empty.settingsButton()->isVisible());
    QCOMPARE(empty.settingsButton()->text(), QStringLiteral("Settings…"));
    QVERIFY(!empty.settingsButton()->accessibleName().isEmpty());
    QSignalSpy emptyAsked(&empty, &ui::EmptyState::settingsRequested);
    empty.settingsButton()->click();
    QCOMPARE(emptyAsked.count(), 1);
    empty.setReason(ui::EmptyState::Reason::Offline);
    QVERIFY(!empty.settingsButton()->isVisible());

    ui::OfflineBanner banner;
    banner.showOffline({});
    QVERIFY(!banner.settingsButton()->isVisible());
    banner.showError([] { return QStringLiteral("503"); });
    QVERIFY(banner.settingsButton()->isVisible());
    QCOMPARE(banner.settingsButton()->text(), QStringLiteral("Settings…"));
    QVERIFY(!banner.settingsButton()->accessibleName().isEmpty());
    QSignalSpy bannerAsked(&banner, &ui::OfflineBanner::settingsRequested);
    banner.settingsButton()->click();
    QCOMPARE(bannerAsked.count(), 1);
}

void TestSettingsAddresses::failingFeed(test::TestHttpServer &server)
{
    server.route("/bad/", [](const test::HttpRequest &) {
        return test::HttpResponse::withStatus(503, "busy");
    });
    server.route("/feed/", [](const test::HttpRequest &) {
        return test::HttpResponse::ok(kFeed, "application/rss+xml");
    });
    QVERIFY(server.start());
    m_fixture->settings->setFeedsFor(QStringLiteral("en"), {server.url(QStringLiteral("bad/"))});
}

bool TestSettingsAddresses::refreshAndWait(MainWindow &window)
{
    QSignalSpy finished(window.refreshController(), &ui::RefreshController::refreshFinished);
    window.refreshController()->refreshNow();
    return QTest::qWaitFor(
        [&] { return finished.count() > 0 && !window.refreshController()->isRunning(); }, 30000);
}

// The whole way out of a wrong address: Settings… from the empty state, a new feed, Retry.
void TestSettingsAddresses::emptyStateLeadsToSettingsAndTheNewFeedIsRead()
{
    test::TestHttpServer server;
    failingFeed(server);
    MainWindow window(m_fixture->context());
    QVERIFY(test::showWindowReady(window));
    QVERIFY(refreshAndWait(window));
    QTRY_VERIFY(window.isShowingEmptyState());
    QCOMPARE(window.emptyState()->reason(), ui::EmptyState::Reason::Failed);
    QVERIFY(window.emptyState()->settingsButton()->isVisible());

    QTest::mouseClick(window.emptyState()->settingsButton(), Qt::LeftButton);
    ui::SettingsDialog *settings = window.settingsController()->dialog();
    QVERIFY(settings);
    QVERIFY(QTest::qWaitForWindowExposed(settings));
    enter(settings->englishFeed()->edit(), server.url(QStringLiteral("feed/")).toString());
    settings->close();

    QSignalSpy finished(window.refreshController(), &ui::RefreshController::refreshFinished);
    QTest::mouseClick(window.emptyState()->retryButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(finished.count() > 0 && !window.refreshController()->isRunning(),
                             30000);
    QCOMPARE(server.requestCount("/feed/"), 1);
    QTRY_VERIFY(!window.isShowingEmptyState());
}

void TestSettingsAddresses::bannerLeadsToSettings()
{
    QVERIFY(m_fixture->storeArticles(0, 5));
    // Their photos live on the real site, which the tests cannot reach: none to fetch.
    QSqlQuery noPhotos(m_fixture->database.connection());
    QVERIFY(noPhotos.exec(QStringLiteral("DELETE FROM article_images")));
    test::TestHttpServer server;
    failingFeed(server);
    MainWindow window(m_fixture->context());
    QVERIFY(test::showWindowReady(window));
    QVERIFY(refreshAndWait(window));
    ui::OfflineBanner *banner = window.offlineBanner();
    QTRY_VERIFY(banner->isVisible());
    QVERIFY(banner->settingsButton()->isVisible());
    QVERIFY(!test::saveScreenshot(&window, QStringLiteral("banner-settings")).isEmpty());

    QTest::mouseClick(banner->settingsButton(), Qt::LeftButton);
    QVERIFY(window.settingsController()->dialog());
    QVERIFY(QTest::qWaitForWindowExposed(window.settingsController()->dialog()));
}

ICHQ_UI_TEST_MAIN(TestSettingsAddresses)

#include "tst_settingsaddresses.moc"
