#pragma once

#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTimer>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;

namespace ichq {

class Outbox;
struct OutboxMessage;
struct SendDecision;

// Posts due outbox messages to the site's contact endpoint, one at a time:
// application/x-www-form-urlencoded (name, email, subject, message) with the UUID as
// Idempotency-Key. Only a 2xx marks a message sent; 5xx, 429, timeouts and no network defer it
// with back-off (Retry-After honoured); a 3xx is never success (redirects are not followed: a
// POST must not silently become a GET elsewhere) and, like any other 4xx, marks it failed with
// the server's reason, so the user can send it by email instead. Only https is used (plain http
// only to a loopback address), fields over MessageLimits are never posted, and one attempt is
// exactly one POST: Qt does not replay it on a dropped connection.
class MessageSender : public QObject
{
    Q_OBJECT
public:
    MessageSender(Outbox &outbox, QNetworkAccessManager *manager, const QUrl &endpoint,
                  QObject *parent = nullptr);
    ~MessageSender() override; // abandons a post in flight: the message stays queued

    // The caller calls sendDue() after enqueue(); the sender also starts on its own once the
    // event loop runs, and wakes itself for the next due message.
    void setEndpoint(const QUrl &endpoint);
    QUrl endpoint() const { return m_endpoint; }
    void setOnline(bool online); // going online sends what is due at once
    bool isOnline() const { return m_online; }
    void setTransferTimeout(int milliseconds); // default 30 s: a silent server gives up then
    int transferTimeout() const { return m_transferTimeoutMs; }
    // Sends every due message now (queued and whose back-off elapsed); no-op while offline.
    void sendDue();
    bool isSending() const;

    static int backOffSeconds(int attempts); // 30 s, 1 min, 2 min ... at most 1 h
    // Why messages must not go to this address, for a person (the Settings dialog shows the
    // same sentence); empty when it is fine.
    static QString endpointProblem(const QUrl &endpoint);

signals:
    void messageSent(const QString &id);
    void messageFailed(const QString &id, const QString &reason);
    void messageDeferred(const QString &id, const QString &error);
    void outboxChanged();

private:
    void holdQueued(const QString &reason); // the endpoint is refused: nothing is posted
    void post(const OutboxMessage &message);
    void finished(QNetworkReply *reply);
    void apply(const QString &id, const SendDecision &decision, bool networkProblem);
    void scheduleNext();
    QString transferErrorText(const QNetworkReply *reply) const;

    Outbox &m_outbox;
    QNetworkAccessManager *m_manager;
    QUrl m_endpoint;
    QTimer m_timer; // wakes the sender when the next queued message is due
    QPointer<QNetworkReply> m_reply;
    QString m_sendingId;
    // Deferred because the network failed, not because the server said so: retried on
    // reconnect without waiting out the back-off (a server's Retry-After is kept).
    QSet<QString> m_waitingForNetwork;
    int m_transferTimeoutMs = 30000;
    bool m_online = true;
};

} // namespace ichq
