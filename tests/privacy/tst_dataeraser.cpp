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
    void erasesWhatTheAppCreatedAndLeavesFirstRun();
    void keepsTheUsersOwnFilesAndFolders();
    void aDataFolderInHomeLosesNothingOfTheUsers();
    void symbolicLinksAreRemovedNotFollowed();
    void missingRootIsFine();
};

namespace {

// Everything the app writes in its data folder, with the files SQLite, QSettings and the
// image cache make beside them.
void fillWithAppData(const DataPaths &paths)
{
    QVERIFY(paths.ensureExists());
    for (const QString &suffix :
         {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")}) {
        QVERIFY(writeFile(paths.databaseFile() + suffix));
        QVERIFY(
            writeFile(paths.databaseFile() + QStringLiteral(".damaged-20260101-120000") + suffix));
    }
    const QString key(64, QLatin1Char('a'));
    QVERIFY(writeFile(paths.imageDir() + QStringLiteral("/aa/") + key));
    QVERIFY(writeFile(paths.imageDir() + QStringLiteral("/aa/") + key + QStringLiteral(".part")));
    {
        Settings settings(paths);
        ConsentState(settings).decide(ConsentState::Cookies::Accepted);
    }
    // Left by a QSettings that was killed (written after ours, which would wait on it).
    QVERIFY(writeFile(paths.settingsFile() + QStringLiteral(".lock")));
    CookieJar jar(paths.cookieFile(), true);
    QNetworkCookie cookie("sid", "1");
    cookie.setExpirationDate(QDateTime::currentDateTimeUtc().addDays(1));
    QVERIFY(jar.setCookiesFromUrl({cookie}, QUrl(QStringLiteral("https://www.ichongqing.info/"))));
    Outbox outbox(paths.outboxFile());
    QVERIFY(outbox.open());
    QVERIFY(!outbox
                 .enqueue({QStringLiteral("A"), QStringLiteral("a@example.org"),
                           QStringLiteral("S"), QStringLiteral("M"), true})
                 .isEmpty());
    outbox.saveDraft({QStringLiteral("draft"), {}, {}, {}, false});
}

// The user's own things, some with names close to the app's.
const QStringList kUsersFiles{
    QStringLiteral("thesis.odt"),          QStringLiteral(".hidden"),
    QStringLiteral("Photos/holiday.jpg"),  QStringLiteral("reader.sqlite.backup-by-hand"),
    QStringLiteral("settings.ini.old"),    QStringLiteral("images/my-drawing.png"),
    QStringLiteral("images/aa/notes.txt"),
};

} // namespace

void TestDataEraser::erasesWhatTheAppCreatedAndLeavesFirstRun()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const DataPaths paths(dir.filePath(QStringLiteral("data")));
    fillWithAppData(paths);
    for (const QString &file : {paths.cookieFile(), paths.outboxFile(), paths.settingsFile()})
        QVERIFY2(QFile::exists(file), qPrintable(file));

    QString error;
    QVERIFY2(eraseAllData(paths, &error), qPrintable(error));
    // Nothing else was in it: the folder goes too.
    QVERIFY(!QDir(paths.root()).exists());

    // The next start is a first start.
    QVERIFY(paths.ensureExists());
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

void TestDataEraser::keepsTheUsersOwnFilesAndFolders()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const DataPaths paths(dir.filePath(QStringLiteral("data")));
    fillWithAppData(paths);
    for (const QString &file : kUsersFiles)
        QVERIFY(writeFile(paths.root() + QLatin1Char('/') + file, "mine"));
    QVERIFY(QDir().mkpath(paths.root() + QStringLiteral("/Empty folder")));

    QString error;
    QVERIFY2(eraseAllData(paths, &error), qPrintable(error));
    for (const QString &file : kUsersFiles) {
        QFile kept(paths.root() + QLatin1Char('/') + file);
        QVERIFY2(kept.open(QIODevice::ReadOnly), qPrintable(file));
        QCOMPARE(kept.readAll(), QByteArray("mine"));
    }
    QVERIFY(QDir(paths.root() + QStringLiteral("/Empty folder")).exists());
    QStringList left = everythingIn(paths.root());
    left.sort();
    QCOMPARE(left, QStringList({QStringLiteral(".hidden"), QStringLiteral("Empty folder"),
                                QStringLiteral("Photos"), QStringLiteral("images"),
                                QStringLiteral("reader.sqlite.backup-by-hand"),
                                QStringLiteral("settings.ini.old"), QStringLiteral("thesis.odt")}));
    QCOMPARE(everythingIn(paths.imageDir() + QStringLiteral("/aa")),
             QStringList{QStringLiteral("notes.txt")});
}

// `--data-dir ~` (or ~/Documents) by mistake: "Delete my data" still deletes only the app's.
void TestDataEraser::aDataFolderInHomeLosesNothingOfTheUsers()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString canary = dir.filePath(QStringLiteral("Documents/thesis.odt"));
    QVERIFY(writeFile(canary));
    const FakeHome home(dir.path());
    QCOMPARE(QDir(QDir::homePath()).canonicalPath(), QDir(dir.path()).canonicalPath());
    const DataPaths paths(dir.path());
    fillWithAppData(paths);

    QString error;
    QVERIFY2(eraseAllData(paths, &error), qPrintable(error));
    QVERIFY(QFile::exists(canary));
    QCOMPARE(everythingIn(dir.path()), QStringList{QStringLiteral("Documents")});
}

void TestDataEraser::symbolicLinksAreRemovedNotFollowed()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString outside = dir.filePath(QStringLiteral("outside"));
    const QString canary = outside + QStringLiteral("/keep.txt");
    const QString key(64, QLatin1Char('b'));
    QVERIFY(writeFile(canary));
    QVERIFY(writeFile(outside + QStringLiteral("/bb/") + key));
    const DataPaths paths(dir.filePath(QStringLiteral("data")));
    QVERIFY(QDir().mkpath(paths.root()));
    // The photo folder is a link to somewhere else: the link goes, what it points to stays.
    QVERIFY(QFile::link(outside, paths.imageDir()));
    QVERIFY(QFile::link(canary, paths.settingsFile()));

    QVERIFY(eraseAllData(paths));
    QVERIFY(!QDir(paths.root()).exists());
    QVERIFY(QFile::exists(canary));
    QVERIFY(QFile::exists(outside + QStringLiteral("/bb/") + key));
}

void TestDataEraser::missingRootIsFine()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const DataPaths paths(dir.filePath(QStringLiteral("never/created")));
    QVERIFY(eraseAllData(paths));
    QVERIFY(!QDir(paths.root()).exists());
}

QTEST_GUILESS_MAIN(TestDataEraser)
#include "tst_dataeraser.moc"
