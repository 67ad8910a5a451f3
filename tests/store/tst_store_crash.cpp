#include "StoreFixtures.h"
#include "store/ArticleQueries.h"
#include "store/ArticleStore.h"
#include "store/Database.h"

#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace ichq;

// A process killed in the middle of a refresh must leave a consistent database with nothing
// that was stored before lost and nothing of the interrupted refresh half-written.
class TestStoreCrash : public QObject
{
    Q_OBJECT
private slots:
    void killedMidTransactionLosesNothing();
};

void TestStoreCrash::killedMidTransactionLosesNothing()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("reader.sqlite"));
    const QUrl feed(QStringLiteral("https://www.ichongqing.info/feed/"));
    {
        Database db;
        QVERIFY(db.open(path));
        ArticleStore store(db);
        const StoreOutcome first = store.storeFeed(feed, {}, test::makeArticles(0, 200));
        QVERIFY2(first.ok, qPrintable(first.error));
        QVERIFY(store.setStarred(ArticleQueries(db).list({}).first().id, true));
    }

    QProcess writer;
    writer.start(QStringLiteral(ICHQ_STORE_WRITER), {path, QStringLiteral("4000")});
    QVERIFY(writer.waitForStarted());
    QVERIFY(writer.waitForReadyRead(60000));
    QCOMPARE(writer.readLine().trimmed(), QByteArray("MID"));
    writer.kill(); // SIGKILL: no destructor, no rollback, no close
    QVERIFY(writer.waitForFinished());
    QCOMPARE(writer.exitStatus(), QProcess::CrashExit);

    Database db;
    QVERIFY(db.open(path));
    QString report;
    QVERIFY2(db.checkIntegrity(&report), qPrintable(report));
    QSqlQuery ftsCheck(db.connection());
    QVERIFY(ftsCheck.exec(
        QStringLiteral("INSERT INTO article_search (article_search) VALUES ('integrity-check')")));

    ArticleQueries queries(db);
    QCOMPARE(queries.totalArticles(), 200);
    ArticleFilter starred;
    starred.starredOnly = true;
    QCOMPARE(queries.count(starred), 1);
    ArticleFilter rewritten;
    rewritten.search = QStringLiteral("rewritten");
    QCOMPARE(queries.count(rewritten), 0);
    ArticleFilter yangtze;
    yangtze.search = QStringLiteral("Yangtze");
    QCOMPARE(queries.count(yangtze), 200);

    // And the store still takes the interrupted refresh afterwards.
    const StoreOutcome again = ArticleStore(db).storeFeed(
        feed, {}, test::makeArticles(0, 300, QStringLiteral("rewritten")));
    QVERIFY(again.ok);
    QCOMPARE(again.added, 100);
    QCOMPARE(again.updated, 200);
    QCOMPARE(queries.count(rewritten), 300);
    QCOMPARE(queries.count(starred), 1);
}

QTEST_GUILESS_MAIN(TestStoreCrash)
#include "tst_store_crash.moc"
