#include "ArticleStore.h"

#include "ArticleWriter.h"
#include "Database.h"
#include "SqlValues.h"
#include "common/Logging.h"

#include <QCryptographicHash>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <limits>
#include <optional>

namespace ichq {

namespace {

qint64 ensureFeed(QSqlDatabase &db, const QUrl &feedUrl, const FeedInfo &info, QString *error)
{
    QSqlQuery upsert(db);
    upsert.prepare(QStringLiteral(
        "INSERT INTO feeds (url, title, link, description, language) VALUES (?, ?, ?, ?, ?) "
        "ON CONFLICT (url) DO UPDATE SET title = excluded.title, link = excluded.link, "
        "description = excluded.description, language = excluded.language"));
    upsert.addBindValue(feedUrl.toString(QUrl::FullyEncoded));
    upsert.addBindValue(sql::text(info.title));
    upsert.addBindValue(sql::text(info.link.toString()));
    upsert.addBindValue(sql::text(info.description));
    upsert.addBindValue(sql::text(info.language));
    QSqlQuery select(db);
    select.prepare(QStringLiteral("SELECT id FROM feeds WHERE url = ?"));
    select.addBindValue(feedUrl.toString(QUrl::FullyEncoded));
    if (!upsert.exec() || !select.exec() || !select.next()) {
        *error =
            upsert.lastError().isValid() ? upsert.lastError().text() : select.lastError().text();
        return 0;
    }
    return select.value(0).toLongLong();
}

bool setFlag(Database &database, const char *column, qint64 articleId, bool value)
{
    QSqlQuery query(database.connection());
    query.prepare(
        QStringLiteral("UPDATE articles SET %1 = ? WHERE id = ?").arg(QLatin1String(column)));
    query.addBindValue(value ? 1 : 0);
    query.addBindValue(articleId);
    return query.exec() && query.numRowsAffected() == 1;
}

// A store that failed: what was committed before the failure, and why.
StoreOutcome failed(StoreOutcome committed, const QString &error)
{
    committed.ok = false;
    committed.error = error;
    return committed;
}

// Adds one written article to the counts; false when it failed.
bool count(ArticleWriter::Result result, StoreOutcome *outcome)
{
    switch (result) {
    case ArticleWriter::Result::Added:
        ++outcome->added;
        return true;
    case ArticleWriter::Result::Updated:
        ++outcome->updated;
        return true;
    case ArticleWriter::Result::Unchanged:
    case ArticleWriter::Result::Expired:
        ++outcome->unchanged;
        return true;
    case ArticleWriter::Result::Failed:
        break;
    }
    return false;
}

} // namespace

ArticleStore::ArticleStore(Database &database) : m_db(database) {}

StoreOutcome ArticleStore::storeFeed(const QUrl &feedUrl, const FeedInfo &info,
                                     const QList<PreparedArticle> &articles,
                                     const ArticleHook &hook)
{
    bool handedOut = false;
    return storeFeed(
        feedUrl, info,
        [&](QList<PreparedArticle> *next) {
            if (handedOut)
                return false;
            *next = articles;
            return handedOut = true;
        },
        hook);
}

StoreOutcome ArticleStore::storeFeed(const QUrl &feedUrl, const FeedInfo &info,
                                     const ArticleSource &next, const ArticleHook &hook,
                                     const UserActivity *activity)
{
    StoreOutcome outcome;
    QList<PreparedArticle> chunk;
    // The first articles are ready before the store is locked: preparing them does not hold it.
    bool more = next(&chunk);
    QSqlDatabase db = m_db.connection();
    // Immediate: after a pause this transaction reads (ids, existing rows) before it writes.
    std::optional<Transaction> transaction(std::in_place, db, Transaction::Lock::Immediate);
    if (!transaction->isActive()) {
        outcome.error = db.lastError().text();
        return outcome;
    }
    const qint64 feedId = ensureFeed(db, feedUrl, info, &outcome.error);
    ArticleWriter writer(db, feedId);
    if (feedId <= 0 || !writer.prepare()) {
        if (outcome.error.isEmpty())
            outcome.error = writer.lastError();
        return outcome;
    }
    YieldPoint yield(activity);
    StoreOutcome committed; // the counts as of the last commit, which a failure keeps
    // Commits what was written, pauses, and begins again: a pause never holds the store.
    const auto pauseIfDue = [&] {
        if (!yield.isDue())
            return true;
        if (!writer.indexNewArticles()) {
            outcome.error = writer.lastError();
            return false;
        }
        if (!transaction->commit()) {
            outcome.error = db.lastError().text();
            return false;
        }
        committed = outcome;
        yield.pause();
        transaction.emplace(db, Transaction::Lock::Immediate);
        if (!transaction->isActive()) {
            outcome.error = db.lastError().text();
            return false;
        }
        if (!writer.prepare()) { // ids may have moved meanwhile
            outcome.error = writer.lastError();
            return false;
        }
        return true;
    };
    QSet<QString> seen; // a feed that repeats an item is counted once
    int index = 0;
    while (more) {
        for (const PreparedArticle &article : std::as_const(chunk)) {
            const int current = index++;
            if (seen.contains(article.key))
                continue;
            seen.insert(article.key);
            if (!pauseIfDue())
                return failed(committed, outcome.error);
            if (!count(writer.write(article), &outcome)) {
                qCWarning(lcStore) << "storing" << feedUrl << "failed:" << writer.lastError();
                // This transaction rolls back: no article half-written.
                return failed(committed, writer.lastError());
            }
            if (hook)
                hook(current);
        }
        // Also before waiting for the next chunk, which this thread may have to prepare.
        if (!pauseIfDue())
            return failed(committed, outcome.error);
        more = next(&chunk);
    }
    if (!writer.indexNewArticles())
        return failed(committed, writer.lastError());
    outcome.ok = transaction->commit();
    if (!outcome.ok)
        outcome.error = db.lastError().text();
    return outcome;
}

bool ArticleStore::setRead(qint64 articleId, bool read)
{
    return setFlag(m_db, "is_read", articleId, read);
}

bool ArticleStore::setStarred(qint64 articleId, bool starred)
{
    return setFlag(m_db, "is_starred", articleId, starred);
}

bool ArticleStore::markAllRead(const QString &section, const QList<QUrl> &feeds)
{
    return markReadBetween(0, std::numeric_limits<qint64>::max(), section, feeds, {});
}

bool ArticleStore::markReadBetween(qint64 fromId, qint64 toId, const QString &section,
                                   const QList<QUrl> &feeds, const QSet<qint64> &except,
                                   QSqlError *error)
{
    QString sql =
        QStringLiteral("UPDATE articles SET is_read = 1 WHERE id >= ? AND id <= ? AND is_read = 0");
    QVariantList values{fromId, toId};
    if (!section.isEmpty()) {
        // Per row, not a list of the section's ids: Mark All Read runs a range at a time.
        sql += QStringLiteral(" AND EXISTS (SELECT 1 FROM article_categories ac JOIN categories c "
                              "ON c.id = ac.category_id WHERE ac.article_id = articles.id "
                              "AND c.name = ?)");
        values << section;
    }
    if (!feeds.isEmpty())
        sql += QStringLiteral(" AND ") + sql::inFeeds(QStringLiteral("feed_id"), feeds, &values);
    if (!except.isEmpty()) {
        QStringList marks;
        for (const qint64 id : except) {
            marks << QStringLiteral("?");
            values << id;
        }
        sql +=
            QStringLiteral(" AND id NOT IN (") + marks.join(QLatin1String(", ")) + QLatin1Char(')');
    }
    QSqlQuery query(m_db.connection());
    query.prepare(sql);
    for (const QVariant &value : std::as_const(values))
        query.addBindValue(value);
    const bool ok = query.exec();
    if (!ok && error)
        *error = query.lastError();
    return ok;
}

} // namespace ichq
