#include "BackgroundRefresher.h"
#include "TestHttpServer.h"
#include "common/DataPaths.h"
#include "common/Settings.h"
#include "privacy/ConsentState.h"

#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace ichq;

namespace {

const QByteArray kFeed = R"(<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>iChongqing</title><link>https://www.ichongqing.info/</link>
<item><title>Cable car</title><link>https://www.ichongqing.info/1</link><guid>1</guid>
<description>Across the Yangtze.</description>
<content:encoded xmlns:content="http://purl.org/rss/1.0/modules/content/"><![CDATA[<p>The cable car crosses the Yangtze.</p>]]></content:encoded></item></channel></rss>)";

} // namespace

// The consent decides where the site's cookies go during refreshes: the window's background
// refresher and the command line.
class TestRefreshCookies : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void backgroundRefresherFollowsTheOption();
    void commandLineFollowsTheConsent_data();
    void commandLineFollowsTheConsent();

private:
    bool refresh(BackgroundRefresher &refresher, bool persistent);

    std::unique_ptr<test::TestHttpServer> m_server;
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestRefreshCookies::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_server = std::make_unique<test::TestHttpServer>();
    m_server->route("/feed/", [](const test::HttpRequest &) {
        return test::HttpResponse::ok(kFeed, "application/rss+xml")
            .header("Set-Cookie", "sid=s3cr3t; Max-Age=3600; Path=/");
    });
    QVERIFY(m_server->start());
}

bool TestRefreshCookies::refresh(BackgroundRefresher &refresher, bool persistent)
{
    RefreshOptions options;
    options.feeds = {m_server->url(QStringLiteral("/feed/"))};
    options.fetchImages = false;
    refresher.setPersistentCookies(persistent);
    QSignalSpy finished(&refresher, &BackgroundRefresher::finished);
    return refresher.refresh(options) && finished.wait(20000);
}

void TestRefreshCookies::backgroundRefresherFollowsTheOption()
{
    const QString cookieFile = DataPaths(m_dir->path()).cookieFile();
    BackgroundRefresher refresher{DataPaths(m_dir->path())};

    QVERIFY(refresh(refresher, false));
    QVERIFY(!QFile::exists(cookieFile));
    QVERIFY(refresh(refresher, false));
    QVERIFY(!QFile::exists(cookieFile));
    // Held in memory all the same: the second request carried it.
    QVERIFY(m_server->lastRequest("/feed/").header("cookie").contains("sid=s3cr3t"));

    QVERIFY(refresh(refresher, true)); // accepted
    QVERIFY(QFile::exists(cookieFile));

    QVERIFY(refresh(refresher, false)); // withdrawn: the file goes, and what was held
    QVERIFY(!QFile::exists(cookieFile));
    QVERIFY(m_server->lastRequest("/feed/").header("cookie").isEmpty());
}

void TestRefreshCookies::commandLineFollowsTheConsent_data()
{
    QTest::addColumn<int>("choice");
    QTest::addColumn<bool>("kept");
    QTest::newRow("undecided") << int(ConsentState::Cookies::Undecided) << false;
    QTest::newRow("declined") << int(ConsentState::Cookies::Declined) << false;
    QTest::newRow("accepted") << int(ConsentState::Cookies::Accepted) << true;
}

void TestRefreshCookies::commandLineFollowsTheConsent()
{
    QFETCH(int, choice);
    QFETCH(bool, kept);
    const DataPaths paths(m_dir->path());
    {
        Settings settings(paths);
        ConsentState(settings).decide(ConsentState::Cookies(choice));
    }
    QProcess process;
    process.start(QStringLiteral(ICHQ_APP_BINARY),
                  {QStringLiteral("--data-dir"), paths.root(), QStringLiteral("--refresh"),
                   QStringLiteral("--no-images"), QStringLiteral("--feed"),
                   m_server->url(QStringLiteral("/feed/")).toString()});
    QVERIFY(process.waitForFinished(60000));
    QCOMPARE(process.exitCode(), 0);
    QCOMPARE(QFile::exists(paths.cookieFile()), kept);
}

QTEST_GUILESS_MAIN(TestRefreshCookies)
#include "tst_refreshcookies.moc"
