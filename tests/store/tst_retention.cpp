#include "StoreFixtures.h"
#include "SyntheticProse.h"
#include "html/HtmlSanitizer.h"
#include "store/ArticleQueries.h"
#include "store/ArticleStore.h"
#include "store/Database.h"
#include "store/ImageCache.h"
#include "store/StoreCleaner.h"
#include "store/StoreStats.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace ichq;

namespace {

const QUrl kFeed(QStringLiteral("https://www.ichongqing.info/feed/"));
const QDateTime kNow(QDate(2026, 12, 1), QTime(12, 0), Qt::UTC);

// Makes an article `days` old: published and first seen then.
bool age(Database &db, const QString &key, int days)
{
    QSqlQuery query(db.connection());
    query.prepare(
        QStringLiteral("UPDATE articles SET published = ?, first_seen = ? WHERE guid = ?"));
    const qint64 when = kNow.addDays(-days).toSecsSinceEpoch();
    query.addBindValue(when);
    query.addBindValue(when);
    query.addBindValue(key);
    return query.exec() && query.numRowsAffected() == 1;
}

qint64 idOf(Database &db, const QString &key)
{
    QSqlQuery query(db.connection());
    query.prepare(QStringLiteral("SELECT id FROM articles WHERE guid = ?"));
    query.addBindValue(key);
    return query.exec() && query.next() ? query.value(0).toLongLong() : 0;
}

int count(Database &db, const QString &sql)
{
    QSqlQuery query(db.connection());
    return query.exec(sql) && query.next() ? query.value(0).toInt() : -1;
}

} // namespace

class TestRetention : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void oldArticlesGoStarredOnesStay();
    void ageCountsFromArrivalToo();
    void photosGoUnlessAKeptArticleShowsThem();
    void aDeletedArticleDoesNotComeBack();
    void foreverKeepsEverything();
    void photoLimitEvictsTheOldestReadFirst();
    void evictedPhotosWaitForTheirArticle();
    void strayFilesAreRemovedFreshOnesKept();
    void theSpaceIsGivenBack();
    void aDaysDeletionsAreGivenBackToo();
    void theSearchIndexIsRewrittenWhenItSwells();
    void statsCountWhatIsStored();

private:
    QList<PreparedArticle> storeArticles(int count);
    void cachePhotoOf(const PreparedArticle &article, qsizetype bytes = 1000);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<ImageCache> m_images;
};

void TestRetention::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_db = std::make_unique<Database>();
    QVERIFY(m_db->open(m_dir->filePath(QStringLiteral("reader.sqlite"))));
    m_images = std::make_unique<ImageCache>(*m_db, m_dir->filePath(QStringLiteral("images")));
}

void TestRetention::cleanup()
{
    m_images.reset();
    m_db.reset();
    m_dir.reset();
}

QList<PreparedArticle> TestRetention::storeArticles(int count)
{
    const QList<PreparedArticle> articles = test::makeArticles(0, count);
    const StoreOutcome stored = ArticleStore(*m_db).storeFeed(kFeed, {}, articles);
    if (!stored.ok)
        qWarning() << stored.error;
    return articles;
}

void TestRetention::cachePhotoOf(const PreparedArticle &article, qsizetype bytes)
{
    const QString key = imageKeyForUrl(article.imageUrls.first());
    QVERIFY(m_images->store(key, QByteArray(bytes, 'x'), "image/jpeg", 10, 10));
}

void TestRetention::oldArticlesGoStarredOnesStay()
{
    const QList<PreparedArticle> articles = storeArticles(6);
    const int ages[] = {5, 40, 89, 91, 200, 400};
    for (int i = 0; i < 6; ++i)
        QVERIFY(age(*m_db, articles[i].key, ages[i]));
    QVERIFY(ArticleStore(*m_db).setStarred(idOf(*m_db, articles[5].key), true));

    const CleanupReport report = StoreCleaner(*m_images).run({90, 0}, kNow);
    QVERIFY2(report.ok, qPrintable(report.error));
    QCOMPARE(report.articlesDeleted, 2);
    QVERIFY(idOf(*m_db, articles[2].key) > 0);
    QCOMPARE(idOf(*m_db, articles[3].key), 0);
    QCOMPARE(idOf(*m_db, articles[4].key), 0);
    QVERIFY(idOf(*m_db, articles[5].key) > 0); // starred
    // Gone from search too, and the index agrees with the table.
    ArticleFilter search;
    search.search = QStringLiteral("article 4 about");
    QCOMPARE(ArticleQueries(*m_db).count(search), 0);
    QSqlQuery check(m_db->connection());
    QVERIFY(check.exec(
        QStringLiteral("INSERT INTO article_search (article_search) VALUES ('integrity-check')")));
    QVERIFY(report.summaryLine().contains(QStringLiteral("2 article")));
}

// A feed read for the first time may list posts older than the horizon: they stay as long as
// new ones would, counted from their arrival.
void TestRetention::ageCountsFromArrivalToo()
{
    const QList<PreparedArticle> articles = storeArticles(1);
    QSqlQuery query(m_db->connection());
    QVERIFY(query.exec(QStringLiteral("UPDATE articles SET published = %1, first_seen = %2")
                           .arg(kNow.addDays(-400).toSecsSinceEpoch())
                           .arg(kNow.addDays(-10).toSecsSinceEpoch())));
    QCOMPARE(StoreCleaner(*m_images).run({90, 0}, kNow).articlesDeleted, 0);
    QCOMPARE(StoreCleaner(*m_images).run({90, 0}, kNow.addDays(81)).articlesDeleted, 1);
}

void TestRetention::photosGoUnlessAKeptArticleShowsThem()
{
    QList<PreparedArticle> articles = test::makeArticles(0, 3);
    // Article 2 (kept) shows article 0's photo too.
    articles[2].imageUrls << articles[0].imageUrls.first();
    QVERIFY(ArticleStore(*m_db).storeFeed(kFeed, {}, articles).ok);
    for (const PreparedArticle &article : std::as_const(articles))
        cachePhotoOf(article);
    QVERIFY(age(*m_db, articles[0].key, 100));
    QVERIFY(age(*m_db, articles[1].key, 100));
    const QString shared = imageKeyForUrl(articles[0].imageUrls.first());
    const QString own = imageKeyForUrl(articles[1].imageUrls.first());

    const CleanupReport report = StoreCleaner(*m_images).run({90, 0}, kNow);
    QCOMPARE(report.articlesDeleted, 2);
    QCOMPARE(report.photosDeleted, 1);
    QCOMPARE(report.photoBytesFreed, 1000);
    QVERIFY(m_images->contains(shared));
    QVERIFY(QFile::exists(m_images->filePath(shared)));
    QVERIFY(!m_images->contains(own));
    QVERIFY(!QFile::exists(m_images->filePath(own)));
    QCOMPARE(count(*m_db, QStringLiteral("SELECT count(*) FROM images")), 2);
}

void TestRetention::aDeletedArticleDoesNotComeBack()
{
    const QList<PreparedArticle> articles = storeArticles(3);
    QVERIFY(age(*m_db, articles[0].key, 100));
    QCOMPARE(StoreCleaner(*m_images).run({90, 0}, kNow).articlesDeleted, 1);

    // The feed still lists it.
    const StoreOutcome again = ArticleStore(*m_db).storeFeed(kFeed, {}, articles);
    QVERIFY(again.ok);
    QCOMPARE(again.added, 0);
    QCOMPARE(idOf(*m_db, articles[0].key), 0);
    QCOMPARE(ArticleQueries(*m_db).totalArticles(), 2);
    // A year after, the key is forgotten.
    StoreCleaner(*m_images).run({0, 0}, kNow.addDays(400));
    QCOMPARE(count(*m_db, QStringLiteral("SELECT count(*) FROM expired_articles")), 0);
}

void TestRetention::foreverKeepsEverything()
{
    const QList<PreparedArticle> articles = storeArticles(3);
    QVERIFY(age(*m_db, articles[0].key, 5000));
    const CleanupReport report = StoreCleaner(*m_images).run({0, 0}, kNow);
    QVERIFY(report.ok);
    QCOMPARE(report.articlesDeleted, 0);
    QCOMPARE(ArticleQueries(*m_db).totalArticles(), 3);
    QVERIFY(report.summaryLine().startsWith(QStringLiteral("Nothing to clean up")));
}

void TestRetention::photoLimitEvictsTheOldestReadFirst()
{
    const QList<PreparedArticle> articles = storeArticles(5);
    for (int i = 0; i < 5; ++i) {
        cachePhotoOf(articles[i]);
        QVERIFY(age(*m_db, articles[i].key, 50 - i)); // 0 is the oldest
    }
    ArticleStore store(*m_db);
    // Read: 1, 3 and 4 (0 is the oldest but unread); starred: 1.
    for (const int i : {1, 3, 4})
        QVERIFY(store.setRead(idOf(*m_db, articles[i].key), true));
    QVERIFY(store.setStarred(idOf(*m_db, articles[1].key), true));
    const auto cached = [this, &articles](int i) {
        return m_images->contains(imageKeyForUrl(articles[i].imageUrls.first()));
    };

    // 5000 bytes stored, at most 3000: two go, the read ones (not starred) oldest first.
    CleanupReport report = StoreCleaner(*m_images).run({0, 3000}, kNow);
    QVERIFY2(report.ok, qPrintable(report.error));
    QCOMPARE(report.photosDeleted, 2);
    QVERIFY(cached(0) && cached(1) && cached(2));
    QVERIFY(!cached(3) && !cached(4));

    // At most 1500: then the unread ones, oldest first; the starred one stays.
    report = StoreCleaner(*m_images).run({0, 1500}, kNow);
    QCOMPARE(report.photosDeleted, 2);
    QVERIFY(!cached(0) && !cached(2));
    QVERIFY(cached(1));
}

// An evicted photo is not fetched again by the next refresh, only when its article is opened.
void TestRetention::evictedPhotosWaitForTheirArticle()
{
    const QList<PreparedArticle> articles = storeArticles(2);
    cachePhotoOf(articles[0]);
    cachePhotoOf(articles[1]);
    QVERIFY(StoreCleaner(*m_images).run({0, 1000}, kNow).ok);
    QCOMPARE(m_images->countInState(ImageCache::State::Evicted), 1);
    QVERIFY(m_images->pending().isEmpty());
    int missing = 0;
    for (const PreparedArticle &article : articles)
        missing += int(m_images->missingFor(idOf(*m_db, article.key)).size());
    QCOMPARE(missing, 1);
}

void TestRetention::strayFilesAreRemovedFreshOnesKept()
{
    const QList<PreparedArticle> articles = storeArticles(1);
    cachePhotoOf(articles[0]);
    const QString stray = m_images->filePath(QString(64, QLatin1Char('a')));
    const QString fresh = m_images->filePath(QString(64, QLatin1Char('b')));
    const QString partial =
        m_images->filePath(QString(64, QLatin1Char('c'))) + QStringLiteral(".part");
    const QString mine = m_images->directory() + QStringLiteral("/aa/notes.txt");
    for (const QString &path : {stray, fresh, partial, mine}) {
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("12345");
        QVERIFY(file.flush());
        if (path != fresh)
            QVERIFY(file.setFileTime(kNow.addDays(-1), QFileDevice::FileModificationTime));
    }
    const CleanupReport report =
        StoreCleaner(*m_images).run({90, 0}, QDateTime::currentDateTimeUtc());
    QCOMPARE(report.photosDeleted, 2);
    QVERIFY(!QFile::exists(stray));
    QVERIFY(!QFile::exists(partial));
    QVERIFY(QFile::exists(fresh)); // perhaps being written by a refresh right now
    QVERIFY(QFile::exists(mine));
    QVERIFY(QFile::exists(m_images->filePath(imageKeyForUrl(articles[0].imageUrls.first()))));
}

void TestRetention::theSpaceIsGivenBack()
{
    QList<PreparedArticle> articles = test::makeArticles(0, 1500);
    // Varied prose: the text is kept compressed with the body, and a repeated letter would make
    // a store too small to vacuum.
    for (int i = 0; i < articles.size(); ++i)
        articles[i].bodyText += test::syntheticParagraph(quint32(i), false, 4000);
    QVERIFY(ArticleStore(*m_db).storeFeed(kFeed, {}, articles).ok);
    QSqlQuery query(m_db->connection());
    QVERIFY(query.exec(
        QStringLiteral("UPDATE articles SET published = %1, first_seen = %1 WHERE id % 10 != 0")
            .arg(kNow.addDays(-100).toSecsSinceEpoch())));
    QVERIFY(query.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
    query.finish();
    const qint64 before = databaseBytesOnDisk(m_db->filePath());

    const CleanupReport report = StoreCleaner(*m_images).run({90, 0}, kNow);
    QVERIFY2(report.ok, qPrintable(report.error));
    QCOMPARE(report.articlesDeleted, 1350);
    QVERIFY(report.vacuumed);
    QCOMPARE(report.databaseBytesBefore, before);
    QVERIFY2(report.databaseBytesAfter < before / 3,
             qPrintable(QStringLiteral("%1 -> %2").arg(before).arg(report.databaseBytesAfter)));
    QCOMPARE(databaseBytesOnDisk(m_db->filePath()), report.databaseBytesAfter);
    QString integrity;
    QVERIFY2(m_db->checkIntegrity(&integrity), qPrintable(integrity));
}

// Fewer than a quarter of the pages free: no VACUUM, the freed pages go back one by one.
void TestRetention::aDaysDeletionsAreGivenBackToo()
{
    QList<PreparedArticle> articles = test::makeArticles(0, 600);
    for (PreparedArticle &article : articles)
        article.bodyText += QString(3000, QLatin1Char('y'));
    QVERIFY(ArticleStore(*m_db).storeFeed(kFeed, {}, articles).ok);
    QVERIFY(StoreCleaner(*m_images).run({90, 0}, kNow).ok); // the store as it is after a day
    for (int i = 0; i < 60; ++i)
        QVERIFY(age(*m_db, articles[i].key, 100));
    const CleanupReport report = StoreCleaner(*m_images).run({90, 0}, kNow);
    QVERIFY2(report.ok, qPrintable(report.error));
    QCOMPARE(report.articlesDeleted, 60);
    QVERIFY(!report.vacuumed);
    QCOMPARE(count(*m_db, QStringLiteral("PRAGMA freelist_count")), 0);
    QCOMPARE(count(*m_db, QStringLiteral("PRAGMA auto_vacuum")), 2);
}

// Changed and deleted articles leave their terms in the index until its segments are merged:
// once it is half as large again per article as the most compact it has been, it is rewritten.
// The measure is not the index of the first, small refresh, whose entries changed when the whole
// articles came: taken as the measure, it let bench_year's index swell to three times its size.
void TestRetention::theSearchIndexIsRewrittenWhenItSwells()
{
    const auto articles = [](int first, int count, int edition) {
        QList<PreparedArticle> list = test::makeArticles(first, count);
        for (int i = 0; i < count; ++i) {
            list[i].bodyText =
                test::syntheticParagraph(quint32(first + i + edition * 7919), false, 3000);
            list[i].bodyHtml = QStringLiteral("<p>") + list[i].bodyText + QStringLiteral("</p>");
        }
        return list;
    };
    const auto blocks = [this] {
        return count(*m_db, QStringLiteral("SELECT count(*) FROM article_search_data"));
    };
    // The first refresh: summaries, then the whole articles' text in their place.
    QVERIFY(ArticleStore(*m_db).storeFeed(kFeed, {}, articles(0, 30, 0)).ok);
    QVERIFY(ArticleStore(*m_db).storeFeed(kFeed, {}, articles(0, 30, 1)).ok);
    QVERIFY(StoreCleaner(*m_images).run({0, 0}, kNow).ok);
    QVERIFY(ArticleStore(*m_db).storeFeed(kFeed, {}, articles(30, 600, 0)).ok);
    QVERIFY(StoreCleaner(*m_images).run({0, 0}, kNow).ok); // the store grown
    for (int edition = 2; edition <= 4; ++edition) // every article's text changes three times
        QVERIFY(ArticleStore(*m_db).storeFeed(kFeed, {}, articles(0, 630, edition)).ok);
    const int swollen = blocks();

    QVERIFY(StoreCleaner(*m_images).run({0, 0}, kNow).ok);
    const int cleaned = blocks();
    QSqlQuery rewrite(m_db->connection());
    QVERIFY(rewrite.exec(
        QStringLiteral("INSERT INTO article_search (article_search) VALUES ('optimize')")));
    const int compact = blocks();
    // Swollen past the rewrite's threshold (half as large again): 1.7 times, with words.
    QVERIFY2(2 * swollen > 3 * compact,
             qPrintable(QStringLiteral("%1 %2").arg(swollen).arg(compact)));
    QVERIFY2(cleaned <= compact + compact / 10,
             qPrintable(QStringLiteral("%1 blocks, %2 compact").arg(cleaned).arg(compact)));
}

void TestRetention::statsCountWhatIsStored()
{
    const QList<PreparedArticle> articles = storeArticles(4);
    cachePhotoOf(articles[0], 1234);
    cachePhotoOf(articles[1], 766);
    ArticleStore store(*m_db);
    QVERIFY(store.setRead(idOf(*m_db, articles[0].key), true));
    QVERIFY(store.setStarred(idOf(*m_db, articles[0].key), true));
    QVERIFY(store.setStarred(idOf(*m_db, articles[1].key), true));
    QVERIFY(age(*m_db, articles[2].key, 40));

    StoreStats stats;
    QVERIFY(readStoreStats(*m_db, &stats));
    QCOMPARE(stats.articles, 4);
    QCOMPARE(stats.starred, 2);
    QCOMPARE(stats.unread, 3);
    QCOMPARE(stats.images, 2);
    QCOMPARE(stats.imageBytes, 2000);
    QVERIFY(stats.databaseBytes > 0);
    QCOMPARE(stats.oldest, kNow.addDays(-40));
    QCOMPARE(stats.newest, articles[3].published);
}

QTEST_GUILESS_MAIN(TestRetention)
#include "tst_retention.moc"
