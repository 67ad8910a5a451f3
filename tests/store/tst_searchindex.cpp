// The search index of words (SearchWords.h, SearchIndex.h): what it keeps of a text, that a
// search through it finds exactly what LIKE alone found (English and Chinese substrings, any
// case, across punctuation), and that every path that changes or deletes an article keeps it
// true to the stored rows.
#include "StoreFixtures.h"
#include "store/ArticleQueries.h"
#include "store/ArticleStore.h"
#include "store/Database.h"
#include "store/ImageCache.h"
#include "store/PageStore.h"
#include "store/Schema.h"
#include "store/SearchWords.h"
#include "store/StoreCleaner.h"
#include "store/StoredBody.h"
#include "store/WordSet.h"

#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace ichq;

class TestSearchIndex : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();

    void indexWordsOfAText();
    void aWordSetKeepsEachWordOnce();
    void aLongRunIsKeptInOverlappingPieces();
    void queryPiecesOfASearchWord();
    void theHitsAreThoseOfLike();
    void aChangedArticleLeavesNoOldWords();
    void aFetchedPageReplacesTheFeedsWords();
    void anExpiredArticleLeavesTheIndex();
    void aRunInNoWordFindsNothingAtOnce();
    void rowsNotIndexedYetAreStillFound();
    void newRulesRebuildTheIndex();
    void anArticleOfTooManyWordsIsStillFound();
    void aBodyKeepsItsTextCompressed();
    void textsOfAnOlderStoreMoveIntoTheirBodies();

private:
    QUrl feedUrl() const { return QUrl(QStringLiteral("https://www.ichongqing.info/feed/")); }
    int hits(const QString &search) const;
    int indexed(const QString &word) const; // rows of the index holding the word
    qint64 idOf(const QString &key) const;

    std::unique_ptr<test::ScratchStore> m_store;
    Database *m_db = nullptr;
};

void TestSearchIndex::init()
{
    m_store = std::make_unique<test::ScratchStore>();
    QVERIFY2(m_store->open(), qPrintable(m_store->error));
    m_db = &m_store->db;
}

void TestSearchIndex::cleanup()
{
    m_db = nullptr;
    m_store.reset();
}

int TestSearchIndex::hits(const QString &search) const
{
    return test::searchHits(*m_db, search);
}

int TestSearchIndex::indexed(const QString &word) const
{
    QSqlQuery query(m_db->connection());
    query.prepare(
        QStringLiteral("SELECT count(*) FROM article_search WHERE article_search MATCH ?"));
    query.addBindValue(QLatin1Char('"') + word + QLatin1Char('"'));
    if (!query.exec() || !query.next()) {
        qWarning() << query.lastError().text();
        return -1;
    }
    return query.value(0).toInt();
}

qint64 TestSearchIndex::idOf(const QString &key) const
{
    QSqlQuery query(m_db->connection());
    query.prepare(QStringLiteral("SELECT id FROM articles WHERE guid = ?"));
    query.addBindValue(key);
    return query.exec() && query.next() ? query.value(0).toLongLong() : -1;
}

void TestSearchIndex::indexWordsOfAText()
{
    const QStringList words =
        search::indexWords({u"Chongqing's Jialing-River, 2026", u"Li Müller", u"重庆 EU ΑΘΗΝΑ 𠀀"})
            .split(u' ', Qt::SkipEmptyParts);
    for (const char *expected :
         {"chongqing", "jialing", "river", "2026", "ller", "ü", "重", "庆", "α", "θ", "η", "ν"})
        QVERIFY2(words.contains(QString::fromUtf8(expected)), expected);
    QVERIFY(words.contains(QString::fromUcs4(U"\U00020000", 1))); // one character, two units
    // Runs under three letters are left to LIKE; each word once.
    for (const char *absent : {"s", "li", "eu", "m", "Chongqing"})
        QVERIFY2(!words.contains(QString::fromUtf8(absent)), absent);
    QCOMPARE(words.count(QStringLiteral("α")), 1);
}

void TestSearchIndex::aWordSetKeepsEachWordOnce()
{
    QStringList texts;
    for (int i = 0; i < 5000; ++i) // past several growths of its table
        texts << QStringLiteral("w%1").arg(i % 3000);
    search::WordSet set(4);
    int added = 0;
    for (const QString &text : std::as_const(texts))
        added += set.insert(text);
    QCOMPARE(added, 3000);
    QCOMPARE(set.size(), 3000);
    const QString copy = QStringLiteral("w2999");
    QVERIFY(!set.insert(copy));
    const QString fresh = QStringLiteral("new");
    QVERIFY(set.insert(QStringView(fresh).left(3)));
    const QString kept = fresh;
    set.replaceLast(kept);
    QVERIFY(!set.insert(QStringLiteral("new")));
    const std::vector<std::u16string_view> words = set.take();
    QCOMPARE(words.size(), size_t(3001));
    QVERIFY(words.front() == std::u16string_view(u"w0"));
    QVERIFY(words.back() == std::u16string_view(u"new"));
    QCOMPARE(set.size(), 0);
    QVERIFY(set.insert(QStringLiteral("w0")));
}

void TestSearchIndex::aLongRunIsKeptInOverlappingPieces()
{
    QString run;
    for (int i = 0; i < 300; ++i)
        run.append(QChar(u'a' + (i * 7) % 26));
    const QStringList words = search::indexWords({run}).split(u' ', Qt::SkipEmptyParts);
    for (const QString &word : words)
        QVERIFY(word.size() <= search::kLongestRun);
    // Every piece a search can look up lies whole inside one kept word.
    for (int from = 0; from + search::kLongestRun / 2 <= run.size(); ++from) {
        const QString piece = run.mid(from, search::kLongestRun / 2);
        QVERIFY2(std::any_of(words.cbegin(), words.cend(),
                             [&](const QString &word) { return word.contains(piece); }),
                 qPrintable(piece));
    }
}

void TestSearchIndex::queryPiecesOfASearchWord()
{
    const auto texts = [](const QString &word) {
        QStringList shown;
        for (const search::QueryPiece &piece : search::queryPieces(word))
            shown << piece.text + (piece.wholeWord ? QStringLiteral("=") : QString());
        return shown.join(QLatin1Char(' '));
    };
    QCOMPARE(texts(QStringLiteral("ten-millionth")), QStringLiteral("ten millionth"));
    QCOMPARE(texts(QStringLiteral("两江")), QStringLiteral("两= 江="));
    QCOMPARE(texts(QStringLiteral("EU")), QString());
    QCOMPARE(texts(QStringLiteral("U.S.")), QString());
    QCOMPARE(texts(QStringLiteral("Müller")), QStringLiteral("ü= ller"));
    QCOMPARE(texts(QString(40, QLatin1Char('x'))), QString()); // longer than a kept piece
}

// Searches cut from the stored texts at random (seeded) places, with their case changed, and
// searches of several words: each finds exactly the articles in which every word is a
// substring, ASCII letters in either case, as LIKE alone found them before the index.
void TestSearchIndex::theHitsAreThoseOfLike()
{
    const QStringList texts{
        QStringLiteral("Chongqing's cableway over the Yangtze reopens after repairs."),
        QStringLiteral("The ten-millionth rider crossed the Jialing River as commuters watched."),
        QStringLiteral("两江新区 launches a riverside park; 朝天门码头 is busy at dusk."),
        QStringLiteral("Hotpot: 火锅 restaurants in Jiefangbei (解放碑) stay open past 2 a.m."),
        QStringLiteral("COVID-19 rules eased; the U.S. consulate in Chongqing resumes visas."),
        QStringLiteral("Müller and Zoë visit Ciqikou; café owners say business is up 12%."),
        QStringLiteral("Rivers, riverbanks and river towns: a guide to the Three Gorges."),
        QStringLiteral("长江 三峡 游轮 season opens; tickets at ichongqing.info/cruise_2026."),
        QStringLiteral("Die Straße am Fluss; DIE GROẞE BRÜCKE über den Jangtse."),
    };
    QList<PreparedArticle> articles;
    for (int i = 0; i < 48; ++i) {
        PreparedArticle article = test::makeArticle(i);
        article.title = texts[i % texts.size()];
        article.author = i % 5 ? QStringLiteral("iChongqing") : QStringLiteral("Tan Yuxin 谭雨欣");
        article.bodyText = texts[(i * 3 + 1) % texts.size()] + QLatin1Char(' ') +
                           texts[(i * 5 + 2) % texts.size()];
        articles << article;
    }
    QVERIFY(ArticleStore(*m_db).storeFeed(feedUrl(), {}, articles).ok);

    const auto asciiLower = [](QString text) {
        for (QChar &c : text) {
            if (c.unicode() < 0x80)
                c = c.toLower();
        }
        return text;
    };
    const auto expectedHits = [&](const QString &search) {
        const QStringList words = search.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
        int count = 0;
        for (const PreparedArticle &article : std::as_const(articles)) {
            const QString haystack = asciiLower(article.title + QLatin1Char('\n') + article.author +
                                                QLatin1Char('\n') + article.bodyText);
            count += std::all_of(words.cbegin(), words.cend(), [&](const QString &word) {
                return haystack.contains(asciiLower(word));
            });
        }
        return count;
    };
    QRandomGenerator random(20261202);
    QStringList searches{QStringLiteral("river"),
                         QStringLiteral("RIVERSIDE"),
                         QStringLiteral("ongqin"),
                         QStringLiteral("ten-millionth"),
                         QStringLiteral("covid-19"),
                         QStringLiteral("u.s."),
                         QStringLiteral("12%"),
                         QStringLiteral("cruise_2026"),
                         QStringLiteral("两江"),
                         QStringLiteral("解放碑"),
                         QStringLiteral("ZOË"),
                         QStringLiteral("Jialing River as"),
                         QStringLiteral("谭雨欣 Yuxin"),
                         QStringLiteral("Three Gorges."),
                         QStringLiteral("ß"),
                         QStringLiteral("ẞ"),
                         QStringLiteral("Brücke"),
                         QStringLiteral("三")};
    for (int i = 0; i < 300; ++i) {
        const QString &text = texts[random.bounded(int(texts.size()))];
        const int length = 2 + random.bounded(12);
        QString piece = text.mid(random.bounded(int(text.size()) - 1), length).trimmed();
        for (QChar &c : piece) {
            if (random.bounded(2))
                c = c.toUpper();
        }
        if (!piece.isEmpty() && !piece.contains(QLatin1Char('"')))
            searches << piece;
    }
    for (const QString &search : std::as_const(searches)) {
        ArticleFilter filter;
        filter.search = search;
        filter.limit = 1000;
        const int expected = expectedHits(search);
        QVERIFY2(hits(search) == expected, qPrintable(QStringLiteral("%1: %2 hits, LIKE %3")
                                                          .arg(search)
                                                          .arg(hits(search))
                                                          .arg(expected)));
        QCOMPARE(ArticleQueries(*m_db).list(filter).size(), expected);
    }
}

void TestSearchIndex::aChangedArticleLeavesNoOldWords()
{
    ArticleStore store(*m_db);
    PreparedArticle article = test::makeArticle(1, QStringLiteral("Chaotianmen"));
    QVERIFY(store.storeFeed(feedUrl(), {}, {article}).ok);
    QCOMPARE(indexed(QStringLiteral("chaotianmen")), 1);
    article = test::makeArticle(1, QStringLiteral("Hongyadong"));
    article.published = article.published.addDays(-3); // a new key too
    QVERIFY(store.storeFeed(feedUrl(), {}, {article}).ok);
    QCOMPARE(indexed(QStringLiteral("chaotianmen")), 0);
    QCOMPARE(indexed(QStringLiteral("hongyadong")), 1);
    QCOMPARE(indexed(QStringLiteral("yangtze")), 1); // one row, under its new key
    QCOMPARE(hits(QStringLiteral("Hongyadong")), 1);
}

void TestSearchIndex::aFetchedPageReplacesTheFeedsWords()
{
    PreparedArticle article = test::makeArticle(1, QStringLiteral("Chaotianmen"));
    QVERIFY(ArticleStore(*m_db).storeFeed(feedUrl(), {}, {article}).ok);
    StoredPage page;
    page.html = QStringLiteral("<p>The whole story of Ciqikou.</p>");
    page.plainText = QStringLiteral("The whole story of Ciqikou.");
    QVERIFY(PageStore(*m_db).store(idOf(article.key), page));
    QCOMPARE(indexed(QStringLiteral("chaotianmen")), 0);
    QCOMPARE(indexed(QStringLiteral("ciqikou")), 1);
    QCOMPARE(hits(QStringLiteral("Ciqikou")), 1);
    QCOMPARE(hits(QStringLiteral("Chaotianmen")), 0);
}

void TestSearchIndex::anExpiredArticleLeavesTheIndex()
{
    QList<PreparedArticle> articles = test::makeArticles(0, 2);
    articles[0].bodyText += QStringLiteral(" Dazu rock carvings");
    articles[0].published = QDateTime::currentDateTimeUtc().addDays(-400);
    QVERIFY(ArticleStore(*m_db).storeFeed(feedUrl(), {}, articles).ok);
    QSqlQuery age(m_db->connection());
    QVERIFY(age.exec(QStringLiteral("UPDATE articles SET first_seen = published")));
    QCOMPARE(indexed(QStringLiteral("dazu")), 1);
    ImageCache images(*m_db, m_store->dir.filePath(QStringLiteral("images")));
    QCOMPARE(StoreCleaner(images).run({90, 0}).articlesDeleted, 1);
    QCOMPARE(indexed(QStringLiteral("dazu")), 0);
    QCOMPARE(indexed(QStringLiteral("yangtze")), 1);
}

void TestSearchIndex::aRunInNoWordFindsNothingAtOnce()
{
    QVERIFY(ArticleStore(*m_db).storeFeed(feedUrl(), {}, test::makeArticles(0, 10)).ok);
    QCOMPARE(hits(QStringLiteral("qqzzxxy")), 0);
    QCOMPARE(hits(QStringLiteral("Yangtze qqzzxxy")), 0);
    QCOMPARE(hits(QStringLiteral("Yangtze")), 10);
}

// The migration's indexing was killed (or a refresh's): rows wait in search_pending, and the
// vocabulary lacks their words. Search checks every article until they are indexed, which the
// next open does.
void TestSearchIndex::rowsNotIndexedYetAreStillFound()
{
    QVERIFY(ArticleStore(*m_db).storeFeed(feedUrl(), {}, test::makeArticles(0, 6)).ok);
    QSqlQuery query(m_db->connection());
    for (const char *statement :
         {"INSERT INTO article_search (article_search) VALUES ('delete-all')",
          "DELETE FROM search_words", "INSERT INTO search_pending (id) SELECT id FROM articles"})
        QVERIFY2(query.exec(QString::fromLatin1(statement)), statement);
    QCOMPARE(hits(QStringLiteral("Yangtze")), 6);
    QCOMPARE(hits(QStringLiteral("两江新区")), 3);
    QCOMPARE(indexed(QStringLiteral("yangtze")), 0);

    Database reopened;
    QVERIFY(reopened.open(m_db->filePath()));
    QCOMPARE(indexed(QStringLiteral("yangtze")), 6);
    QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM search_pending")) && query.next());
    QCOMPARE(query.value(0).toInt(), 0);
    QCOMPARE(hits(QStringLiteral("Yangtze")), 6);
}

// A row is removed from the index with the words it was added with, made again from the row: if
// the rules that make them changed (a Qt upgrade's Unicode tables), the index is rebuilt.
void TestSearchIndex::newRulesRebuildTheIndex()
{
    QVERIFY(ArticleStore(*m_db).storeFeed(feedUrl(), {}, test::makeArticles(0, 4)).ok);
    QVERIFY(m_db->setMeta(QStringLiteral("search_words_version"), QStringLiteral("words 0")));
    QSqlQuery query(m_db->connection());
    QVERIFY(query.exec(
        QStringLiteral("INSERT INTO article_search (article_search) VALUES ('delete-all')")));
    QCOMPARE(indexed(QStringLiteral("yangtze")), 0);
    Database reopened;
    QVERIFY(reopened.open(m_db->filePath()));
    QCOMPARE(indexed(QStringLiteral("yangtze")), 4);
    QCOMPARE(m_db->meta(QStringLiteral("search_words_version")).toString(), search::wordsVersion());
}

// A hostile article of endless distinct runs keeps only part of them, so the vocabulary stays
// bounded; it is still found by any of its words.
void TestSearchIndex::anArticleOfTooManyWordsIsStillFound()
{
    QString text;
    for (int i = 0; i < search::kMostWordsPerArticle + 500; ++i)
        text += QStringLiteral("w%1x ").arg(i, 6, 10, QLatin1Char('0'));
    const QStringList words = search::indexWords({text}).split(u' ', Qt::SkipEmptyParts);
    QCOMPARE(words.size(), search::kMostWordsPerArticle + 1);
    QVERIFY(words.contains(QString::fromUtf16(search::kOverflowWord)));
    QList<PreparedArticle> articles = test::makeArticles(0, 2);
    articles[0].bodyText = text;
    QVERIFY(ArticleStore(*m_db).storeFeed(feedUrl(), {}, articles).ok);
    QSqlQuery query(m_db->connection());
    QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM search_words")) && query.next());
    QVERIFY(query.value(0).toInt() < search::kMostWordsPerArticle + 100);
    const QString last =
        QStringLiteral("w%1x").arg(search::kMostWordsPerArticle + 499, 6, 10, QLatin1Char('0'));
    QVERIFY(!words.contains(last)); // past the words kept
    QCOMPARE(hits(last), 1);
    QCOMPARE(hits(QStringLiteral("w000001x")), 1);
    QCOMPARE(hits(QStringLiteral("Yangtze")), 1); // the other article: its text was replaced
    QCOMPARE(hits(QStringLiteral("两江")), 1);    // the first one's title
}

void TestSearchIndex::aBodyKeepsItsTextCompressed()
{
    const QString html = QStringLiteral("<p>重庆 Chongqing</p>");
    const sql::StoredBody body = sql::bodyFrom(sql::body(html, QStringLiteral("重庆 Chongqing")));
    QCOMPARE(body.html, html);
    QCOMPARE(body.plainText, QStringLiteral("重庆 Chongqing"));
    QVERIFY(body.hasPlainText);
    // Before schema 8: the HTML alone, compressed, or as TEXT.
    const sql::StoredBody older = sql::bodyFrom(QVariant(qCompress(html.toUtf8())));
    QCOMPARE(older.html, html);
    QVERIFY(!older.hasPlainText);
    QCOMPARE(sql::htmlFrom(QVariant(html)), html);
    QCOMPARE(sql::body(QString(), QString()), QVariant(QString(QLatin1String(""))));
    // Damaged (a bad sector): empty, and no warning from zlib for each such row.
    QTest::failOnWarning(QRegularExpression(QStringLiteral(".*")));
    QByteArray damaged = sql::body(html, QStringLiteral("text")).toByteArray();
    damaged[damaged.size() / 2] = char(damaged[damaged.size() / 2] ^ 0x5a);
    QCOMPARE(sql::bodyFrom(QVariant(damaged)).html, QString());
    QCOMPARE(sql::searchTextFrom(QVariant(damaged), QVariant(QString()), QVariant(QString())),
             QString());
    QCOMPARE(sql::searchTextFrom(QVariant(qCompress(html.toUtf8())), QVariant(QString()),
                                 QVariant(QStringLiteral("from the column"))),
             QStringLiteral("from the column"));
    // Damage anywhere: the body reads whole or empty, never as something else.
    const QByteArray stored = sql::body(html, QStringLiteral("text")).toByteArray();
    for (qsizetype at = 0; at < stored.size(); ++at) {
        QByteArray hit = stored;
        hit[at] = char(hit[at] ^ 0x24);
        const QString read = sql::bodyFrom(QVariant(hit)).html;
        QVERIFY2(read.isEmpty() || read == html, qPrintable(QString::number(at)));
    }
    // A length that claims more than the compressed bytes can hold is not believed (no 4 GB
    // buffer for a damaged row).
    QByteArray huge = stored;
    huge[1] = char(0x7f);
    QCOMPARE(sql::bodyFrom(QVariant(huge)).html, QString());
    // The first BLOB of schema 8: a mark, a CRC-16 of the compressed bytes, qCompress.
    QByteArray packed(4, '\0');
    const QByteArray htmlBytes = html.toUtf8();
    qToBigEndian(quint32(htmlBytes.size()), packed.data());
    packed += htmlBytes + QByteArray("text");
    const QByteArray compressed = qCompress(packed);
    QByteArray crcBlob(3, '\xff');
    qToBigEndian(qChecksum(compressed), crcBlob.data() + 1);
    crcBlob += compressed;
    const sql::StoredBody first = sql::bodyFrom(QVariant(crcBlob));
    QCOMPARE(first.html, html);
    QCOMPARE(first.plainText, QStringLiteral("text"));
    crcBlob[crcBlob.size() / 2] = char(crcBlob[crcBlob.size() / 2] ^ 0x5a);
    QCOMPARE(sql::bodyFrom(QVariant(crcBlob)).html, QString());
}

// A store of schema 7 kept the text in body_text, the page's when a page was kept: it moves into
// the body shown, and search, the view and the index see the same as before.
void TestSearchIndex::textsOfAnOlderStoreMoveIntoTheirBodies()
{
    const QString path = m_store->dir.filePath(QStringLiteral("v7.sqlite"));
    {
        QSqlDatabase raw =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v7"));
        raw.setDatabaseName(path);
        QVERIFY(raw.open());
        QSqlQuery query(raw);
        for (int version = 1; version <= 7; ++version) {
            for (const QString &statement : schemaMigrations().at(version - 1))
                QVERIFY2(query.exec(statement), qPrintable(statement));
        }
        QVERIFY(query.exec(QStringLiteral("PRAGMA user_version=7")));
        QVERIFY(query.exec(QStringLiteral("INSERT INTO feeds (url) VALUES ('https://x.test/f')")));
        QVERIFY(query.prepare(QStringLiteral(
            "INSERT INTO articles (feed_id, guid, title, content_hash, first_seen, body_html, "
            "page_html, body_text, page_state) VALUES (1, ?, ?, 'h', 1700000000, ?, ?, ?, "
            "CASE WHEN ? = 'g3' THEN 1 ELSE 2 END)")));
        for (const QVariantList &row :
             {QVariantList{QStringLiteral("g1"), QStringLiteral("Feed only"),
                           qCompress(QByteArrayLiteral("<p>Dazu carvings</p>")), QStringLiteral(""),
                           QStringLiteral("Dazu carvings")},
              QVariantList{QStringLiteral("g2"), QStringLiteral("With a page"),
                           qCompress(QByteArrayLiteral("<p>Summary</p>")),
                           qCompress(QByteArrayLiteral("<p>Whole story of Ciqikou</p>")),
                           QStringLiteral("Whole story of Ciqikou")},
              // A changed entry put the feed's text in body_text; its page waits to be fetched
              // again (page_state 1): the page is what is shown, so its text is what is kept.
              QVariantList{QStringLiteral("g3"), QStringLiteral("Changed entry"),
                           qCompress(QByteArrayLiteral("<p>Feed summary of Nanshan</p>")),
                           qCompress(QByteArrayLiteral("<p>Whole story of Jinyun</p>")),
                           QStringLiteral("Feed summary of Nanshan")}}) {
            for (const QVariant &value : row)
                query.addBindValue(value);
            query.addBindValue(row.first());
            QVERIFY2(query.exec(), qPrintable(query.lastError().text()));
        }
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("v7"));

    Database migrated;
    QVERIFY(migrated.open(path));
    QSqlQuery query(migrated.connection());
    QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM articles WHERE body_text != ''")) &&
            query.next());
    QCOMPARE(query.value(0).toInt(), 0);
    ArticleFilter filter;
    for (const QString &search :
         {QStringLiteral("Dazu"), QStringLiteral("Ciqikou"), QStringLiteral("Jinyun")}) {
        filter.search = search;
        QVERIFY2(ArticleQueries(migrated).count(filter) == 1, qPrintable(search));
    }
    filter.search = QStringLiteral("story of");
    QCOMPARE(ArticleQueries(migrated).count(filter), 2);
    // The feed's words; the page is what is shown.
    for (const QString &search : {QStringLiteral("Summary"), QStringLiteral("Nanshan")}) {
        filter.search = search;
        QCOMPARE(ArticleQueries(migrated).count(filter), 0);
    }
    // A window of the older version, still running, cannot put a text back where none is read.
    QVERIFY(!query.exec(QStringLiteral("UPDATE articles SET body_text = 'older' WHERE id = 1")));
    filter.search.clear();
    const QList<ArticleSummary> rows = ArticleQueries(migrated).list(filter);
    QCOMPARE(rows.size(), 3);
    for (const ArticleSummary &row : rows) {
        const std::optional<Article> article = ArticleQueries(migrated).article(row.id);
        QVERIFY(article);
        QVERIFY2(article->bodyHtml.contains(row.title == QStringLiteral("Feed only")
                                                ? QStringLiteral("Dazu")
                                                : QStringLiteral("Whole story")),
                 qPrintable(article->bodyHtml));
    }
    QVERIFY(migrated.meta(QStringLiteral("texts_in_bodies")).toBool());
}

QTEST_GUILESS_MAIN(TestSearchIndex)
#include "tst_searchindex.moc"
