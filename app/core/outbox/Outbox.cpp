#include "Outbox.h"

#include "MessageLimits.h"
#include "common/Logging.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace ichq {

namespace {

constexpr int kSchemaVersion = 1;

const char *const kColumns = "id, name, email, subject, body, consent, state, created_at, "
                             "last_attempt, next_attempt, sent_at, attempts, last_error";

QString nextConnectionName()
{
    static QAtomicInt counter;
    return QStringLiteral("ichq-outbox-%1").arg(counter.fetchAndAddRelaxed(1));
}

// Times are UTC milliseconds since the epoch; NULL is "never".
QVariant toDb(const QDateTime &time)
{
    return time.isValid() ? QVariant(time.toMSecsSinceEpoch())
                          : QVariant(QMetaType::fromType<qint64>());
}

QDateTime fromDb(const QVariant &value)
{
    return value.isNull() ? QDateTime()
                          : QDateTime::fromMSecsSinceEpoch(value.toLongLong(), Qt::UTC);
}

// A null QString binds as SQL NULL; the text columns are NOT NULL.
QString text(const QString &value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

OutboxMessage readMessage(const QSqlQuery &query)
{
    OutboxMessage m;
    m.id = query.value(0).toString();
    m.content.name = query.value(1).toString();
    m.content.email = query.value(2).toString();
    m.content.subject = query.value(3).toString();
    m.content.message = query.value(4).toString();
    m.content.consent = query.value(5).toBool();
    m.state = OutboxMessage::State(query.value(6).toInt());
    m.createdAt = fromDb(query.value(7));
    m.lastAttempt = fromDb(query.value(8));
    m.nextAttempt = fromDb(query.value(9));
    m.sentAt = fromDb(query.value(10));
    m.attempts = query.value(11).toInt();
    m.lastError = query.value(12).toString();
    return m;
}

bool run(QSqlQuery &query, const QString &sql, const QVariantList &values = {})
{
    if (!query.prepare(sql)) {
        qCWarning(lcStore) << "outbox: cannot prepare" << sql << query.lastError().text();
        return false;
    }
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (query.exec())
        return true;
    qCWarning(lcStore) << "outbox: SQL failed" << sql << query.lastError().text();
    return false;
}

} // namespace

Outbox::Outbox(const QString &filePath)
    : m_connectionName(nextConnectionName()), m_filePath(filePath)
{}

Outbox::~Outbox()
{
    close();
}

bool Outbox::open(QString *error)
{
    close();
    QDir().mkpath(QFileInfo(m_filePath).absolutePath());
    QString detail;
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
        db.setDatabaseName(m_filePath);
        // A helper process or a second window may hold the write lock for a moment.
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
        ok = db.open();
        if (!ok)
            detail = db.lastError().text();
        QSqlQuery query(db);
        // FULL: the commit of enqueue() is on disk (WAL synced) before it returns.
        ok = ok && run(query, QStringLiteral("PRAGMA journal_mode=WAL")) &&
             run(query, QStringLiteral("PRAGMA synchronous=FULL")) && migrate(&detail);
        if (!ok && detail.isEmpty())
            detail = query.lastError().text();
    }
    if (!ok) {
        if (error)
            *error = QCoreApplication::translate("Outbox", "Cannot open the outbox %1: %2")
                         .arg(QDir::toNativeSeparators(m_filePath), detail);
        close();
    }
    return ok;
}

bool Outbox::isOpen() const
{
    return QSqlDatabase::contains(m_connectionName) &&
           QSqlDatabase::database(m_connectionName, false).isOpen();
}

void Outbox::close()
{
    if (!QSqlDatabase::contains(m_connectionName))
        return;
    QSqlDatabase::database(m_connectionName, false).close();
    QSqlDatabase::removeDatabase(m_connectionName);
}

bool Outbox::migrate(QString *error)
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    QSqlQuery query(db);
    if (!run(query, QStringLiteral("PRAGMA user_version")) || !query.next())
        return false;
    const int version = query.value(0).toInt();
    if (version == kSchemaVersion)
        return true;
    if (version > kSchemaVersion) {
        if (error)
            *error = QCoreApplication::translate(
                         "Outbox", "it was written by a newer version of the app (schema %1).")
                         .arg(version);
        return false;
    }
    const QStringList statements = {
        QStringLiteral("CREATE TABLE message (id TEXT PRIMARY KEY NOT NULL, name TEXT NOT NULL, "
                       "email TEXT NOT NULL, subject TEXT NOT NULL, body TEXT NOT NULL, "
                       "consent INTEGER NOT NULL, state INTEGER NOT NULL, "
                       "created_at INTEGER NOT NULL, last_attempt INTEGER, next_attempt INTEGER, "
                       "sent_at INTEGER, attempts INTEGER NOT NULL DEFAULT 0, "
                       "last_error TEXT NOT NULL DEFAULT '')"),
        QStringLiteral("CREATE INDEX message_due ON message (state, next_attempt)"),
        // One row at most: the draft the message dialog restores.
        QStringLiteral("CREATE TABLE draft (slot INTEGER PRIMARY KEY CHECK (slot = 1), "
                       "name TEXT NOT NULL, email TEXT NOT NULL, subject TEXT NOT NULL, "
                       "body TEXT NOT NULL, consent INTEGER NOT NULL)"),
        QStringLiteral("PRAGMA user_version=%1").arg(kSchemaVersion)};
    if (!db.transaction())
        return false;
    for (const QString &sql : statements) {
        if (!run(query, sql)) {
            if (error)
                *error = query.lastError().text();
            db.rollback();
            return false;
        }
    }
    return db.commit();
}

bool Outbox::update(const QString &sql, const QVariantList &values)
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    return run(query, sql, values) && query.numRowsAffected() > 0;
}

QString Outbox::enqueue(const MessageDraft &draft, QString *error)
{
    const QString problem = messageProblem(draft);
    if (!problem.isEmpty()) {
        if (error)
            *error = problem;
        return {};
    }
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const qint64 now = nowMs();
    const bool stored = update(
        QStringLiteral("INSERT INTO message (id, name, email, subject, body, consent, state, "
                       "created_at, next_attempt) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {id, text(draft.name), text(draft.email), text(draft.subject), text(draft.message),
         draft.consent ? 1 : 0, int(OutboxMessage::State::Queued), now, now});
    if (!stored && error)
        *error = QCoreApplication::translate("Outbox", "The message could not be saved.");
    return stored ? id : QString();
}

QList<OutboxMessage> Outbox::all() const
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    QList<OutboxMessage> messages;
    if (!run(query, QStringLiteral("SELECT %1 FROM message ORDER BY created_at DESC, rowid DESC")
                        .arg(QLatin1String(kColumns))))
        return messages;
    while (query.next())
        messages << readMessage(query);
    return messages;
}

QList<OutboxMessage> Outbox::due(const QDateTime &nowUtc) const
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    QList<OutboxMessage> messages;
    // Oldest first: messages leave in the order they were written.
    const QString sql = QStringLiteral("SELECT %1 FROM message WHERE state = ? AND "
                                       "(next_attempt IS NULL OR next_attempt <= ?) "
                                       "ORDER BY created_at, rowid")
                            .arg(QLatin1String(kColumns));
    if (!run(query, sql, {int(OutboxMessage::State::Queued), nowUtc.toMSecsSinceEpoch()}))
        return messages;
    while (query.next())
        messages << readMessage(query);
    return messages;
}

std::optional<OutboxMessage> Outbox::message(const QString &id) const
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    if (!run(query,
             QStringLiteral("SELECT %1 FROM message WHERE id = ?").arg(QLatin1String(kColumns)),
             {id}) ||
        !query.next())
        return std::nullopt;
    return readMessage(query);
}

QDateTime Outbox::nextAttemptAt() const
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    if (!run(query,
             QStringLiteral("SELECT MIN(COALESCE(next_attempt, 0)) FROM message WHERE state = ?"),
             {int(OutboxMessage::State::Queued)}) ||
        !query.next())
        return {};
    return fromDb(query.value(0));
}

bool Outbox::markAttempt(const QString &id)
{
    return update(QStringLiteral("UPDATE message SET attempts = attempts + 1, last_attempt = ? "
                                 "WHERE id = ?"),
                  {nowMs(), id});
}

bool Outbox::markSent(const QString &id)
{
    return update(QStringLiteral("UPDATE message SET state = ?, sent_at = ?, next_attempt = NULL, "
                                 "last_error = '' WHERE id = ?"),
                  {int(OutboxMessage::State::Sent), nowMs(), id});
}

bool Outbox::markFailed(const QString &id, const QString &reason)
{
    // Never turns a sent message back into a failed one.
    return update(
        QStringLiteral("UPDATE message SET state = ?, next_attempt = NULL, "
                       "last_error = ? WHERE id = ? AND state <> ?"),
        {int(OutboxMessage::State::Failed), text(reason), id, int(OutboxMessage::State::Sent)});
}

bool Outbox::defer(const QString &id, const QString &error, const QDateTime &nextAttemptUtc)
{
    return update(QStringLiteral("UPDATE message SET next_attempt = ?, last_error = ? "
                                 "WHERE id = ? AND state = ?"),
                  {toDb(nextAttemptUtc), text(error), id, int(OutboxMessage::State::Queued)});
}

bool Outbox::retryNow(const QString &id)
{
    // A sent message is never queued again: that is how one would be delivered twice.
    return update(
        QStringLiteral("UPDATE message SET state = ?, next_attempt = ? "
                       "WHERE id = ? AND state <> ?"),
        {int(OutboxMessage::State::Queued), nowMs(), id, int(OutboxMessage::State::Sent)});
}

bool Outbox::remove(const QString &id)
{
    return update(QStringLiteral("DELETE FROM message WHERE id = ?"), {id});
}

void Outbox::saveDraft(const MessageDraft &draft)
{
    update(QStringLiteral("INSERT OR REPLACE INTO draft (slot, name, email, subject, body, "
                          "consent) VALUES (1, ?, ?, ?, ?, ?)"),
           {text(draft.name), text(draft.email), text(draft.subject), text(draft.message),
            draft.consent ? 1 : 0});
}

std::optional<MessageDraft> Outbox::draft() const
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    if (!run(query, QStringLiteral("SELECT name, email, subject, body, consent FROM draft "
                                   "WHERE slot = 1")) ||
        !query.next())
        return std::nullopt;
    MessageDraft draft;
    draft.name = query.value(0).toString();
    draft.email = query.value(1).toString();
    draft.subject = query.value(2).toString();
    draft.message = query.value(3).toString();
    draft.consent = query.value(4).toBool();
    return draft;
}

void Outbox::clearDraft()
{
    update(QStringLiteral("DELETE FROM draft"), {});
}

} // namespace ichq
