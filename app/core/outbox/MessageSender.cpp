#include "MessageSender.h"

#include "Outbox.h"
#include "SendOutcome.h"
#include "common/Logging.h"
#include "net/Fetcher.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

namespace ichq {

namespace {

constexpr int kFirstBackOffSeconds = 30;
constexpr int kMaxBackOffSeconds = 3600;
constexpr qint64 kMaxReplyBody = 64 * 1024; // a reason is short; the rest is not read
constexpr qint64 kMaxTimerMs = 3600 * 1000;

QByteArray formField(const char *name, const QString &value)
{
    // Percent-encodes everything but unreserved characters, so '+', '&' and '=' in a message
    // arrive as written (QUrlQuery would leave '+', which a form decoder reads as a space).
    return QByteArray(name) + '=' + QUrl::toPercentEncoding(value);
}

QByteArray formBody(const MessageDraft &content)
{
    return formField("name", content.name) + '&' + formField("email", content.email) + '&' +
           formField("subject", content.subject) + '&' + formField("message", content.message);
}

// Errors of the transfer itself, as opposed to the ones Qt derives from an HTTP status.
bool isTransferError(QNetworkReply::NetworkError error)
{
    return error != QNetworkReply::NoError && (error < QNetworkReply::ContentAccessDenied ||
                                               error == QNetworkReply::ProtocolUnknownError ||
                                               error == QNetworkReply::ProtocolFailure);
}

} // namespace

MessageSender::MessageSender(Outbox &outbox, QNetworkAccessManager *manager, const QUrl &endpoint,
                             QObject *parent)
    : QObject(parent), m_outbox(outbox), m_manager(manager), m_endpoint(endpoint)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &MessageSender::sendDue);
    // Messages left by an earlier run (quit, crash, offline) go as soon as the loop runs.
    m_timer.start(0);
}

MessageSender::~MessageSender()
{
    if (m_reply) {
        disconnect(m_reply, nullptr, this, nullptr);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

void MessageSender::setEndpoint(const QUrl &endpoint)
{
    m_endpoint = endpoint;
}

void MessageSender::setOnline(bool online)
{
    if (online == m_online)
        return;
    m_online = online;
    if (!m_online) {
        m_timer.stop();
        return;
    }
    for (const QString &id : std::as_const(m_waitingForNetwork))
        m_outbox.retryNow(id);
    m_waitingForNetwork.clear();
    sendDue();
}

void MessageSender::setTransferTimeout(int milliseconds)
{
    m_transferTimeoutMs = qMax(1, milliseconds);
}

bool MessageSender::isSending() const
{
    return !m_reply.isNull();
}

int MessageSender::backOffSeconds(int attempts)
{
    int seconds = kFirstBackOffSeconds;
    for (int i = 1; i < attempts && seconds < kMaxBackOffSeconds; ++i)
        seconds *= 2;
    return qMin(seconds, kMaxBackOffSeconds);
}

void MessageSender::sendDue()
{
    // One at a time: the next one starts when this one's answer is stored.
    if (!m_online || m_reply)
        return;
    if (!m_endpoint.isValid() || m_endpoint.host().isEmpty()) {
        qCWarning(lcNet) << "no valid contact endpoint; messages stay queued" << m_endpoint;
        return;
    }
    const QList<OutboxMessage> due = m_outbox.due(QDateTime::currentDateTimeUtc());
    if (due.isEmpty()) {
        scheduleNext();
        return;
    }
    post(due.first());
}

void MessageSender::post(const OutboxMessage &message)
{
    m_timer.stop();
    // Counted before the request leaves: a crash now still leaves a queued message, which the
    // next run sends again under the same Idempotency-Key.
    m_outbox.markAttempt(message.id);
    QNetworkRequest request(m_endpoint);
    // A POST must not be replayed as a GET somewhere else.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute,
                         QNetworkRequest::AlwaysNetwork);
    request.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    request.setTransferTimeout(m_transferTimeoutMs);
    request.setHeader(QNetworkRequest::ContentTypeHeader,
                      QByteArrayLiteral("application/x-www-form-urlencoded"));
    request.setHeader(QNetworkRequest::UserAgentHeader, Fetcher::userAgent());
    request.setRawHeader(QByteArrayLiteral("Accept"),
                         QByteArrayLiteral("application/json, text/plain;q=0.9, */*;q=0.1"));
    request.setRawHeader(QByteArrayLiteral("Idempotency-Key"), message.id.toLatin1());

    m_sendingId = message.id;
    QNetworkReply *reply = m_manager->post(request, formBody(message.content));
    m_reply = reply;
    connect(reply, &QNetworkReply::finished, this, [this, reply] { finished(reply); });
    emit outboxChanged();
}

void MessageSender::finished(QNetworkReply *reply)
{
    reply->deleteLater();
    const QString id = m_sendingId;
    m_sendingId.clear();
    m_reply = nullptr;

    SendReply facts;
    facts.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    facts.transferFailed = isTransferError(reply->error());
    if (facts.transferFailed)
        facts.transferError = transferErrorText(reply);
    facts.reasonPhrase = reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toByteArray();
    facts.contentType = reply->rawHeader(QByteArrayLiteral("Content-Type"));
    facts.retryAfter = reply->rawHeader(QByteArrayLiteral("Retry-After"));
    if (reply->isOpen()) // not after a timeout: the reply was aborted
        facts.body = reply->read(kMaxReplyBody);
    const bool networkProblem = facts.transferFailed || facts.httpStatus <= 0;
    apply(id, decideSend(facts, QDateTime::currentDateTimeUtc()), networkProblem);
    // The next due message, if any, from the event loop rather than this reply's signal.
    if (m_online)
        m_timer.start(0);
}

void MessageSender::apply(const QString &id, const SendDecision &decision, bool networkProblem)
{
    m_waitingForNetwork.remove(id);
    switch (decision.kind) {
    case SendDecision::Kind::Sent:
        m_outbox.markSent(id);
        qCInfo(lcNet) << "message" << id << "sent";
        emit messageSent(id);
        break;
    case SendDecision::Kind::Failed:
        m_outbox.markFailed(id, decision.reason);
        qCInfo(lcNet) << "message" << id << "refused:" << decision.reason;
        emit messageFailed(id, decision.reason);
        break;
    case SendDecision::Kind::Retry: {
        const auto message = m_outbox.message(id);
        const int attempts = message ? message->attempts : 1;
        const QDateTime next =
            decision.retryAfter.isValid()
                ? decision.retryAfter
                : QDateTime::currentDateTimeUtc().addSecs(backOffSeconds(attempts));
        m_outbox.defer(id, decision.reason, next);
        if (networkProblem && !decision.retryAfter.isValid())
            m_waitingForNetwork.insert(id);
        qCInfo(lcNet) << "message" << id << "deferred until" << next << decision.reason;
        emit messageDeferred(id, decision.reason);
        break;
    }
    }
    emit outboxChanged();
}

void MessageSender::scheduleNext()
{
    const QDateTime next = m_outbox.nextAttemptAt();
    if (!next.isValid()) {
        m_timer.stop();
        return;
    }
    const qint64 ms = QDateTime::currentDateTimeUtc().msecsTo(next);
    m_timer.start(int(qBound(qint64(0), ms, kMaxTimerMs)));
}

QString MessageSender::transferErrorText(const QNetworkReply *reply) const
{
    switch (reply->error()) {
    case QNetworkReply::OperationCanceledError: // what setTransferTimeout ends a reply with
    case QNetworkReply::TimeoutError:
        return tr("The server did not answer within %n second(s).", nullptr,
                  qMax(1, m_transferTimeoutMs / 1000));
    default:
        return tr("Could not reach the server: %1").arg(reply->errorString());
    }
}

} // namespace ichq
