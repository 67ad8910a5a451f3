#include "common/DataPaths.h"
#include "common/Settings.h"
#include "outbox/Outbox.h"
#include "privacy/ConsentState.h"
#include "privacy/CookieJar.h"
#include "privacy/DataEraser.h"

#include <QFile>
#include <QNetworkCookie>
#include <QTemporaryDir>
#include <QtTest>

using namespace ichq;

namespace {

bool writeFile(const QString &path, const QByteArray &content = "x")
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(content) == content.size();
}

QStringList everythingIn(const QString &dir)
{
    return QDir(dir).entryList(QDir::AllEntries | QDir::Hidden | QDir::System |
                               QDir::NoDotAndDotDot);
}

// Points HOME at a throwaway folder for one test, so refusing "the home folder" is tested
// without any risk to the real one.
class FakeHome
{
public:
    explicit FakeHome(const QString &path) : m_old(qgetenv("HOME"))
    {
        qputenv("HOME", path.toLocal8Bit());
    }
    ~FakeHome() { qputenv("HOME", m_old); }
    FakeHome(const FakeHome &) = delete;
    FakeHome &operator=(const FakeHome &) = delete;

private:
    QByteArray m_old;
};

} // namespace

class TestDataEraser : public QObject
{
    Q_OBJECT
private slots:
    void erasesEverythingAndLeavesFirstRun();
    void symbolicLinksAreRemovedNotFollowed();
    void missingRootIsCreated();
    void refusesRootAndHome();
    void refusesTheHomeFolderWithoutTouchingIt();
};

void TestDataEraser::erasesEverythingAndLeavesFirstRun()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const DataPaths paths(dir.filePath(QStringLiteral("data")));
    QVERIFY(paths.ensureExists());
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QVERIFY(writeFile(paths.databaseFile() + suffix));
    QVERIFY(writeFile(paths.imageDir() + QStringLiteral("/ab/abcdef.img")));
    QVERIFY(writeFile(paths.root() + QStringLiteral("/.hidden")));
    {
        Settings settings(paths);
        ConsentState(settings).decide(ConsentState::Cookies::Accepted);
        CookieJar jar(paths.cookieFile(), true);
        QNetworkCookie cookie("sid", "1");
        cookie.setExpirationDate(QDateTime::currentDateTimeUtc().addDays(1));
        QVERIFY(
            jar.setCookiesFromUrl({cookie}, QUrl(QStringLiteral("https://www.ichongqing.info/"))));
        Outbox outbox(paths.outboxFile());
        QVERIFY(outbox.open());
        QVERIFY(!outbox
                     .enqueue({QStringLiteral("A"), QStringLiteral("a@example.org"),
                               QStringLiteral("S"), QStringLiteral("M"), true})
                     .isEmpty());
        outbox.saveDraft({QStringLiteral("draft"), {}, {}, {}, false});
    }
    for (const QString &file : {paths.cookieFile(), paths.outboxFile(), paths.settingsFile()})
        QVERIFY2(QFile::exists(file), qPrintable(file));

    QString error;
    QVERIFY2(eraseAllData(paths, &error), qPrintable(error));
    QVERIFY(QDir(paths.root()).exists());
    QCOMPARE(everythingIn(paths.root()), QStringList());

    // The next start is a first start.
    Settings settings(paths);
    QVERIFY(ConsentState(settings).needsAsking());
    Outbox outbox(paths.outboxFile());
    QVERIFY(outbox.open());
    QVERIFY(outbox.all().isEmpty());
    QVERIFY(!outbox.draft());
    QVERIFY(CookieJar(paths.cookieFile(), true)
                .cookiesForUrl(QUrl(QStringLiteral("https://www.ichongqing.info/")))
                .isEmpty());
}

void TestDataEraser::symbolicLinksAreRemovedNotFollowed()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString outside = dir.filePath(QStringLiteral("outside"));
    const QString canary = outside + QStringLiteral("/keep.txt");
    QVERIFY(writeFile(canary));
    const DataPaths paths(dir.filePath(QStringLiteral("data")));
    QVERIFY(paths.ensureExists());
    QVERIFY(QFile::link(outside, paths.root() + QStringLiteral("/linked-dir")));
    QVERIFY(QFile::link(canary, paths.imageDir() + QStringLiteral("/linked-file")));

    QVERIFY(eraseAllData(paths));
    QCOMPARE(everythingIn(paths.root()), QStringList());
    QVERIFY(QFile::exists(canary));
}

void TestDataEraser::missingRootIsCreated()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const DataPaths paths(dir.filePath(QStringLiteral("never/created")));
    QVERIFY(eraseAllData(paths));
    QVERIFY(QDir(paths.root()).exists());
}

void TestDataEraser::refusesRootAndHome()
{
    QVERIFY(!isErasableRoot(QString()));
    QVERIFY(!isErasableRoot(QStringLiteral("/")));
    QVERIFY(!isErasableRoot(QStringLiteral("/../")));
    QVERIFY(!isErasableRoot(QDir::homePath()));
    QVERIFY(!isErasableRoot(QDir::homePath() + QStringLiteral("/")));
    QVERIFY(!isErasableRoot(QDir::homePath() + QStringLiteral("/sub/..")));
    QVERIFY(!isErasableRoot(QFileInfo(QDir::homePath()).absolutePath())); // /home
    QVERIFY(isErasableRoot(QDir::homePath() + QStringLiteral("/.local/share/ichongqing-reader")));
    QTemporaryDir dir;
    QVERIFY(isErasableRoot(dir.path()));
}

void TestDataEraser::refusesTheHomeFolderWithoutTouchingIt()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString canary = dir.filePath(QStringLiteral("Documents/thesis.odt"));
    QVERIFY(writeFile(canary));
    const FakeHome home(dir.path());
    QCOMPARE(QDir(QDir::homePath()).canonicalPath(), QDir(dir.path()).canonicalPath());

    QString error;
    QVERIFY(!eraseAllData(DataPaths(dir.path()), &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(QFile::exists(canary));
    QVERIFY(!eraseAllData(DataPaths(dir.path() + QStringLiteral("/Documents/.."))));
    QVERIFY(QFile::exists(canary));
}

QTEST_GUILESS_MAIN(TestDataEraser)
#include "tst_dataeraser.moc"
