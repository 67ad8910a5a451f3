#include "StoreFixtures.h"
#include "html/HtmlSanitizer.h"
#include "store/ArticleQueries.h"
#include "store/ArticleStore.h"
#include "store/Database.h"
#include "store/FeedStateStore.h"
#include "store/ImageCache.h"
#include "store/Schema.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace ichq;

class TestStore : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();

    void freshDatabaseIsMigratedToLatest();
    void reopeningKeepsDataAndVersion();
    void newerSchemaIsRefused();
    void olderSchemaIsMigratedKeepingData();
    void upsertCountsAddedUpdatedUnchanged();
    void updatedBodyReplacesOld();
    void readAndStarredSurviveRefresh();
    void sameKeyInTwoFeedsIsTwoArticles();
    void repeatedItemInOneFeedCountsOnce();
    void failedWriteRollsBackWholeFeed();
    void sectionsCountUnread();
    void sectionFilter();
    void feedsRestrictListsAndCounts();
    void feedsRestrictSectionsAndMarkAllRead();
    void articleHtmlIsStoredCompressed();
    void pagingIsStableAndOrdered();
    void feedStateKeepsValidators();
    void imagesArePendingUntilCached();
    void failedImagesAreRetriedRefusedAreNot();
    void imageKeysAreValidated();

private:
    QUrl feedUrl() const { return QUrl(QStringLiteral("https://www.ichongqing.info/feed/")); }
    int count(const QString &search) const;
    // An edition of its own: 4 Chinese stories (sections 新闻 and Chongqing), stored under an
    // address that needs encoding.
    QUrl chineseFeedUrl() const
    {
        return QUrl(QStringLiteral("https://cn.example.com/新闻/feed/"));
    }
    bool storeTwoEditions();

    QTemporaryDir *m_dir = nullptr;
    Database *m_db = nullptr;
};

void TestStore::init()
{
    m_dir = new QTemporaryDir;
    QVERIFY(m_dir->isValid());
    m_db = new Database;
    QString error;
    QVERIFY2(m_db->open(m_dir->filePath(QStringLiteral("reader.sqlite")), &error),
             qPrintable(error));
}

void TestStore::cleanup()
{
    delete m_db;
    delete m_dir;
    m_db = nullptr;
    m_dir = nullptr;
}

int TestStore::count(const QString &search) const
{
    ArticleFilter filter;
    filter.search = search;
    return ArticleQueries(*m_db).count(filter);
}

void TestStore::freshDatabaseIsMigratedToLatest()
{
    QCOMPARE(m_db->schemaVersion(), Database::latestSchemaVersion());
    QVERIFY(Database::latestSchemaVersion() >= 1);
    QSqlQuery query(m_db->connection());
    QVERIFY(query.exec(QStringLiteral("PRAGMA journal_mode")));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toString(), QStringLiteral("wal"));
    for (const char *table : {"feeds", "articles", "categories", "images", "article_search"}) {
        QVERIFY2(m_db->connection().tables(QSql::AllTables).contains(QLatin1String(table)), table);
    }
}

void TestStore::reopeningKeepsDataAndVersion()
{
    QVERIFY(ArticleStore(*m_db).storeFeed(feedUrl(), {}, test::makeArticles(0, 5)).ok);
    const QString path = m_db->filePath();
    m_db->close();
    Database again;
    QVERIFY(again.open(path));
    QCOMPARE(again.schemaVersion(), Database::latestSchemaVersion());
    QCOMPARE(ArticleQueries(again).totalArticles(), 5);
}

void TestStore::newerSchemaIsRefused()
{
    QSqlQuery query(m_db->connection());
    QVERIFY(query.exec(
        QStringLiteral("PRAGMA user_version=%1").arg(Database::latestSchemaVersion() + 1)));
    const QString path = m_db->filePath();
    m_db->close();
    Database again;
    QString error;
    QVERIFY(!again.open(path, &error));
    QVERIFY2(error.contains(QStringLiteral("newer version")), qPrintable(error));
}

void TestStore::olderSchemaIsMigratedKeepingData()
{
    const QString path = m_dir->filePath(QStringLiteral("v1.sqlite"));
    {
        QSqlDatabase raw =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v1"));
        raw.setDatabaseName(path);
        QVERIFY(raw.open());
        QSqlQuery query(raw);
        for (const QString &statement : schemaMigrations().at(0))
            QVERIFY2(query.exec(statement), qPrintable(statement));
        QVERIFY(query.exec(QStringLiteral("PRAGMA user_version=1")));
        QVERIFY(
            query.exec(QStringLiteral("INSERT INTO feeds (url) VALUES ('https://x.test/feed')")));
        QVERIFY(query.exec(QStringLiteral(
            "INSERT INTO articles (feed_id, guid, title, content_hash, first_seen, is_starred) "
            "VALUES (1, 'g1', 'Kept through the migration', 'h', 1700000000, 1)")));
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("v1"));

    Database migrated;
    QString error;
    QVERIFY2(migrated.open(path, &error), qPrintable(error));
    QCOMPARE(migrated.schemaVersion(), Database::latestSchemaVersion());
    const auto rows = ArticleQueries(migrated).list({});
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.first().title, QStringLiteral("Kept through the migration"));
    QVERIFY(rows.first().starred);
    ArticleFilter search;
    search.search = QStringLiteral("through the migration");
    QCOMPARE(ArticleQueries(migrated).count(search), 1);
    QSqlQuery plan(migrated.connection());
    QVERIFY(plan.exec(
        QStringLiteral("EXPLAIN QUERY PLAN SELECT a.id FROM articles a "
                       "ORDER BY COALESCE(a.published, a.first_seen) DESC, a.id DESC LIMIT 100")));
    QString details;
    while (plan.next())
        details += plan.value(3).toString();
    QVERIFY2(details.contains(QStringLiteral("articles_by_shown_date")), qPrintable(details));
}

void TestStore::upsertCountsAddedUpdatedUnchanged()
{
    ArticleStore store(*m_db);
    StoreOutcome first = store.storeFeed(feedUrl(), {}, test::makeArticles(0, 10));
    QVERIFY(first.ok);
    QCOMPARE(first.added, 10);
    QCOMPARE(first.updated, 0);

    QList<PreparedArticle> second = test::makeArticles(0, 12);
    second[3] = test::makeArticle(3, QStringLiteral("corrected"));
    const StoreOutcome again = store.storeFeed(feedUrl(), {}, second);
    QVERIFY(again.ok);
    QCOMPARE(again.added, 2);
    QCOMPARE(again.updated, 1);
    QCOMPARE(again.unchanged, 9);
    QCOMPARE(ArticleQueries(*m_db).totalArticles(), 12);
}

void TestStore::updatedBodyReplacesOld()
{
    ArticleStore store(*m_db);
    QVERIFY(store.storeFeed(feedUrl(), {}, {test::makeArticle(1)}).ok);
    QVERIFY(
        store.storeFeed(feedUrl(), {}, {test::makeArticle(1, QStringLiteral("Correction"))}).ok);
    const auto rows = ArticleQueries(*m_db).list({});
    QCOMPARE(rows.size(), 1);
    const auto article = ArticleQueries(*m_db).article(rows.first().id);
    QVERIFY(article);
    QVERIFY(article->bodyHtml.contains(QStringLiteral("Correction")));
}

void TestStore::readAndStarredSurviveRefresh()
{
    ArticleStore store(*m_db);
    QVERIFY(store.storeFeed(feedUrl(), {}, test::makeArticles(0, 3)).ok);
    const auto rows = ArticleQueries(*m_db).list({});
    QVERIFY(store.setRead(rows.at(0).id, true));
    QVERIFY(store.setStarred(rows.at(1).id, true));
    // Unchanged and changed articles alike keep their flags.
    QVERIFY(store.storeFeed(feedUrl(), {}, test::makeArticles(0, 3, QStringLiteral("v2"))).ok);
    const auto after = ArticleQueries(*m_db).article(rows.at(0).id);
    QVERIFY(after->read);
    QVERIFY(after->bodyHtml.contains(QStringLiteral("v2")));
    QVERIFY(ArticleQueries(*m_db).article(rows.at(1).id)->starred);
    QVERIFY(!ArticleQueries(*m_db).article(rows.at(2).id)->read);
}

void TestStore::sameKeyInTwoFeedsIsTwoArticles()
{
    ArticleStore store(*m_db);
    QVERIFY(store.storeFeed(feedUrl(), {}, {test::makeArticle(1)}).ok);
    QVERIFY(
        store
            .storeFeed(QUrl(QStringLiteral("https://example.org/feed")), {}, {test::makeArticle(1)})
            .ok);
    QCOMPARE(ArticleQueries(*m_db).totalArticles(), 2);
}

void TestStore::repeatedItemInOneFeedCountsOnce()
{
    const StoreOutcome outcome = ArticleStore(*m_db).storeFeed(
        feedUrl(), {}, {test::makeArticle(1), test::makeArticle(1), test::makeArticle(2)});
    QVERIFY(outcome.ok);
    QCOMPARE(outcome.added, 2);
    QCOMPARE(ArticleQueries(*m_db).totalArticles(), 2);
}

void TestStore::failedWriteRollsBackWholeFeed()
{
    ArticleStore store(*m_db);
    QVERIFY(store.storeFeed(feedUrl(), {}, test::makeArticles(0, 3)).ok);
    // A trigger that fails on the fourth article makes the write fail mid-transaction.
    QSqlQuery query(m_db->connection());
    QVERIFY(query.exec(QStringLiteral(
        "CREATE TRIGGER fail_on_poison BEFORE INSERT ON articles WHEN new.title LIKE '%poison%' "
        "BEGIN SELECT RAISE(ABORT, 'poisoned'); END")));
    QList<PreparedArticle> batch = test::makeArticles(0, 6, QStringLiteral("changed"));
    batch[4].title = QStringLiteral("poison");
    const StoreOutcome outcome = store.storeFeed(feedUrl(), {}, batch);
    QVERIFY(!outcome.ok);
    QVERIFY(outcome.error.contains(QStringLiteral("poisoned")));
    QCOMPARE(ArticleQueries(*m_db).totalArticles(), 3);
    QCOMPARE(count(QStringLiteral("changed")), 0);
}

void TestStore::sectionsCountUnread()
{
    ArticleStore store(*m_db);
    QVERIFY(store.storeFeed(feedUrl(), {}, test::makeArticles(0, 9)).ok);
    QList<Section> sections = ArticleQueries(*m_db).sections();
    // In the order the feed first listed them (article 0: Culture, Chongqing; 1: News), not by
    // size.
    QCOMPARE(sections.size(), 3);
    QCOMPARE(sections.at(0).name, QStringLiteral("Culture"));
    QCOMPARE(sections.at(0).total, 3);
    QCOMPARE(sections.at(1).name, QStringLiteral("Chongqing"));
    QCOMPARE(sections.at(1).total, 9);
    QCOMPARE(sections.at(2).name, QStringLiteral("News"));
    QCOMPARE(sections.at(2).total, 6);
    QVERIFY(store.markAllRead(QStringLiteral("Culture")));
    sections = ArticleQueries(*m_db).sections();
    QCOMPARE(sections.at(0).unread, 0);
    QCOMPARE(sections.at(1).unread, 6);
}

void TestStore::sectionFilter()
{
    QVERIFY(ArticleStore(*m_db).storeFeed(feedUrl(), {}, test::makeArticles(0, 9)).ok);
    ArticleFilter filter;
    filter.section = QStringLiteral("Culture");
    const auto rows = ArticleQueries(*m_db).list(filter);
    QCOMPARE(rows.size(), 3);
    for (const auto &row : rows)
        QVERIFY(row.categories.contains(QStringLiteral("Culture")));
}

bool TestStore::storeTwoEditions()
{
    QList<PreparedArticle> chinese = test::makeArticles(100, 4);
    for (PreparedArticle &article : chinese) {
        article.title = QStringLiteral("重庆中文版 ") + article.title;
        article.categories = {QStringLiteral("新闻"), QStringLiteral("Chongqing")};
    }
    ArticleStore store(*m_db);
    return store.storeFeed(feedUrl(), {}, test::makeArticles(0, 9)).ok &&
           store.storeFeed(chineseFeedUrl(), {}, chinese).ok;
}

void TestStore::feedsRestrictListsAndCounts()
{
    QVERIFY(storeTwoEditions());
    const ArticleQueries queries(*m_db);
    ArticleFilter filter;
    QCOMPARE(queries.count(filter), 13); // no restriction: every feed
    filter.feeds = {chineseFeedUrl()};
    QCOMPARE(queries.count(filter), 4);
    const QList<ArticleSummary> rows = queries.list(filter);
    QCOMPARE(rows.size(), 4);
    for (const ArticleSummary &row : rows)
        QVERIFY2(row.title.startsWith(QStringLiteral("重庆中文版")), qPrintable(row.title));
    filter.feeds = {feedUrl()};
    QCOMPARE(queries.count(filter), 9);
    for (const ArticleSummary &row : queries.list(filter))
        QVERIFY2(!row.title.startsWith(QStringLiteral("重庆中文版")), qPrintable(row.title));
    filter.feeds = {feedUrl(), chineseFeedUrl()};
    QCOMPARE(queries.list(filter).size(), 13);
    // A feed never stored: nothing, not everything.
    filter.feeds = {QUrl(QStringLiteral("https://elsewhere.example.com/feed/"))};
    QCOMPARE(queries.count(filter), 0);
    QVERIFY(queries.list(filter).isEmpty());

    // Search, sections and the unread switch stay within the feeds.
    filter.feeds = {chineseFeedUrl()};
    filter.search = QStringLiteral("Yangtze");
    QCOMPARE(queries.count(filter), 4);
    filter.search = QStringLiteral("解放碑");
    QCOMPARE(queries.list(filter).size(), 4);
    filter.search.clear();
    filter.section = QStringLiteral("Culture");
    QCOMPARE(queries.count(filter), 0);
    filter.section = QStringLiteral("Chongqing");
    QCOMPARE(queries.count(filter), 4);
    filter.feeds = {feedUrl()};
    QCOMPARE(queries.count(filter), 9);
    filter.section.clear();
    filter.unreadOnly = true;
    QVERIFY(ArticleStore(*m_db).setRead(rows.first().id, true));
    QCOMPARE(queries.count(filter), 9);
    filter.feeds = {chineseFeedUrl()};
    QCOMPARE(queries.count(filter), 3);
}

void TestStore::feedsRestrictSectionsAndMarkAllRead()
{
    QVERIFY(storeTwoEditions());
    const ArticleQueries queries(*m_db);
    auto byName = [](const QList<Section> &sections) {
        QHash<QString, QPair<int, int>> counts;
        for (const Section &section : sections)
            counts.insert(section.name, {section.total, section.unread});
        return counts;
    };
    const auto all = byName(queries.sections());
    QCOMPARE(all.value(QStringLiteral("Chongqing")), qMakePair(13, 13));
    QCOMPARE(all.value(QStringLiteral("新闻")), qMakePair(4, 4));
    const auto chinese = byName(queries.sections({chineseFeedUrl()}));
    QCOMPARE(chinese.size(), 2);
    QCOMPARE(chinese.value(QStringLiteral("Chongqing")), qMakePair(4, 4));
    QCOMPARE(chinese.value(QStringLiteral("新闻")), qMakePair(4, 4));
    const auto english = byName(queries.sections({feedUrl()}));
    QCOMPARE(english.size(), 3);
    QVERIFY(!english.contains(QStringLiteral("新闻")));
    QCOMPARE(english.value(QStringLiteral("Chongqing")), qMakePair(9, 9));

    // "Mark all as read" in one edition leaves the other alone, with or without a section.
    QVERIFY(ArticleStore(*m_db).markAllRead(QStringLiteral("Chongqing"), {chineseFeedUrl()}));
    QCOMPARE(byName(queries.sections({chineseFeedUrl()})).value(QStringLiteral("新闻")),
             qMakePair(4, 0));
    QCOMPARE(byName(queries.sections({feedUrl()})).value(QStringLiteral("Chongqing")),
             qMakePair(9, 9));
    QVERIFY(ArticleStore(*m_db).markAllRead({}, {feedUrl()}));
    QCOMPARE(byName(queries.sections()).value(QStringLiteral("Chongqing")), qMakePair(13, 0));
}

// Most of the store is the articles' HTML: it is kept compressed, and reads back whole. A row
// written before, as text, reads as it is.
void TestStore::articleHtmlIsStoredCompressed()
{
    PreparedArticle article = test::makeArticle(7);
    for (int i = 0; i < 40; ++i)
        article.bodyHtml += QStringLiteral("<p>Paragraph %1 of the story about the cableway over "
                                           "the Yangtze, and 长江索道 at night.</p>")
                                .arg(i);
    QVERIFY(ArticleStore(*m_db).storeFeed(feedUrl(), {}, {article}).ok);
    QSqlQuery query(m_db->connection());
    QVERIFY(query.exec(QStringLiteral("SELECT id, typeof(body_html), length(body_html) "
                                      "FROM articles")));
    QVERIFY(query.next());
    const qint64 id = query.value(0).toLongLong();
    QCOMPARE(query.value(1).toString(), QStringLiteral("blob"));
    QVERIFY2(query.value(2).toLongLong() * 3 < article.bodyHtml.toUtf8().size(),
             qPrintable(query.value(2).toString()));
    query.finish();
    QCOMPARE(ArticleQueries(*m_db).article(id)->bodyHtml, article.bodyHtml);

    QVERIFY(query.exec(QStringLiteral("UPDATE articles SET body_html = '<p>Written before</p>' "
                                      "WHERE id = %1")
                           .arg(id)));
    QCOMPARE(ArticleQueries(*m_db).article(id)->bodyHtml, QStringLiteral("<p>Written before</p>"));
}

void TestStore::pagingIsStableAndOrdered()
{
    QVERIFY(ArticleStore(*m_db).storeFeed(feedUrl(), {}, test::makeArticles(0, 250)).ok);
    ArticleFilter filter;
    filter.limit = 100;
    QList<qint64> ids;
    QDateTime previous = QDateTime::currentDateTimeUtc();
    for (int page = 0; page < 3; ++page) {
        filter.offset = page * 100;
        for (const auto &row : ArticleQueries(*m_db).list(filter)) {
            QVERIFY(row.published <= previous);
            previous = row.published;
            ids << row.id;
        }
    }
    QCOMPARE(ids.size(), 250);
    QCOMPARE(QSet<qint64>(ids.cbegin(), ids.cend()).size(), 250);
}

void TestStore::feedStateKeepsValidators()
{
    FeedStateStore states(*m_db);
    QCOMPARE(states.state(feedUrl()).id, 0);
    QVERIFY(states.recordSuccess(feedUrl(), "\"abc\"", "Wed, 25 Nov 2026 10:00:00 GMT"));
    FeedState state = states.state(feedUrl());
    QCOMPARE(state.etag, QByteArray("\"abc\""));
    QCOMPARE(state.lastModified, QByteArray("Wed, 25 Nov 2026 10:00:00 GMT"));
    QVERIFY(state.lastSuccess.isValid());
    const QDateTime later = QDateTime::currentDateTimeUtc().addSecs(600);
    QVERIFY(states.recordFailure(feedUrl(), QStringLiteral("busy"), later));
    state = states.state(feedUrl());
    QCOMPARE(state.failures, 1);
    QCOMPARE(state.lastError, QStringLiteral("busy"));
    QCOMPARE(state.retryAfter.toSecsSinceEpoch(), later.toSecsSinceEpoch());
    QCOMPARE(state.etag, QByteArray("\"abc\"")); // a failure keeps the validators
}

void TestStore::imagesArePendingUntilCached()
{
    QVERIFY(ArticleStore(*m_db).storeFeed(feedUrl(), {}, test::makeArticles(0, 3)).ok);
    ImageCache cache(*m_db, m_dir->filePath(QStringLiteral("images")));
    QList<PendingImage> pending = cache.pending();
    QCOMPARE(pending.size(), 3);
    const PendingImage first = pending.first();
    QCOMPARE(first.key, imageKeyForUrl(first.url));
    QVERIFY(!cache.contains(first.key));
    QVERIFY(cache.store(first.key, "GIF89a-bytes", "image/gif", 1, 1));
    QVERIFY(cache.contains(first.key));
    const auto cached = cache.read(first.key);
    QVERIFY(cached);
    QCOMPARE(cached->bytes, QByteArray("GIF89a-bytes"));
    QCOMPARE(cached->mimeType, QByteArray("image/gif"));
    QCOMPARE(cache.pending().size(), 2);
    // A refresh that lists the same images again does not make them pending again.
    QVERIFY(ArticleStore(*m_db)
                .storeFeed(feedUrl(), {}, test::makeArticles(0, 3, QStringLiteral("x")))
                .ok);
    QCOMPARE(cache.pending().size(), 2);
    const auto article = ArticleQueries(*m_db).list({}).last();
    QCOMPARE(ArticleQueries(*m_db).imageKeys(article.id).size(), 1);
    QCOMPARE(article.leadImageKey, ArticleQueries(*m_db).imageKeys(article.id).first());
}

void TestStore::failedImagesAreRetriedRefusedAreNot()
{
    QVERIFY(ArticleStore(*m_db).storeFeed(feedUrl(), {}, test::makeArticles(0, 2)).ok);
    ImageCache cache(*m_db, m_dir->filePath(QStringLiteral("images")));
    const auto pending = cache.pending();
    QVERIFY(cache.markFailed(pending.at(0).key, QStringLiteral("timeout"), false));
    QVERIFY(cache.markFailed(pending.at(1).key, QStringLiteral("svg"), true));
    const auto again = cache.pending();
    QCOMPARE(again.size(), 1);
    QCOMPARE(again.first().key, pending.at(0).key);
    QCOMPARE(again.first().attempts, 1);
    for (int i = 0; i < 10; ++i)
        cache.markFailed(pending.at(0).key, QStringLiteral("timeout"), false);
    QCOMPARE(cache.pending().size(), 0); // attempts are capped
}

void TestStore::imageKeysAreValidated()
{
    ImageCache cache(*m_db, m_dir->filePath(QStringLiteral("images")));
    QVERIFY(!ImageCache::isValidKey(QStringLiteral("../../etc/passwd")));
    QVERIFY(!ImageCache::isValidKey(QString(64, QLatin1Char('A'))));
    QVERIFY(ImageCache::isValidKey(QString(64, QLatin1Char('a'))));
    QVERIFY(!cache.read(QStringLiteral("../reader.sqlite")));
}

QTEST_GUILESS_MAIN(TestStore)
#include "tst_store.moc"
