#include "AppProcess.h"
#include "FeedSite.h"
#include "StoreFixtures.h"
#include "html/HtmlSanitizer.h"
#include "store/ArticleStore.h"
#include "store/Database.h"

#include <QDirIterator>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSettings>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace ichq;
using namespace ichq::test;

// `--cleanup`, `--stats` and the retention a `--refresh` applies, as a user runs them.
class TestCleanupCli : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();

    void refreshAppliesTheRetentionSetting();
    void cleanupPrintsOneLine();
    void keepDaysMustBeADayOrMore_data();
    void keepDaysMustBeADayOrMore();
    void statsPrintsTheFigures();
    void aKilledCleanupLeavesAConsistentStore();

private:
    AppRun run(const QStringList &args) { return runApp(m_dir->path(), args); }
    QString database() const { return m_dir->filePath(QStringLiteral("reader.sqlite")); }
    int ageAllBut(int newest, int days);
    int scalar(const QString &sql);
    int change(const QString &sql); // rows changed
    int photoFiles() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<TestHttpServer> m_server;
    std::unique_ptr<FeedSite> m_site;
};

void TestCleanupCli::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_server = std::make_unique<TestHttpServer>();
    QVERIFY(m_server->start());
    m_site = std::make_unique<FeedSite>(*m_server, 30, 800);
}

void TestCleanupCli::cleanup()
{
    m_site.reset();
    m_server.reset();
    m_dir.reset();
}

// Makes every article but the `newest` ones `days` old.
int TestCleanupCli::ageAllBut(int newest, int days)
{
    Database db;
    if (!db.open(database()))
        return -1;
    QSqlQuery query(db.connection());
    const qint64 when = QDateTime::currentDateTimeUtc().addDays(-days).toSecsSinceEpoch();
    query.prepare(QStringLiteral(
        "UPDATE articles SET published = ?, first_seen = ? WHERE id NOT IN (SELECT id FROM "
        "articles ORDER BY published DESC LIMIT ?)"));
    query.addBindValue(when);
    query.addBindValue(when);
    query.addBindValue(newest);
    return query.exec() ? query.numRowsAffected() : -1;
}

int TestCleanupCli::scalar(const QString &sql)
{
    Database db;
    if (!db.open(database()))
        return -1;
    QSqlQuery query(db.connection());
    return query.exec(sql) && query.next() ? query.value(0).toInt() : -1;
}

int TestCleanupCli::change(const QString &sql)
{
    Database db;
    if (!db.open(database()))
        return -1;
    QSqlQuery query(db.connection());
    return query.exec(sql) ? query.numRowsAffected() : -1;
}

int TestCleanupCli::photoFiles() const
{
    int files = 0;
    QDirIterator it(m_dir->filePath(QStringLiteral("images")), QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        ++files;
    }
    return files;
}

void TestCleanupCli::refreshAppliesTheRetentionSetting()
{
    const QStringList refresh{QStringLiteral("--refresh"), QStringLiteral("--feed"),
                              m_site->feedUrl().toString()};
    AppRun r = run(refresh);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(photoFiles(), 60);
    QCOMPARE(ageAllBut(20, 40), 10);
    {
        QSettings settings(m_dir->filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
        settings.setValue(QStringLiteral("storage/keepArticlesDays"), 30);
    }
    r = run(refresh);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM articles")), 20);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM images")), 40);
    QCOMPARE(photoFiles(), 40);
    // The feed still lists them: a changed feed does not bring them back.
    m_site->setVariant(QStringLiteral("edited"));
    r = run(refresh);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM articles")), 20);
    QCOMPARE(photoFiles(), 40);
}

void TestCleanupCli::cleanupPrintsOneLine()
{
    AppRun r =
        run({QStringLiteral("--refresh"), QStringLiteral("--feed"), m_site->feedUrl().toString()});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(ageAllBut(18, 100), 12);
    // A starred old article stays.
    QCOMPARE(change(QStringLiteral("UPDATE articles SET is_starred = 1 WHERE id = (SELECT "
                                   "MIN(id) FROM articles WHERE first_seen < "
                                   "CAST(strftime('%s', 'now', '-50 days') AS INTEGER))")),
             1);

    r = run({QStringLiteral("--cleanup")}); // the default: 3 months
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(r.out.trimmed().count(QLatin1Char('\n')), 0);
    QVERIFY2(r.out.startsWith(QStringLiteral("Cleaned up: 11 articles and 22 photos deleted")),
             qPrintable(r.out));
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM articles")), 19);
    QCOMPARE(photoFiles(), 38);

    r = run({QStringLiteral("--cleanup"), QStringLiteral("--keep-days"), QStringLiteral("30")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.startsWith(QStringLiteral("Nothing to clean up")), qPrintable(r.out));
    // In Chinese too.
    r = run({QStringLiteral("--cleanup"), QStringLiteral("--lang"), QStringLiteral("zh")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(QStringLiteral("文章")), qPrintable(r.out));
}

void TestCleanupCli::keepDaysMustBeADayOrMore_data()
{
    QTest::addColumn<QString>("value");
    QTest::newRow("zero") << QStringLiteral("0");
    QTest::newRow("negative") << QStringLiteral("-3");
    QTest::newRow("words") << QStringLiteral("thirty");
    QTest::newRow("empty") << QString(QLatin1String(""));
}

void TestCleanupCli::keepDaysMustBeADayOrMore()
{
    QFETCH(QString, value);
    const AppRun r = run({QStringLiteral("--cleanup"), QStringLiteral("--keep-days=") + value});
    QCOMPARE(r.exitCode, 2);
    QCOMPARE(r.err.trimmed(), QStringLiteral("--keep-days takes a number of days of 1 or more."));
    QVERIFY(!QFile::exists(database()));
}

void TestCleanupCli::statsPrintsTheFigures()
{
    AppRun r =
        run({QStringLiteral("--refresh"), QStringLiteral("--feed"), m_site->feedUrl().toString()});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(change(QStringLiteral("UPDATE articles SET is_read = 1 WHERE id <= 5")), 5);
    QCOMPARE(change(QStringLiteral("UPDATE articles SET is_starred = 1 WHERE id <= 2")), 2);
    r = run({QStringLiteral("--stats"), QStringLiteral("--json")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QJsonObject stats = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(stats.value(QStringLiteral("articles")).toInt(), 30);
    QCOMPARE(stats.value(QStringLiteral("unread")).toInt(), 25);
    QCOMPARE(stats.value(QStringLiteral("starred")).toInt(), 2);
    QCOMPARE(stats.value(QStringLiteral("images")).toInt(), 60);
    QCOMPARE(stats.value(QStringLiteral("imageBytes")).toInteger(),
             scalar(QStringLiteral("SELECT SUM(bytes) FROM images")));
    QVERIFY(stats.value(QStringLiteral("databaseBytes")).toInteger() > 0);
    const QDateTime oldest =
        QDateTime::fromString(stats.value(QStringLiteral("oldest")).toString(), Qt::ISODate);
    const QDateTime newest =
        QDateTime::fromString(stats.value(QStringLiteral("newest")).toString(), Qt::ISODate);
    QVERIFY(oldest.isValid() && newest.isValid() && oldest < newest);
    QCOMPARE(stats.size(), 8);

    r = run({QStringLiteral("--stats")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(QStringLiteral("Articles: 30 (25 unread, 2 starred)")),
             qPrintable(r.out));
}

// kill -9 at several moments of a cleanup that deletes thousands of articles: each time the
// store is consistent and holds all or none of them, and the next cleanup finishes the work.
void TestCleanupCli::aKilledCleanupLeavesAConsistentStore()
{
    constexpr int kArticles = 6000;
    {
        Database db;
        QVERIFY(db.open(database()));
        QList<PreparedArticle> articles = makeArticles(0, kArticles);
        for (PreparedArticle &article : articles)
            article.bodyText += QString(1500, QLatin1Char('z'));
        QVERIFY(ArticleStore(db)
                    .storeFeed(QUrl(QStringLiteral("https://example.org/feed")), {}, articles)
                    .ok);
    }
    QCOMPARE(ageAllBut(0, 200), kArticles);

    for (const int delayMs : {30, 150, 500, 1000, 2000, 4000}) {
        QProcess cleanup;
        cleanup.start(QStringLiteral(ICHQ_APP_BINARY),
                      {QStringLiteral("--data-dir"), m_dir->path(), QStringLiteral("--cleanup")});
        QVERIFY(cleanup.waitForStarted());
        QThread::msleep(delayMs);
        cleanup.kill();
        QVERIFY(cleanup.waitForFinished());

        Database db;
        QVERIFY(db.open(database()));
        QString integrity;
        QVERIFY2(db.checkIntegrity(&integrity), qPrintable(integrity));
        QSqlQuery query(db.connection());
        QVERIFY(query.exec(QStringLiteral(
            "INSERT INTO article_search (article_search) VALUES ('integrity-check')")));
        QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM articles")) && query.next());
        const int left = query.value(0).toInt();
        qInfo() << "killed after" << delayMs << "ms:" << left << "articles left";
        QVERIFY2(left == 0 || left == kArticles, qPrintable(QString::number(left)));
        // No photo row without an article that shows it, and no link without its article.
        QVERIFY(query.exec(QStringLiteral(
                    "SELECT count(*) FROM images WHERE key NOT IN (SELECT image_key FROM "
                    "article_images)")) &&
                query.next());
        QCOMPARE(query.value(0).toInt(), 0);
        QVERIFY(query.exec(QStringLiteral("PRAGMA foreign_key_check")));
        QVERIFY(!query.next());
        if (left == 0)
            break;
    }
    const AppRun r = run({QStringLiteral("--cleanup")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM articles")), 0);
}

QTEST_GUILESS_MAIN(TestCleanupCli)
#include "tst_cleanup_cli.moc"
