#include "SearchIndex.h"

#include "Schema.h"
#include "SearchWords.h"
#include "StoredBody.h"

#include <QSqlError>
#include <QVariant>

#include <algorithm>
#include <limits>

namespace ichq {

namespace {

// Rows indexed per step of indexPending(): their words are held in memory meanwhile.
constexpr int kPendingBatch = 500;
// Rows queued before add() flushes. FTS5 keeps what it is given in memory only until the next
// statement of the transaction (its savepoint writes it out as a new segment, to be merged
// later): flushing after every 32-article chunk of a refresh made 156 segments of a 5,000-item
// feed, and cost the store's thread a sixth of its time. A flush of 256 takes some 8 ms.
constexpr int kRowsPerFlush = 256;

// The words of a row read as title, author, body_html, page_html, body_text from column first.
QString wordsOfRow(const QSqlQuery &row, int first)
{
    const QString text =
        sql::searchTextFrom(row.value(first + 2), row.value(first + 3), row.value(first + 4));
    return search::indexWords({row.value(first).toString(), row.value(first + 1).toString(), text});
}

} // namespace

SearchIndex::SearchIndex(QSqlDatabase db)
    : m_db(std::move(db)), m_insert(m_db), m_delete(m_db), m_addWord(m_db), m_moveKey(m_db),
      m_read(m_db)
{}

bool SearchIndex::prepareStatements()
{
    if (m_prepared)
        return true;
    m_prepared =
        m_insert.prepare(
            QStringLiteral("INSERT INTO article_search (rowid, words) VALUES (?, ?)")) &&
        m_delete.prepare(QStringLiteral("INSERT INTO article_search (article_search, rowid, "
                                        "words) VALUES ('delete', ?, ?)")) &&
        m_addWord.prepare(QStringLiteral("INSERT OR IGNORE INTO search_words (word) VALUES (?)")) &&
        m_moveKey.prepare(QStringLiteral("UPDATE articles SET search_key = %1 WHERE id = ? AND "
                                         "search_key IS NOT %1")
                              .arg(searchKeyOf(QString()))) &&
        m_read.prepare(
            QStringLiteral("SELECT search_key, title, author, body_html, page_html, body_text, "
                           "NOT EXISTS (SELECT 1 FROM search_pending p WHERE p.id = a.id) "
                           "FROM articles a WHERE id = ?"));
    if (!m_prepared)
        m_error = m_db.lastError().text();
    return m_prepared;
}

bool SearchIndex::add(qint64 searchKey, const QString &words)
{
    m_queued.append({searchKey, words});
    return m_queued.size() < kRowsPerFlush || flush();
}

bool SearchIndex::flush()
{
    if (m_queued.isEmpty())
        return true;
    std::sort(m_queued.begin(), m_queued.end(),
              [](const auto &a, const auto &b) { return a.first < b.first; });
    for (const auto &[key, words] : std::as_const(m_queued)) {
        if (!write(true, key, words))
            return false;
    }
    m_queued.clear();
    return true;
}

bool SearchIndex::update(qint64 articleId, const std::function<bool()> &change)
{
    StoredWords before;
    if (!flush() || !read(articleId, &before) || !change() || !moveKey(articleId))
        return false;
    if (!before.found || !before.indexed)
        return true;
    StoredWords after;
    if (!read(articleId, &after))
        return false;
    if (after.key == before.key && after.words == before.words)
        return true; // what changed is not searched (a photo, the page's markup)
    return write(false, before.key, before.words) &&
           (!after.found || write(true, after.key, after.words));
}

// The key follows the shown date, which the change may have set.
bool SearchIndex::moveKey(qint64 articleId)
{
    if (!prepareStatements())
        return false;
    m_moveKey.addBindValue(articleId);
    return run(m_moveKey);
}

bool SearchIndex::remove(qint64 articleId)
{
    StoredWords stored;
    if (!flush() || !read(articleId, &stored))
        return false;
    return !stored.found || !stored.indexed || write(false, stored.key, stored.words);
}

bool SearchIndex::indexPending()
{
    if (!flush())
        return false;
    QSqlQuery batch(m_db);
    batch.setForwardOnly(true);
    QSqlQuery done(m_db);
    if (!batch.prepare(QStringLiteral(
            "SELECT p.id, a.search_key, a.title, a.author, a.body_html, a.page_html, a.body_text "
            "FROM search_pending p "
            "JOIN articles a ON a.id = p.id ORDER BY p.id LIMIT ?")) ||
        !done.prepare(QStringLiteral("DELETE FROM search_pending WHERE id <= ?"))) {
        m_error = m_db.lastError().text();
        return false;
    }
    for (;;) {
        batch.addBindValue(kPendingBatch);
        if (!run(batch))
            return false;
        qint64 lastId = -1;
        while (batch.next()) {
            lastId = batch.value(0).toLongLong();
            m_queued.append({batch.value(1).toLongLong(), wordsOfRow(batch, 2)});
        }
        batch.finish();
        if (lastId < 0) {
            // Left: only rows whose article is gone.
            done.addBindValue(std::numeric_limits<qint64>::max());
            return run(done);
        }
        done.addBindValue(lastId);
        if (!flush() || !run(done))
            return false;
    }
}

bool SearchIndex::rebuild()
{
    QSqlQuery query(m_db);
    if (!query.exec(
            QStringLiteral("INSERT INTO article_search (article_search) VALUES ('delete-all')")) ||
        !query.exec(
            QStringLiteral("INSERT OR IGNORE INTO search_pending (id) SELECT id FROM articles"))) {
        m_error = query.lastError().text();
        return false;
    }
    m_queued.clear();
    return indexPending();
}

bool SearchIndex::read(qint64 articleId, StoredWords *stored)
{
    if (!prepareStatements())
        return false;
    m_read.addBindValue(articleId);
    if (!run(m_read))
        return false;
    stored->found = m_read.next();
    if (stored->found) {
        stored->key = m_read.value(0).toLongLong();
        stored->words = wordsOfRow(m_read, 1);
        stored->indexed = m_read.value(6).toBool();
    }
    m_read.finish();
    return true;
}

bool SearchIndex::write(bool insert, qint64 searchKey, const QString &words)
{
    if (!prepareStatements())
        return false;
    QSqlQuery &query = insert ? m_insert : m_delete;
    query.addBindValue(searchKey);
    query.addBindValue(words);
    return run(query) && (!insert || addToVocabulary(words));
}

bool SearchIndex::addToVocabulary(QStringView words)
{
    qsizetype from = 0;
    for (qsizetype end = words.indexOf(u' '); end >= 0; end = words.indexOf(u' ', from)) {
        const QStringView word = words.sliced(from, end - from);
        from = end + 1;
        // Single characters are looked up as they are; only runs are searched inside.
        if (word.size() < search::kShortestRun || !m_inVocabulary.insert(word))
            continue;
        // The set viewed the caller's text: it views a copy of its own from now on. A QString's
        // characters stay where they are when the vector moves it.
        m_offered.push_back(word.toString());
        m_inVocabulary.replaceLast(m_offered.back());
        m_addWord.addBindValue(m_offered.back());
        if (!run(m_addWord))
            return false;
    }
    return true;
}

bool SearchIndex::run(QSqlQuery &query)
{
    if (query.exec())
        return true;
    m_error = query.lastError().text();
    return false;
}

} // namespace ichq
