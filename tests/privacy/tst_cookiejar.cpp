#include "TestHttpServer.h"
#include "privacy/CookieJar.h"

#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkCookie>
#include <QNetworkReply>
#include <QTemporaryDir>
#include <QtTest>

using namespace ichq;

namespace {

const QUrl kSite(QStringLiteral("https://www.ichongqing.info/"));

QNetworkCookie makeCookie(const QByteArray &name, const QByteArray &value, qint64 lifetimeSecs)
{
    QNetworkCookie cookie(name, value);
    cookie.setPath(QStringLiteral("/"));
    if (lifetimeSecs != 0) // 0: a session cookie
        cookie.setExpirationDate(QDateTime::currentDateTimeUtc().addSecs(lifetimeSecs));
    return cookie;
}

QStringList names(const QList<QNetworkCookie> &cookies)
{
    QStringList result;
    for (const QNetworkCookie &cookie : cookies)
        result << QString::fromLatin1(cookie.name());
    result.sort();
    return result;
}

} // namespace

class TestCookieJar : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void notPersistentWritesNothing();
    void acceptedSurvivesRestart();
    void sessionCookiesAreNotPersisted();
    void expiredCookiesAreDroppedOnLoad();
    void expiringCookieLeavesTheFile();
    void withdrawalDeletesTheFileAtOnce();
    void acceptingLaterKeepsWhatIsHeld();
    void clearEmptiesMemoryAndDisk();
    void emptyPathStaysInMemory();
    void cookieFromServerPersistedOnlyWhenAccepted_data();
    void cookieFromServerPersistedOnlyWhenAccepted();

private:
    QString file() const { return m_dir->filePath(QStringLiteral("cookies.dat")); }
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestCookieJar::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestCookieJar::notPersistentWritesNothing()
{
    {
        CookieJar jar(file(), false);
        QVERIFY(jar.setCookiesFromUrl({makeCookie("sid", "1", 3600)}, kSite));
        QVERIFY(jar.insertCookie(makeCookie("pref", "2", 3600)));
        QCOMPARE(jar.cookiesForUrl(kSite).size(), 1); // pref has no domain: not for the site
        QVERIFY(!QFile::exists(file()));
    }
    QVERIFY(!QFile::exists(file()));
    QVERIFY(CookieJar(file(), false).cookiesForUrl(kSite).isEmpty());
    QVERIFY(CookieJar(file(), true).cookiesForUrl(kSite).isEmpty()); // a later "accept" too
}

void TestCookieJar::acceptedSurvivesRestart()
{
    {
        CookieJar jar(file(), true);
        QVERIFY(jar.setCookiesFromUrl({makeCookie("sid", "abc", 3600)}, kSite));
        QVERIFY(QFile::exists(file()));
    }
    CookieJar restarted(file(), true);
    const QList<QNetworkCookie> cookies = restarted.cookiesForUrl(kSite);
    QCOMPARE(cookies.size(), 1);
    QCOMPARE(cookies.first().name(), QByteArray("sid"));
    QCOMPARE(cookies.first().value(), QByteArray("abc"));

    QFile raw(file());
    QVERIFY(raw.open(QIODevice::ReadOnly));
    const QByteArray content = raw.readAll();
    QVERIFY(content.startsWith("sid=abc;"));
    QVERIFY(content.contains("domain=www.ichongqing.info"));
    QVERIFY(!(raw.permissions() & QFileDevice::ReadOther));
}

void TestCookieJar::sessionCookiesAreNotPersisted()
{
    {
        CookieJar jar(file(), true);
        QVERIFY(jar.setCookiesFromUrl({makeCookie("sid", "1", 3600), makeCookie("tmp", "2", 0)},
                                      kSite));
        QCOMPARE(names(jar.cookiesForUrl(kSite)),
                 QStringList({QStringLiteral("sid"), QStringLiteral("tmp")}));
    }
    QCOMPARE(names(CookieJar(file(), true).cookiesForUrl(kSite)),
             QStringList{QStringLiteral("sid")});

    // Only session cookies: nothing is on disk at all.
    QFile::remove(file());
    CookieJar sessionOnly(file(), true);
    QVERIFY(sessionOnly.setCookiesFromUrl({makeCookie("tmp", "2", 0)}, kSite));
    QVERIFY(!QFile::exists(file()));
}

void TestCookieJar::expiredCookiesAreDroppedOnLoad()
{
    QNetworkCookie fresh = makeCookie("fresh", "1", 3600);
    QNetworkCookie stale = makeCookie("stale", "2", -60);
    fresh.setDomain(QStringLiteral("www.ichongqing.info"));
    stale.setDomain(QStringLiteral("www.ichongqing.info"));
    QFile raw(file());
    QVERIFY(raw.open(QIODevice::WriteOnly));
    raw.write(stale.toRawForm() + '\n' + fresh.toRawForm() + "\n\ngarbage line\n");
    raw.close();

    CookieJar jar(file(), true);
    QCOMPARE(names(jar.cookiesForUrl(kSite)), QStringList{QStringLiteral("fresh")});
}

void TestCookieJar::expiringCookieLeavesTheFile()
{
    CookieJar jar(file(), true);
    QVERIFY(jar.setCookiesFromUrl({makeCookie("a", "1", 3600), makeCookie("b", "2", 3600)}, kSite));
    // The site deletes a cookie by setting it again with a past expiry.
    jar.setCookiesFromUrl({makeCookie("a", "", -3600)}, kSite);
    QCOMPARE(names(jar.cookiesForUrl(kSite)), QStringList{QStringLiteral("b")});
    QCOMPARE(names(CookieJar(file(), true).cookiesForUrl(kSite)), QStringList{QStringLiteral("b")});
}

void TestCookieJar::withdrawalDeletesTheFileAtOnce()
{
    CookieJar jar(file(), true);
    QVERIFY(jar.setCookiesFromUrl({makeCookie("sid", "1", 3600)}, kSite));
    QVERIFY(QFile::exists(file()));

    jar.setPersistent(false);
    QVERIFY(!jar.isPersistent());
    QVERIFY(!QFile::exists(file()));
    QVERIFY(jar.cookiesForUrl(kSite).isEmpty());

    // After withdrawal, new cookies stay in memory.
    QVERIFY(jar.setCookiesFromUrl({makeCookie("next", "2", 3600)}, kSite));
    QVERIFY(!QFile::exists(file()));
    QVERIFY(CookieJar(file(), true).cookiesForUrl(kSite).isEmpty());
}

void TestCookieJar::acceptingLaterKeepsWhatIsHeld()
{
    {
        CookieJar jar(file(), false);
        QVERIFY(jar.setCookiesFromUrl({makeCookie("sid", "1", 3600), makeCookie("tmp", "2", 0)},
                                      kSite));
        QVERIFY(!QFile::exists(file()));
        jar.setPersistent(true);
        QVERIFY(QFile::exists(file()));
        // The session cookie stays in this process's memory, for every jar of the file.
        QCOMPARE(names(CookieJar(file(), true).cookiesForUrl(kSite)),
                 QStringList({QStringLiteral("sid"), QStringLiteral("tmp")}));
    }
    // The next start reads the file: only the persistent cookie.
    QCOMPARE(names(CookieJar(file(), true).cookiesForUrl(kSite)),
             QStringList{QStringLiteral("sid")});
}

void TestCookieJar::clearEmptiesMemoryAndDisk()
{
    CookieJar jar(file(), true);
    QVERIFY(jar.setCookiesFromUrl({makeCookie("sid", "1", 3600)}, kSite));
    jar.clear();
    QVERIFY(jar.cookiesForUrl(kSite).isEmpty());
    QVERIFY(!QFile::exists(file()));
    QVERIFY(jar.isPersistent()); // consent is not changed by forgetting the cookies

    QVERIFY(jar.setCookiesFromUrl({makeCookie("again", "1", 3600)}, kSite));
    QVERIFY(QFile::exists(file()));
    QVERIFY(CookieJar::removeStoredCookies(file()));
    QVERIFY(!QFile::exists(file()));
    QVERIFY(CookieJar::removeStoredCookies(file())); // nothing to delete is no failure
}

void TestCookieJar::emptyPathStaysInMemory()
{
    CookieJar jar(QString(), true);
    QVERIFY(jar.setCookiesFromUrl({makeCookie("sid", "1", 3600)}, kSite));
    QCOMPARE(jar.cookiesForUrl(kSite).size(), 1);
    QVERIFY(QDir(m_dir->path()).isEmpty());
}

void TestCookieJar::cookieFromServerPersistedOnlyWhenAccepted_data()
{
    QTest::addColumn<bool>("accepted");
    QTest::newRow("accepted") << true;
    QTest::newRow("declined or undecided") << false;
}

void TestCookieJar::cookieFromServerPersistedOnlyWhenAccepted()
{
    QFETCH(bool, accepted);
    test::TestHttpServer server;
    QVERIFY(server.start());
    server.route("/feed", [](const test::HttpRequest &) {
        return test::HttpResponse::ok("<rss/>", "application/rss+xml")
            .header("Set-Cookie", "sid=s3cr3t; Max-Age=3600; Path=/; HttpOnly")
            .header("Set-Cookie", "visit=1; Path=/");
    });
    const QUrl url = server.url(QStringLiteral("/feed"));
    {
        QNetworkAccessManager manager;
        manager.setCookieJar(new CookieJar(file(), accepted));
        for (int i = 0; i < 2; ++i) {
            QNetworkReply *reply = manager.get(QNetworkRequest(url));
            QTRY_VERIFY(reply->isFinished());
            QCOMPARE(reply->error(), QNetworkReply::NoError);
            reply->deleteLater();
        }
        // The jar works in memory either way: the second request carried the cookies.
        QVERIFY(server.lastRequest("/feed").header("cookie").contains("sid=s3cr3t"));
    }
    QCOMPARE(QFile::exists(file()), accepted);
    CookieJar restarted(file(), true);
    const QStringList expected = accepted ? QStringList{QStringLiteral("sid")} : QStringList{};
    QCOMPARE(names(restarted.cookiesForUrl(url)), expected);
}

QTEST_GUILESS_MAIN(TestCookieJar)
#include "tst_cookiejar.moc"
