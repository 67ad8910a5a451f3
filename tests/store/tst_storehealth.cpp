// A store that notices damage, and one that cannot be written: through the real binary, as a
// user meets them.

#include "AppProcess.h"
#include "FeedSite.h"
#include "ScratchDisk.h"
#include "store/Database.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

#include <unistd.h>

using namespace ichq::test;

class TestStoreHealth : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();

    void damagedPageIsNoticedAndRebuilt();
    void photosOfADamagedTableComeBack();
    void notADatabaseSaysSoInOneLine();
    void readOnlyStoreReadsAndRefusesToRefresh();
    void fullDiskSummaryCountsWhatWasRecorded();

private:
    AppRun app(const QStringList &args) { return runApp(m_dir->path(), args); }
    AppRun refresh(const QStringList &extra = {})
    {
        return app(QStringList{QStringLiteral("--refresh"), QStringLiteral("--feed"),
                               m_site->feedUrl().toString()} +
                   extra);
    }
    int listed(const QStringList &extra = {});
    QString store() const { return m_dir->filePath(QStringLiteral("reader.sqlite")); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<TestHttpServer> m_server;
    std::unique_ptr<FeedSite> m_site;
};

void TestStoreHealth::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_server = std::make_unique<TestHttpServer>();
    QVERIFY(m_server->start());
    m_site = std::make_unique<FeedSite>(*m_server, 300, 2000);
}

void TestStoreHealth::cleanup()
{
    m_site.reset();
    m_server.reset();
    m_dir.reset();
}

int TestStoreHealth::listed(const QStringList &extra)
{
    const AppRun run = app(QStringList{QStringLiteral("--list"), QStringLiteral("--json"),
                                       QStringLiteral("--limit"), QStringLiteral("1000")} +
                           extra);
    return run.exitCode == 0 ? int(QJsonDocument::fromJson(run.out.toUtf8()).array().size()) : -1;
}

void TestStoreHealth::damagedPageIsNoticedAndRebuilt()
{
    QCOMPARE(refresh({QStringLiteral("--no-images")}).exitCode, 0);
    QCOMPARE(listed(), 300);
    // One page in the middle of the file, overwritten: the kind of damage a bad sector leaves.
    QFile file(store());
    QVERIFY(file.open(QIODevice::ReadWrite));
    const qint64 pages = file.size() / 4096;
    QVERIFY(pages > 20);
    QVERIFY(file.seek((pages / 2) * 4096));
    QVERIFY(file.write(QByteArray(4096, '\x5a')) == 4096);
    file.close();

    const AppRun run = refresh();
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY2(run.err.contains(QStringLiteral("was damaged; it was rebuilt with the")),
             qPrintable(run.err));
    QCOMPARE(run.err.trimmed().count(QLatin1Char('\n')), 0); // one sentence
    const QStringList copies =
        QDir(m_dir->path()).entryList({QStringLiteral("reader.sqlite.damaged-*")}, QDir::Files);
    QCOMPARE(copies.size(), 1);
    // The refresh brought back what the damage took; photos work again.
    QCOMPARE(listed(), 300);
    QVERIFY2(run.out.contains(QStringLiteral("images failed: 0")), qPrintable(run.out));
    QVERIFY(!run.out.contains(QStringLiteral("images fetched: 0,")));
    // Healthy now: the next refresh says nothing of damage.
    const AppRun again = refresh();
    QCOMPARE(again.exitCode, 0);
    QVERIFY2(again.err.isEmpty(), qPrintable(again.err));
}

// The damage takes the photos' table and leaves the articles: the articles are unchanged in the
// feed, yet the next refresh links their photos again and fetches them (CI met this when the
// middle page of the file fell in that table).
void TestStoreHealth::photosOfADamagedTableComeBack()
{
    QCOMPARE(refresh({QStringLiteral("--no-images")}).exitCode, 0);
    qint64 pageSize = 0;
    QList<qint64> roots;
    {
        ichq::Database db;
        QVERIFY(db.open(store()));
        QSqlQuery query(db.connection());
        QVERIFY(query.exec(QStringLiteral("PRAGMA page_size")) && query.next());
        pageSize = query.value(0).toLongLong();
        QVERIFY(query.exec(QStringLiteral("SELECT rootpage FROM sqlite_master "
                                          "WHERE tbl_name = 'images' AND rootpage > 0")));
        while (query.next())
            roots << query.value(0).toLongLong();
    }
    QVERIFY(!roots.isEmpty());
    QFile file(store());
    QVERIFY(file.open(QIODevice::ReadWrite));
    for (const qint64 root : std::as_const(roots)) {
        QVERIFY(file.seek((root - 1) * pageSize));
        QVERIFY(file.write(QByteArray(int(pageSize), '\x5a')) == pageSize);
    }
    file.close();

    const AppRun run = refresh();
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY2(run.err.contains(QStringLiteral("was damaged; it was rebuilt with the")),
             qPrintable(run.err));
    QCOMPARE(listed(), 300);
    QVERIFY2(run.out.contains(QStringLiteral("images failed: 0")), qPrintable(run.out));
    QVERIFY2(!run.out.contains(QStringLiteral("images fetched: 0,")), qPrintable(run.out));
}

void TestStoreHealth::notADatabaseSaysSoInOneLine()
{
    QFile file(store());
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QByteArray("not a database, only words, ").repeated(200));
    file.close();
    const AppRun list = app({QStringLiteral("--list")});
    QCOMPARE(list.exitCode, 1);
    QCOMPARE(list.err.trimmed().count(QLatin1Char('\n')), 0);
    QVERIFY(!list.err.contains(QStringLiteral("still in use")));
    // A refresh keeps the file aside and starts over.
    const AppRun run = refresh({QStringLiteral("--no-images")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY2(run.err.contains(QStringLiteral("rebuilt with the 0 article")), qPrintable(run.err));
    QCOMPARE(listed(), 300);
}

void TestStoreHealth::readOnlyStoreReadsAndRefusesToRefresh()
{
    QCOMPARE(refresh({QStringLiteral("--no-images")}).exitCode, 0);
    QCOMPARE(listed(), 300);
    // A mounted backup: nothing in the folder may be written. As root permissions do not bind,
    // so the reader runs as "nobody" there.
    const bool root = ::geteuid() == 0;
    QVERIFY(QFile::setPermissions(m_dir->path(), QFileDevice::ReadOwner | QFileDevice::ExeOwner |
                                                     QFileDevice::ReadOther |
                                                     QFileDevice::ExeOther));
    for (const QString &name : QDir(m_dir->path()).entryList(QDir::Files))
        QFile::setPermissions(m_dir->filePath(name),
                              QFileDevice::ReadOwner | QFileDevice::ReadOther);
    const auto asReader = [&](const QStringList &args) {
        if (!root)
            return app(args);
        QProcess process;
        process.start(QStringLiteral("runuser"),
                      QStringList{QStringLiteral("-u"), QStringLiteral("nobody"),
                                  QStringLiteral("--"), QStringLiteral(ICHQ_APP_BINARY),
                                  QStringLiteral("--data-dir"), m_dir->path()} +
                          args);
        AppRun run;
        if (process.waitForFinished(60000)) {
            run.exitCode = process.exitCode();
            run.out = QString::fromUtf8(process.readAllStandardOutput());
            run.err = QString::fromUtf8(process.readAllStandardError());
        }
        return run;
    };
    const AppRun list =
        asReader({QStringLiteral("--list"), QStringLiteral("--limit"), QStringLiteral("1000")});
    QVERIFY2(list.exitCode == 0, qPrintable(list.err));
    QCOMPARE(list.out.trimmed().split(QLatin1Char('\n')).size(), 300);
    const AppRun search = asReader({QStringLiteral("--search"), QStringLiteral("Liangjiang")});
    QVERIFY2(search.exitCode == 0, qPrintable(search.err));
    const AppRun show = asReader({QStringLiteral("--show"), QStringLiteral("1")});
    QVERIFY2(show.exitCode == 0, qPrintable(show.err));
    const AppRun run = asReader(
        {QStringLiteral("--refresh"), QStringLiteral("--feed"), m_site->feedUrl().toString()});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QStringLiteral("can only be read")), qPrintable(run.err));
    QFile::setPermissions(m_dir->path(),
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
}

// A disk that fills up during the photo stage: the summary's "images fetched" is what the store
// recorded (it once said 287 while 259 were). A small tmpfs stands for the full disk; mounting
// one needs root.
void TestStoreHealth::fullDiskSummaryCountsWhatWasRecorded()
{
    const QString mount = m_dir->filePath(QStringLiteral("disk"));
    ScratchDisk disk(mount, QStringLiteral("4m"));
    if (!disk.isMounted())
        QSKIP("mounting a small file system needs root, and a machine that allows it");
    const QString data = mount + QStringLiteral("/data");
    m_site = std::make_unique<FeedSite>(*m_server, 120, 400);
    const QStringList refreshArgs{QStringLiteral("--refresh"), QStringLiteral("--feed"),
                                  m_site->feedUrl().toString()};
    AppRun first = runApp(data, refreshArgs + QStringList{QStringLiteral("--no-images")});
    QCOMPARE(first.exitCode, 0);
    // Room for a few photos, not for 240.
    qint64 used = 0;
    for (const QFileInfo &file : QDir(data).entryInfoList(QDir::Files))
        used += file.size();
    const QString size = QStringLiteral("size=%1k").arg((used + 96 * 1024) / 1024);
    QVERIFY(disk.remount(size));
    const AppRun full = runApp(data, refreshArgs);
    const QRegularExpression fetched(QStringLiteral("images fetched: (\\d+)"));
    const QRegularExpressionMatch match = fetched.match(full.out);
    int recorded = -1;
    {
        ichq::Database db;
        if (db.open(data + QStringLiteral("/reader.sqlite"))) {
            QSqlQuery query(db.connection());
            if (query.exec(QStringLiteral("SELECT count(*) FROM images WHERE state = 1")) &&
                query.next())
                recorded = query.value(0).toInt();
        }
    }
    QVERIFY2(match.hasMatch(), qPrintable(full.out + full.err));
    QVERIFY2(match.captured(1).toInt() < 240, qPrintable(full.out)); // the disk did fill
    QCOMPARE(match.captured(1).toInt(), recorded);
}

QTEST_GUILESS_MAIN(TestStoreHealth)
#include "tst_storehealth.moc"
