#include "FeedStateStore.h"

#include "Database.h"
#include "SqlValues.h"

#include <QSqlQuery>
#include <QVariant>

namespace ichq {

namespace {

const QString kColumns = QStringLiteral(
    "id, url, title, etag, last_modified, last_attempt, last_success, retry_after, failures, "
    "last_error");

FeedState readState(const QSqlQuery &query)
{
    FeedState state;
    state.id = query.value(0).toLongLong();
    state.url = QUrl(query.value(1).toString());
    state.title = query.value(2).toString();
    state.etag = query.value(3).toString().toUtf8();
    state.lastModified = query.value(4).toString().toUtf8();
    state.lastAttempt = sql::fromEpoch(query.value(5));
    state.lastSuccess = sql::fromEpoch(query.value(6));
    state.retryAfter = sql::fromEpoch(query.value(7));
    state.failures = query.value(8).toInt();
    state.lastError = query.value(9).toString();
    return state;
}

} // namespace

FeedStateStore::FeedStateStore(Database &database) : m_db(database) {}

FeedState FeedStateStore::state(const QUrl &feedUrl) const
{
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral("SELECT ") + kColumns +
                  QStringLiteral(" FROM feeds WHERE url = ?"));
    query.addBindValue(feedUrl.toString(QUrl::FullyEncoded));
    if (query.exec() && query.next())
        return readState(query);
    FeedState empty;
    empty.url = feedUrl;
    return empty;
}

QList<FeedState> FeedStateStore::all() const
{
    QSqlQuery query(m_db.connection());
    QList<FeedState> states;
    if (query.exec(QStringLiteral("SELECT ") + kColumns +
                   QStringLiteral(" FROM feeds ORDER BY id"))) {
        while (query.next())
            states << readState(query);
    }
    return states;
}

bool FeedStateStore::ensureRow(const QUrl &feedUrl)
{
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral("INSERT OR IGNORE INTO feeds (url) VALUES (?)"));
    query.addBindValue(feedUrl.toString(QUrl::FullyEncoded));
    return query.exec();
}

bool FeedStateStore::recordSuccess(const QUrl &feedUrl, const QByteArray &etag,
                                   const QByteArray &lastModified)
{
    if (!ensureRow(feedUrl))
        return false;
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral(
        "UPDATE feeds SET etag = ?, last_modified = ?, last_attempt = ?, last_success = ?, "
        "failures = 0, last_error = '', retry_after = NULL WHERE url = ?"));
    query.addBindValue(sql::text(QString::fromUtf8(etag)));
    query.addBindValue(sql::text(QString::fromUtf8(lastModified)));
    query.addBindValue(now);
    query.addBindValue(now);
    query.addBindValue(feedUrl.toString(QUrl::FullyEncoded));
    return query.exec();
}

bool FeedStateStore::recordFailure(const QUrl &feedUrl, const QString &error,
                                   const QDateTime &retryAfter)
{
    if (!ensureRow(feedUrl))
        return false;
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral(
        "UPDATE feeds SET last_attempt = ?, failures = failures + 1, last_error = ?, "
        "retry_after = ? WHERE url = ?"));
    query.addBindValue(QDateTime::currentSecsSinceEpoch());
    query.addBindValue(sql::text(error));
    query.addBindValue(sql::epochOrNull(retryAfter));
    query.addBindValue(feedUrl.toString(QUrl::FullyEncoded));
    return query.exec();
}

} // namespace ichq
