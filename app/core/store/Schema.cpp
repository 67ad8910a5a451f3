#include "Schema.h"

namespace ichq {

static QStringList migrationToVersion1()
{
    return {
        QStringLiteral(R"(CREATE TABLE feeds (
            id INTEGER PRIMARY KEY,
            url TEXT NOT NULL UNIQUE,
            title TEXT NOT NULL DEFAULT '',
            link TEXT NOT NULL DEFAULT '',
            description TEXT NOT NULL DEFAULT '',
            language TEXT NOT NULL DEFAULT '',
            etag TEXT NOT NULL DEFAULT '',
            last_modified TEXT NOT NULL DEFAULT '',
            last_attempt INTEGER,
            last_success INTEGER,
            last_error TEXT NOT NULL DEFAULT '',
            failures INTEGER NOT NULL DEFAULT 0,
            retry_after INTEGER))"),
        QStringLiteral(R"(CREATE TABLE articles (
            id INTEGER PRIMARY KEY,
            feed_id INTEGER NOT NULL REFERENCES feeds(id) ON DELETE CASCADE,
            guid TEXT NOT NULL,
            link TEXT NOT NULL DEFAULT '',
            title TEXT NOT NULL DEFAULT '',
            author TEXT NOT NULL DEFAULT '',
            published INTEGER,
            updated INTEGER,
            excerpt TEXT NOT NULL DEFAULT '',
            body_html TEXT NOT NULL DEFAULT '',
            body_text TEXT NOT NULL DEFAULT '',
            content_hash TEXT NOT NULL,
            first_image TEXT NOT NULL DEFAULT '',
            first_seen INTEGER NOT NULL,
            is_read INTEGER NOT NULL DEFAULT 0,
            is_starred INTEGER NOT NULL DEFAULT 0,
            UNIQUE (feed_id, guid)))"),
        QStringLiteral("CREATE INDEX articles_by_date ON articles (published DESC, id DESC)"),
        QStringLiteral(R"(CREATE TABLE categories (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL UNIQUE COLLATE NOCASE))"),
        QStringLiteral(R"(CREATE TABLE article_categories (
            article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            category_id INTEGER NOT NULL REFERENCES categories(id) ON DELETE CASCADE,
            PRIMARY KEY (article_id, category_id)) WITHOUT ROWID)"),
        QStringLiteral("CREATE INDEX article_categories_by_category "
                       "ON article_categories (category_id, article_id)"),
        QStringLiteral(R"(CREATE TABLE images (
            key TEXT PRIMARY KEY,
            url TEXT NOT NULL,
            state INTEGER NOT NULL DEFAULT 0,
            mime TEXT NOT NULL DEFAULT '',
            width INTEGER NOT NULL DEFAULT 0,
            height INTEGER NOT NULL DEFAULT 0,
            bytes INTEGER NOT NULL DEFAULT 0,
            attempts INTEGER NOT NULL DEFAULT 0,
            last_error TEXT NOT NULL DEFAULT '',
            fetched_at INTEGER))"),
        QStringLiteral("CREATE INDEX images_by_state ON images (state)"),
        QStringLiteral(R"(CREATE TABLE article_images (
            article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            image_key TEXT NOT NULL,
            position INTEGER NOT NULL,
            PRIMARY KEY (article_id, image_key)) WITHOUT ROWID)"),
        // Trigram tokens find substrings in any script: "Liangjiang" and "两江新区" alike.
        QStringLiteral(
            "CREATE VIRTUAL TABLE article_fts USING fts5("
            "title, body_text, content='articles', content_rowid='id', tokenize='trigram')"),
        QStringLiteral("CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN "
                       "INSERT INTO article_fts (rowid, title, body_text) "
                       "VALUES (new.id, new.title, new.body_text); END"),
        QStringLiteral("CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN "
                       "INSERT INTO article_fts (article_fts, rowid, title, body_text) "
                       "VALUES ('delete', old.id, old.title, old.body_text); END"),
        QStringLiteral("CREATE TRIGGER articles_fts_update AFTER UPDATE OF title, body_text "
                       "ON articles BEGIN "
                       "INSERT INTO article_fts (article_fts, rowid, title, body_text) "
                       "VALUES ('delete', old.id, old.title, old.body_text); "
                       "INSERT INTO article_fts (rowid, title, body_text) "
                       "VALUES (new.id, new.title, new.body_text); END"),
    };
}

// Lists sort by the date a reader sees (published, else first seen): an index on exactly that
// expression serves every page without sorting the whole table.
static QStringList migrationToVersion2()
{
    return {
        QStringLiteral("DROP INDEX articles_by_date"),
        QStringLiteral("CREATE INDEX articles_by_shown_date "
                       "ON articles (COALESCE(published, first_seen) DESC, id DESC)"),
    };
}

// Whole articles: the story extracted from the article's page lives beside the feed's body, with
// the page's validators so an unchanged page is not downloaded again.
static QStringList migrationToVersion3()
{
    return {
        QStringLiteral("ALTER TABLE articles ADD COLUMN page_html TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE articles ADD COLUMN page_state INTEGER NOT NULL DEFAULT 0"),
        QStringLiteral("ALTER TABLE articles ADD COLUMN page_etag TEXT NOT NULL DEFAULT ''"),
        QStringLiteral(
            "ALTER TABLE articles ADD COLUMN page_last_modified TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE articles ADD COLUMN page_attempts INTEGER NOT NULL DEFAULT 0"),
        QStringLiteral("ALTER TABLE articles ADD COLUMN page_not_before INTEGER"),
        // Which articles show an image: the photo budget (the first 100 of each article) and
        // cleaning up after deleted articles ask this.
        QStringLiteral("CREATE INDEX article_images_by_image ON article_images "
                       "(image_key, position)"),
        // The store's own bookkeeping: when it was last checked for damage.
        QStringLiteral("CREATE TABLE store_meta (key TEXT PRIMARY KEY, value) WITHOUT ROWID"),
        // Only the few rows with a page to fetch are indexed.
        QStringLiteral("CREATE INDEX articles_wanting_pages ON articles (page_state) "
                       "WHERE page_state IN (1, 3)"),
    };
}

// Retention: the articles it deleted, so a feed that still lists one does not bring it back.
// Kept a year after the deletion (StoreCleaner), far longer than any feed lists a post.
static QStringList migrationToVersion4()
{
    return {
        QStringLiteral(
            "CREATE TABLE expired_articles (feed_id INTEGER NOT NULL, guid TEXT NOT NULL, "
            "expired_at INTEGER NOT NULL, PRIMARY KEY (feed_id, guid)) WITHOUT ROWID"),
    };
}

// A smaller, faster search. The old index kept every trigram's positions (detail=full): as
// large as the text itself, and a search for a common word had to gather and sort every match.
// The new one keeps only which rows hold a trigram (detail=none) and SQLite checks the LIKE
// pattern against the text, which is stored once, in articles. Its rowids are search_key, which
// sorts like the lists do (shown date, then id), so the first page of a search is read newest
// first and stops after one page. Title, author and body are one column, search_text.
QString searchKeyOf(const QString &row)
{
    // The shown date in seconds, then the id: unique while ids stay below 2^24. As searchKey().
    return QStringLiteral("COALESCE(%1published, %1first_seen) * 16777216 + (%1id % 16777216)")
        .arg(row);
}

static QString searchTextOf(const QString &row)
{
    return QStringLiteral("%1title || char(10) || %1author || char(10) || %1body_text").arg(row);
}

static QStringList migrationToVersion5()
{
    const QString newKey = searchKeyOf(QStringLiteral("new."));
    return {
        QStringLiteral("DROP TRIGGER articles_fts_insert"),
        QStringLiteral("DROP TRIGGER articles_fts_delete"),
        QStringLiteral("DROP TRIGGER articles_fts_update"),
        QStringLiteral("DROP TABLE article_fts"),
        QStringLiteral("ALTER TABLE articles ADD COLUMN search_key INTEGER"),
        QStringLiteral("ALTER TABLE articles ADD COLUMN search_text TEXT GENERATED ALWAYS AS (%1) "
                       "VIRTUAL")
            .arg(searchTextOf(QString())),
        QStringLiteral("UPDATE articles SET search_key = %1").arg(searchKeyOf(QString())),
        QStringLiteral("CREATE UNIQUE INDEX articles_by_search_key ON articles (search_key)"),
        QStringLiteral("CREATE VIRTUAL TABLE article_search USING fts5(search_text, "
                       "content='articles', content_rowid='search_key', tokenize='trigram', "
                       "detail=none)"),
        QStringLiteral("INSERT INTO article_search (article_search) VALUES ('rebuild')"),
        // A new row gets its key here; the update trigger then indexes it.
        QStringLiteral("CREATE TRIGGER articles_key_insert AFTER INSERT ON articles "
                       "WHEN new.search_key IS NULL BEGIN "
                       "UPDATE articles SET search_key = %1 WHERE id = new.id; END")
            .arg(newKey),
        // A row copied with its key (StoreRepair) is indexed as it is.
        QStringLiteral("CREATE TRIGGER articles_search_insert AFTER INSERT ON articles "
                       "WHEN new.search_key IS NOT NULL BEGIN "
                       "INSERT INTO article_search (rowid, search_text) VALUES (new.search_key, "
                       "%1); END")
            .arg(searchTextOf(QStringLiteral("new."))),
        QStringLiteral("CREATE TRIGGER articles_search_delete AFTER DELETE ON articles "
                       "WHEN old.search_key IS NOT NULL BEGIN "
                       "INSERT INTO article_search (article_search, rowid, search_text) "
                       "VALUES ('delete', old.search_key, %1); END")
            .arg(searchTextOf(QStringLiteral("old."))),
        // A trigger does not fire itself: the key it sets does not run it again.
        QStringLiteral("CREATE TRIGGER articles_search_update AFTER UPDATE OF title, author, "
                       "body_text, published, first_seen, search_key ON articles BEGIN "
                       "INSERT INTO article_search (article_search, rowid, search_text) "
                       "SELECT 'delete', old.search_key, %1 WHERE old.search_key IS NOT NULL; "
                       "UPDATE articles SET search_key = %2 WHERE id = new.id "
                       "AND search_key IS NOT %2; "
                       "INSERT INTO article_search (rowid, search_text) VALUES (%2, %3); END")
            .arg(searchTextOf(QStringLiteral("old.")), newKey,
                 searchTextOf(QStringLiteral("new."))),
    };
}

// New rows are indexed a chunk at a time, not by one trigger each. Indexed row by row, as a feed
// lists them (newest first, so each row's key is below the last and the index writes out what
// it buffered), the search index cost a cold refresh of 5,000 articles of varied text about
// 4.9 s; the same rows indexed 32 at a time by an INSERT ... SELECT in key order, 2.5 s.
// ArticleWriter marks its rows index_later and indexes them after each chunk and before it
// commits; StoreRepair rebuilds the index after copying rows. The insert trigger stays for every
// other row: a window of the previous version, still running when a newer `--refresh` migrated
// the store, inserts rows with their key and no mark, and they must reach the index (a row
// missing from it is not found, and its next update or deletion corrupts the index).
static QStringList migrationToVersion6()
{
    return {
        QStringLiteral("ALTER TABLE articles ADD COLUMN index_later INTEGER NOT NULL DEFAULT 0"),
        QStringLiteral("DROP TRIGGER articles_search_insert"),
        QStringLiteral("CREATE TRIGGER articles_search_insert AFTER INSERT ON articles "
                       "WHEN new.search_key IS NOT NULL AND new.index_later = 0 BEGIN "
                       "INSERT INTO article_search (rowid, search_text) VALUES (new.search_key, "
                       "%1); END")
            .arg(searchTextOf(QStringLiteral("new."))),
    };
}

// The search index keeps words, not trigrams (SearchWords.h, SearchIndex.h). A cold refresh of
// 5,000 articles spent about half its time on the trigram index, 33 of the store's 63 MiB; the
// words take about 6 MiB. FTS5 keeps no copy of the words (content='') and no per-row sizes
// (columnsize=0): nothing ranks the hits, they come newest first by key. The words are made in
// C++, so the triggers that kept the index go; every row waits in search_pending until
// SearchIndex::indexPending adds it, which Database runs after this migration. index_later
// stays: a writer of version 6 still running marks its rows with it, and they wait too.
static QStringList migrationToVersion7()
{
    const QString newKey = searchKeyOf(QStringLiteral("new."));
    return {
        QStringLiteral("DROP TRIGGER articles_search_insert"),
        QStringLiteral("DROP TRIGGER articles_search_delete"),
        QStringLiteral("DROP TRIGGER articles_search_update"),
        QStringLiteral("DROP TABLE article_search"),
        QStringLiteral("CREATE VIRTUAL TABLE article_search USING fts5(words, content='', "
                       "tokenize='ascii', detail=none, columnsize=0)"),
        QStringLiteral("CREATE TABLE search_words (word TEXT PRIMARY KEY) WITHOUT ROWID"),
        QStringLiteral("CREATE TABLE search_pending (id INTEGER PRIMARY KEY)"),
        QStringLiteral("INSERT INTO search_pending (id) SELECT id FROM articles"),
        QStringLiteral("CREATE TRIGGER articles_pending_insert AFTER INSERT ON articles "
                       "WHEN new.index_later = 1 BEGIN "
                       "INSERT OR IGNORE INTO search_pending (id) VALUES (new.id); END"),
        QStringLiteral("CREATE TRIGGER articles_pending_delete AFTER DELETE ON articles BEGIN "
                       "DELETE FROM search_pending WHERE id = old.id; END"),
        // The key follows the date; SearchIndex::update moves the row in the index.
        QStringLiteral("CREATE TRIGGER articles_key_update AFTER UPDATE OF published, first_seen "
                       "ON articles BEGIN "
                       "UPDATE articles SET search_key = %1 WHERE id = new.id "
                       "AND search_key IS NOT %1; END")
            .arg(newKey),
    };
}

// An article's plain text is kept inside its compressed body (sql::body): body_html for the
// feed's version, page_html for the page's. As a column of its own it was 14.0 of the 36.5 MiB
// of bench_store's 5,000 articles; inside the bodies it adds 0.3. body_text stays for the rows
// an older writer still adds, and search reads it when a body holds no text. No statement:
// Database moves the texts of the rows written before (repackArticleTexts) once migrated.
// A search key no longer follows the date by a trigger: SearchIndex::update moves the row in
// the index and its key together. A trigger moved the key behind the index's back, and a date
// changed by any other statement left the row where the index could not reach it.
static QStringList migrationToVersion8()
{
    return {
        QStringLiteral("DROP TRIGGER IF EXISTS articles_key_update"),
        // A window of an older version still running would write the text where this version
        // no longer reads it, and remove words from the index by a text that is gone: its write
        // fails instead. No code of this version writes body_text (repackArticleTexts clears it).
        QStringLiteral(
            "CREATE TRIGGER articles_text_in_body BEFORE UPDATE OF body_text ON articles "
            "WHEN new.body_text != '' BEGIN "
            "SELECT RAISE(ABORT, 'the text is kept in the body since schema 8'); END"),
    };
}

const QList<QStringList> &schemaMigrations()
{
    static const QList<QStringList> migrations{
        migrationToVersion1(), migrationToVersion2(), migrationToVersion3(), migrationToVersion4(),
        migrationToVersion5(), migrationToVersion6(), migrationToVersion7(), migrationToVersion8()};
    return migrations;
}

} // namespace ichq
