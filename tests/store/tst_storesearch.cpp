// Search over the store: English and Chinese substrings, the lists' order straight from the
// index, and every way a row reaches the index (the writer's chunks, a pause's commit, a row of
// an older writer).
#include "StoreFixtures.h"
#include "common/UserActivity.h"
#include "store/ArticleQueries.h"
#include "store/ArticleStore.h"
#include "store/Database.h"
#include "store/Schema.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace ichq;

class TestStoreSearch : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();

    void search_data();
    void search();
    void searchFollowsUpdates();
    void searchIsNewestFirstWithoutSorting();
    void searchFindsTheAuthor();
    void articlesCommittedAtAPauseAreSearchable();
    void rowsOfAnOlderWriterAreStillIndexed();

private:
    QUrl feedUrl() const { return QUrl(QStringLiteral("https://www.ichongqing.info/feed/")); }
    int count(const QString &search) const;

    std::unique_ptr<test::ScratchStore> m_store;
    Database *m_db = nullptr;
};

void TestStoreSearch::init()
{
    m_store = std::make_unique<test::ScratchStore>();
    QVERIFY2(m_store->open(), qPrintable(m_store->error));
    m_db = &m_store->db;
}

void TestStoreSearch::cleanup()
{
    m_db = nullptr;
    m_store.reset();
}

int TestStoreSearch::count(const QString &search) const
{
    return test::searchHits(*m_db, search);
}

void TestStoreSearch::search_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<int>("expected");
    QTest::newRow("english word") << QStringLiteral("Liangjiang") << 5;
    QTest::newRow("english substring") << QStringLiteral("iangjia") << 5;
    QTest::newRow("case-insensitive") << QStringLiteral("LIANGJIANG") << 5;
    QTest::newRow("chinese four") << QStringLiteral("两江新区") << 5;
    QTest::newRow("chinese two (below trigram)") << QStringLiteral("两江") << 5;
    QTest::newRow("chinese in body") << QStringLiteral("解放碑") << 10;
    QTest::newRow("two terms") << QStringLiteral("metro Yangtze") << 5;
    QTest::newRow("no match") << QStringLiteral("Shanghai") << 0;
    QTest::newRow("quote in query") << QStringLiteral("\"metro") << 5;
    QTest::newRow("like wildcard is literal") << QStringLiteral("%") << 0;
}

void TestStoreSearch::search()
{
    QFETCH(QString, query);
    QFETCH(int, expected);
    QVERIFY(ArticleStore(*m_db).storeFeed(feedUrl(), {}, test::makeArticles(0, 10)).ok);
    QCOMPARE(count(query), expected);
    ArticleFilter filter;
    filter.search = query;
    QCOMPARE(ArticleQueries(*m_db).list(filter).size(), expected);
}

void TestStoreSearch::searchFollowsUpdates()
{
    ArticleStore store(*m_db);
    QVERIFY(
        store.storeFeed(feedUrl(), {}, {test::makeArticle(1, QStringLiteral("Chaotianmen"))}).ok);
    QCOMPARE(count(QStringLiteral("Chaotianmen")), 1);
    QVERIFY(
        store.storeFeed(feedUrl(), {}, {test::makeArticle(1, QStringLiteral("Hongyadong"))}).ok);
    QCOMPARE(count(QStringLiteral("Chaotianmen")), 0);
    QCOMPARE(count(QStringLiteral("Hongyadong")), 1);
}

// Results come in the lists' order (shown date, then id), page after page, straight from the
// index: a changed date moves an article, and no sort of all the matches is needed.
void TestStoreSearch::searchIsNewestFirstWithoutSorting()
{
    ArticleStore store(*m_db);
    QList<PreparedArticle> articles = test::makeArticles(0, 250);
    QVERIFY(store.storeFeed(feedUrl(), {}, articles).ok);
    ArticleFilter all;
    all.limit = 1000;
    QList<qint64> expected;
    for (const ArticleSummary &row : ArticleQueries(*m_db).list(all))
        expected << row.id;
    ArticleFilter search;
    search.search = QStringLiteral("Yangtze");
    QList<qint64> found;
    for (search.offset = 0; search.offset < 300; search.offset += 100) {
        for (const ArticleSummary &row : ArticleQueries(*m_db).list(search))
            found << row.id;
    }
    QCOMPARE(found, expected);

    articles[3].published = QDateTime::currentDateTimeUtc();
    articles[3].bodyText += QStringLiteral(" corrected");
    QVERIFY(store.storeFeed(feedUrl(), {}, {articles[3]}).ok);
    search.offset = 0;
    QCOMPARE(ArticleQueries(*m_db).list(search).first().title, articles[3].title);

    QSqlQuery plan(m_db->connection());
    QVERIFY(plan.exec(QStringLiteral(
        "EXPLAIN QUERY PLAN SELECT a.id FROM article_search s JOIN articles a ON a.search_key = "
        "s.rowid WHERE s.article_search MATCH '\"yangtze\"' AND a.search_text LIKE '%Yangtze%' "
        "ORDER BY s.rowid DESC LIMIT 100")));
    QString details;
    while (plan.next())
        details += plan.value(3).toString() + QLatin1Char('\n');
    QVERIFY2(!details.contains(QStringLiteral("TEMP B-TREE")), qPrintable(details));
    QVERIFY2(details.contains(QStringLiteral("articles_by_search_key")), qPrintable(details));
}

void TestStoreSearch::searchFindsTheAuthor()
{
    PreparedArticle article = test::makeArticle(1);
    article.author = QStringLiteral("Tan Yuxin 谭雨欣");
    QVERIFY(ArticleStore(*m_db).storeFeed(feedUrl(), {}, {article}).ok);
    QCOMPARE(count(QStringLiteral("Yuxin")), 1);
    QCOMPARE(count(QStringLiteral("谭雨欣")), 1);
}

// The store indexes its new rows a chunk at a time, and before every commit: also before the
// commit of a pause for the user in the middle of a chunk, or what the user sees in the lists
// then would not be found.
void TestStoreSearch::articlesCommittedAtAPauseAreSearchable()
{
    UserActivity activity;
    Database window; // another connection, as the window's reader is
    QVERIFY(window.open(m_db->filePath()));
    const QList<PreparedArticle> articles = test::makeArticles(0, 64);
    qsizetype handedOut = 0;
    int foundWhilePaused = -1;
    const StoreOutcome stored = ArticleStore(*m_db).storeFeed(
        feedUrl(), {},
        [&](QList<PreparedArticle> *next) {
            if (handedOut == 32) { // after the pause
                ArticleFilter filter;
                filter.search = QStringLiteral("Yangtze");
                foundWhilePaused = ArticleQueries(window).count(filter);
            }
            if (handedOut >= articles.size())
                return false;
            *next = articles.mid(handedOut, 32);
            handedOut += 32;
            return true;
        },
        [&](int index) {
            if (index == 15) // the user acts: the store commits the first 16 and pauses
                activity.noteInput();
        },
        &activity);
    QVERIFY(stored.ok);
    QCOMPARE(foundWhilePaused, 16);
    QCOMPARE(count(QStringLiteral("Yangtze")), 64);
}

// A row that reached the store without its words (a writer of schema 6 marks its rows
// index_later and indexed them with a statement of its own) waits in search_pending, and the next
// refresh adds it: found, and its next update keeps the index whole.
void TestStoreSearch::rowsOfAnOlderWriterAreStillIndexed()
{
    QVERIFY(ArticleStore(*m_db).storeFeed(feedUrl(), {}, test::makeArticles(0, 3)).ok);
    QSqlQuery query(m_db->connection());
    const qint64 shown = QDateTime(QDate(2026, 11, 2), QTime(8, 0), Qt::UTC).toSecsSinceEpoch();
    // Schema 6's ArticleWriter statement, word for word.
    QVERIFY(query.prepare(QStringLiteral(
        "INSERT INTO articles (feed_id, guid, link, title, author, published, updated, "
        "excerpt, body_html, body_text, content_hash, first_image, first_seen, page_state, "
        "id, search_key, index_later) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)")));
    for (const QVariant &value :
         {QVariant(1), QVariant(QStringLiteral("older-writer")), QVariant(QStringLiteral("")),
          QVariant(QStringLiteral("Chaotianmen at dusk")), QVariant(QStringLiteral("")),
          QVariant(shown), QVariant(), QVariant(QStringLiteral("")),
          QVariant(QStringLiteral("<p>Chaotianmen</p>")), QVariant(QStringLiteral("Chaotianmen")),
          QVariant(QStringLiteral("h")), QVariant(QStringLiteral("")), QVariant(shown), QVariant(0),
          QVariant(100), QVariant(searchKey(shown, 100))})
        query.addBindValue(value);
    QVERIFY2(query.exec(), qPrintable(query.lastError().text()));
    QVERIFY(ArticleStore(*m_db).storeFeed(feedUrl(), {}, test::makeArticles(3, 1)).ok);
    QCOMPARE(count(QStringLiteral("Chaotianmen")), 1);
    PreparedArticle changed = test::makeArticle(100, QStringLiteral("Chaotianmen again"));
    changed.key = QStringLiteral("older-writer");
    QVERIFY(ArticleStore(*m_db).storeFeed(feedUrl(), {}, {changed}).ok);
    QVERIFY2(query.exec(QStringLiteral("INSERT INTO article_search (article_search, rank) "
                                       "VALUES ('integrity-check', 1)")),
             qPrintable(query.lastError().text()));
    QCOMPARE(count(QStringLiteral("again")), 1);
    QCOMPARE(count(QStringLiteral("dusk")), 0);
}

QTEST_GUILESS_MAIN(TestStoreSearch)
#include "tst_storesearch.moc"
