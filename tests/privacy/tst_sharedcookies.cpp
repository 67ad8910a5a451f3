#include "privacy/CookieFile.h"
#include "privacy/CookieJar.h"

#include <QFile>
#include <QNetworkCookie>
#include <QTemporaryDir>
#include <QThread>
#include <QtTest>

using namespace ichq;

namespace {

const QUrl kSite(QStringLiteral("https://www.ichongqing.info/"));

QNetworkCookie makeCookie(const QByteArray &name, const QByteArray &value, qint64 lifetimeSecs)
{
    QNetworkCookie cookie(name, value);
    cookie.setPath(QStringLiteral("/"));
    cookie.setDomain(QStringLiteral("www.ichongqing.info"));
    cookie.setExpirationDate(QDateTime::currentDateTimeUtc().addSecs(lifetimeSecs));
    return cookie;
}

bool set(CookieJar &jar, const QByteArray &name, const QByteArray &value = "1")
{
    return jar.setCookiesFromUrl({makeCookie(name, value, 3600)}, kSite);
}

QStringList names(const QList<QNetworkCookie> &cookies)
{
    QStringList result;
    for (const QNetworkCookie &cookie : cookies)
        result << QString::fromLatin1(cookie.name() + '=' + cookie.value());
    result.sort();
    return result;
}

QStringList inJar(const CookieJar &jar)
{
    return names(jar.cookiesForUrl(kSite));
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// What the file holds, read as a later start would read it.
QStringList inFile(const QString &path)
{
    QList<QNetworkCookie> cookies;
    for (const QByteArray &line : readAll(path).split('\n'))
        cookies << QNetworkCookie::parseCookies(line.trimmed());
    return names(cookies);
}

// Another process (a `--refresh` from cron) rewriting the file behind this one's back.
bool writeBehindTheBack(const QString &path, const QByteArray &content)
{
    QTest::qSleep(20); // its write comes measurably after this process's last change
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) &&
           file.write(content) == content.size();
}

// A cookie as a jar of the other process would have written it: normalized for the site.
QByteArray line(const QByteArray &name, const QByteArray &value, qint64 lifetimeSecs = 3600)
{
    QNetworkCookie cookie = makeCookie(name, value, lifetimeSecs);
    cookie.normalize(kSite);
    return cookie.toRawForm() + '\n';
}

const QStringList kNone;

} // namespace

// Several jars of one cookie file in one process, and other processes writing the same file:
// nobody's cookies are lost, and withdrawing consent reaches every jar at once.
class TestSharedCookies : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void twoJarsKeepEachOthersCookies();
    void jarsInTwoThreadsLoseNothing();
    void cookieAddedByAnotherProcessIsKept();
    void newerChangeWins();
    void cookieDeletedHereStaysDeleted();
    void anotherProcessWithItsOwnStore();
    void withdrawalReachesEveryJar();
    void clearReachesEveryJar();
    void removeStoredCookiesReachesLiveJars();
    void notPersistentJarKeepsToItself();

private:
    QString file() const { return m_dir->filePath(QStringLiteral("cookies.dat")); }
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestSharedCookies::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestSharedCookies::twoJarsKeepEachOthersCookies()
{
    CookieJar ui(file(), true);
    CookieJar refresh(file(), true); // created before the first cookie: reads an empty file
    QVERIFY(set(ui, "ui"));
    QVERIFY(set(refresh, "refresh"));
    const QStringList both{QStringLiteral("refresh=1"), QStringLiteral("ui=1")};
    QCOMPARE(inFile(file()), both);
    QCOMPARE(inJar(ui), both);
    QCOMPARE(inJar(refresh), both);

    QVERIFY(set(ui, "refresh", "2")); // one jar changes the other's cookie: one cookie, changed
    QCOMPARE(inJar(refresh), QStringList({QStringLiteral("refresh=2"), QStringLiteral("ui=1")}));
    QCOMPARE(inFile(file()), inJar(refresh));
}

void TestSharedCookies::jarsInTwoThreadsLoseNothing()
{
    constexpr int kPerThread = 40;
    const auto work = [this](const QByteArray &prefix) {
        return QThread::create([this, prefix] {
            CookieJar jar(file(), true);
            for (int i = 0; i < kPerThread; ++i)
                set(jar, prefix + QByteArray::number(i));
        });
    };
    std::unique_ptr<QThread> first(work("a"));
    std::unique_ptr<QThread> second(work("b"));
    first->start();
    second->start();
    QVERIFY(first->wait(30000));
    QVERIFY(second->wait(30000));
    QCOMPARE(inFile(file()).size(), 2 * kPerThread);
    QCOMPARE(inJar(CookieJar(file(), true)).size(), 2 * kPerThread);
}

void TestSharedCookies::cookieAddedByAnotherProcessIsKept()
{
    CookieJar jar(file(), true);
    QVERIFY(set(jar, "mine"));
    QVERIFY(writeBehindTheBack(file(), readAll(file()) + line("theirs", "1")));
    QVERIFY(set(jar, "later"));
    const QStringList all{QStringLiteral("later=1"), QStringLiteral("mine=1"),
                          QStringLiteral("theirs=1")};
    QCOMPARE(inFile(file()), all);
    QCOMPARE(inJar(jar), all); // and this process now sends it too
}

void TestSharedCookies::newerChangeWins()
{
    CookieJar jar(file(), true);
    QVERIFY(set(jar, "sid", "old"));
    QVERIFY(set(jar, "pref", "old"));
    // The other process changed sid after this one did: its value stays.
    QVERIFY(writeBehindTheBack(file(), line("sid", "theirs") + line("pref", "old")));
    QVERIFY(set(jar, "other"));
    QCOMPARE(inFile(file()), QStringList({QStringLiteral("other=1"), QStringLiteral("pref=old"),
                                          QStringLiteral("sid=theirs")}));
    // This process changes pref after the other's write: this value stays.
    QVERIFY(writeBehindTheBack(file(), readAll(file())));
    QVERIFY(set(jar, "pref", "mine"));
    QCOMPARE(inFile(file()), QStringList({QStringLiteral("other=1"), QStringLiteral("pref=mine"),
                                          QStringLiteral("sid=theirs")}));
}

void TestSharedCookies::cookieDeletedHereStaysDeleted()
{
    CookieJar jar(file(), true);
    QVERIFY(set(jar, "gone"));
    QVERIFY(set(jar, "kept"));
    // The other process adds one and writes the ones it read unchanged; expired ones go.
    QVERIFY(writeBehindTheBack(file(),
                               readAll(file()) + line("theirs", "1") + line("stale", "1", -60)));
    jar.setCookiesFromUrl({makeCookie("gone", "", -3600)}, kSite); // the site deletes it
    const QStringList left{QStringLiteral("kept=1"), QStringLiteral("theirs=1")};
    QCOMPARE(inFile(file()), left);
    QCOMPARE(inJar(jar), left);
}

void TestSharedCookies::anotherProcessWithItsOwnStore()
{
    CookieJar jar(file(), true);
    QVERIFY(set(jar, "gone"));
    QVERIFY(set(jar, "kept"));
    CookieFile other(file()); // outside this process's registry: reads the file as it is
    jar.setCookiesFromUrl({makeCookie("gone", "", -3600)}, kSite);
    QTest::qSleep(20);
    // The other one adds a cookie and changes one; it still holds the one deleted here.
    QVERIFY(other.update([](QList<QNetworkCookie> cookies) {
        QNetworkCookie theirs = makeCookie("theirs", "1", 3600);
        theirs.normalize(kSite);
        cookies.append(theirs);
        for (QNetworkCookie &cookie : cookies) {
            if (cookie.name() == "kept")
                cookie.setValue("2");
        }
        return cookies;
    }));
    const QStringList merged{QStringLiteral("kept=2"), QStringLiteral("theirs=1")};
    QCOMPARE(inFile(file()), merged);
    QCOMPARE(names(other.cookies()), merged);
    QVERIFY(set(jar, "later"));
    const QStringList all{QStringLiteral("kept=2"), QStringLiteral("later=1"),
                          QStringLiteral("theirs=1")};
    QCOMPARE(inFile(file()), all);
    QCOMPARE(inJar(jar), all);
}

void TestSharedCookies::withdrawalReachesEveryJar()
{
    CookieJar ui(file(), true);
    CookieJar refresh(file(), true);
    QVERIFY(set(ui, "ui"));
    QVERIFY(set(refresh, "refresh"));

    ui.setPersistent(false);
    QVERIFY(!QFile::exists(file()));
    QCOMPARE(inJar(ui), kNone);
    QCOMPARE(inJar(refresh), kNone);
    QVERIFY(!refresh.isPersistent()); // before its own thread hears of the withdrawal
    QVERIFY(set(refresh, "after"));
    QVERIFY(!QFile::exists(file()));
    QCOMPARE(inJar(ui), kNone); // and they no longer share what they hold in memory

    CookieJar accepted(file(), true); // accepting again starts from nothing
    QCOMPARE(inJar(accepted), kNone);
    refresh.setPersistent(true);
    QCOMPARE(inFile(file()), QStringList{QStringLiteral("after=1")});
    QCOMPARE(inJar(accepted), QStringList{QStringLiteral("after=1")});
}

void TestSharedCookies::clearReachesEveryJar()
{
    CookieJar ui(file(), true);
    CookieJar refresh(file(), true);
    QVERIFY(set(ui, "ui"));
    QVERIFY(set(refresh, "refresh"));
    ui.clear();
    QVERIFY(!QFile::exists(file()));
    QCOMPARE(inJar(refresh), kNone);
    QVERIFY(refresh.isPersistent()); // forgetting cookies is no change of consent
    QVERIFY(set(refresh, "next"));
    QCOMPARE(inFile(file()), QStringList{QStringLiteral("next=1")});
}

void TestSharedCookies::removeStoredCookiesReachesLiveJars()
{
    CookieJar jar(file(), true);
    QVERIFY(set(jar, "sid"));
    QVERIFY(CookieJar::removeStoredCookies(file()));
    QVERIFY(!QFile::exists(file()));
    QCOMPARE(inJar(jar), kNone);
    QVERIFY(set(jar, "next")); // a live jar does not write the file back
    QVERIFY(!QFile::exists(file()));
}

void TestSharedCookies::notPersistentJarKeepsToItself()
{
    CookieJar persistent(file(), true);
    CookieJar memoryOnly(file(), false);
    QVERIFY(set(persistent, "kept"));
    QVERIFY(set(memoryOnly, "memory"));
    QCOMPARE(inJar(memoryOnly), QStringList{QStringLiteral("memory=1")});
    QCOMPARE(inJar(persistent), QStringList{QStringLiteral("kept=1")});
    QCOMPARE(inFile(file()), QStringList{QStringLiteral("kept=1")});
}

QTEST_GUILESS_MAIN(TestSharedCookies)
#include "tst_sharedcookies.moc"
