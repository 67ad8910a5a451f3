#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QVariantList>

#include <optional>

namespace ichq {

struct MessageDraft
{
    QString name;
    QString email;
    QString subject;
    QString message;
    bool consent = false;
};

struct OutboxMessage
{
    enum class State { Queued = 0, Sent = 1, Failed = 2 };
    QString id; // UUID, also the Idempotency-Key
    MessageDraft content;
    State state = State::Queued;
    QDateTime createdAt;   // UTC
    QDateTime lastAttempt; // UTC, invalid before the first
    QDateTime nextAttempt; // UTC, when a queued message may be tried again
    QDateTime sentAt;      // UTC
    int attempts = 0;
    QString lastError; // for a person: the server's reason or the network error
};

// Messages the user wrote, kept in their own SQLite file with synchronous=FULL: a message is on
// disk before enqueue() returns, and a crash at any point loses none. Also holds the one draft.
class Outbox
{
public:
    explicit Outbox(const QString &filePath);
    ~Outbox();
    bool open(QString *error = nullptr);
    bool isOpen() const;
    void close(); // before "delete my data"; the destructor closes too

    // Durably stored, state Queued, due now. Returns the new UUID; empty when a field is over
    // its limit (MessageLimits; *error says which) or the write failed.
    QString enqueue(const MessageDraft &draft, QString *error = nullptr);

    QList<OutboxMessage> all() const;                        // newest first
    QList<OutboxMessage> due(const QDateTime &nowUtc) const; // queued and nextAttempt <= now
    std::optional<OutboxMessage> message(const QString &id) const;
    // The earliest nextAttempt among queued messages; invalid when none is queued.
    QDateTime nextAttemptAt() const;

    bool markAttempt(const QString &id); // attempts + 1, lastAttempt = now
    bool markSent(const QString &id);
    bool markFailed(const QString &id, const QString &reason); // a 4xx: not retried
    bool defer(const QString &id, const QString &error, const QDateTime &nextAttemptUtc);
    bool retryNow(const QString &id); // Failed or deferred -> Queued, due now
    bool remove(const QString &id);

    void saveDraft(const MessageDraft &draft);
    std::optional<MessageDraft> draft() const;
    void clearDraft();

private:
    bool migrate(QString *error);
    bool update(const QString &sql, const QVariantList &values);

    QString m_connectionName;
    QString m_filePath;
};

} // namespace ichq
