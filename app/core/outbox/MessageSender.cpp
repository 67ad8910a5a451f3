#include "MessageSender.h"

#include "MessageLimits.h"
#include "OneShotBody.h"
#include "Outbox.h"
#include "SendOutcome.h"
#include "common/Logging.h"
#include "net/Fetcher.h"

#include <QCoreApplication>
#include <QHostAddress>
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
// ContentReSendError is a dropped connection that Qt could not replay (OneShotBody).
bool isTransferError(QNetworkReply::NetworkError error)
{
    return error != QNetworkReply::NoError && (error < QNetworkReply::ContentAccessDenied ||
                                               error == QNetworkReply::ContentReSendError ||
                                               error == QNetworkReply::ProtocolUnknownError ||
                                               error == QNetworkReply::ProtocolFailure);
}

// Plain http never leaves the machine here, so a local test or development server may use it.
bool isLoopback(const QString &host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
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
    // Messages held back by a refused address go as soon as a usable one is set.
    if (m_online && !m_reply)
        m_timer.start(0);
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

QString MessageSender::endpointProblem(const QUrl &endpoint)
{
    if (endpoint.isEmpty())
        return tr("No contact address is set; messages wait in the outbox.");
    if (!endpoint.isValid() || endpoint.host().isEmpty())
        return tr("The contact address \"%1\" is not a web address; messages wait in the outbox.")
            .arg(endpoint.toDisplayString());
    const QString scheme = endpoint.scheme().toLower();
    if (scheme == QLatin1String("https") ||
        (scheme == QLatin1String("http") && isLoopback(endpoint.host())))
        return {};
    // Name, email and message would cross the network readable by anyone on the way.
    return tr("The contact address \"%1\" does not start with https://, so your name, email and "
              "message would travel unencrypted; messages wait in the outbox.")
        .arg(endpoint.toDisplayString());
}

void MessageSender::sendDue()
{
    // One at a time: the next one starts when this one's answer is stored.
    if (!m_online || m_reply)
        return;
    const QString problem = endpointProblem(m_endpoint);
    if (!problem.isEmpty()) {
        holdQueued(problem);
        return;
    }
    for (const OutboxMessage &message : m_outbox.due(QDateTime::currentDateTimeUtc())) {
        const QString tooLong = messageProblem(message.content);
        if (tooLong.isEmpty()) {
            post(message);
            return;
        }
        // Stored by a version that checked lengths only in the dialog: never posted, kept for
        // the user to shorten or send by email.
        apply(message.id, {SendDecision::Kind::Failed, tooLong, {}}, false);
    }
    scheduleNext();
}

void MessageSender::holdQueued(const QString &reason)
{
    qCWarning(lcNet) << "contact endpoint refused; messages stay queued:" << reason;
    m_timer.stop(); // setEndpoint() wakes the sender again
    bool changed = false;
    for (const OutboxMessage &message : m_outbox.all()) {
        // Told once per message, not on every sendDue().
        if (message.state != OutboxMessage::State::Queued || message.lastError == reason)
            continue;
        // Keeps the message due: it leaves as soon as the address is fixed.
        m_outbox.defer(message.id, reason, message.nextAttempt);
        emit messageDeferred(message.id, reason);
        changed = true;
    }
    if (changed)
        emit outboxChanged();
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

    // One attempt is one POST on the wire: Qt must neither keep a copy of the body nor replay
    // it after a dropped connection (see OneShotBody); the next attempt is ours, same key.
    const QByteArray body = formBody(message.content);
    request.setHeader(QNetworkRequest::ContentLengthHeader, body.size());
    request.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
    auto *upload = new OneShotBody(body);
    m_sendingId = message.id;
    QNetworkReply *reply = m_manager->post(request, upload);
    upload->setParent(reply); // read until the reply finishes
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
    case QNetworkReply::RemoteHostClosedError:
    case QNetworkReply::ContentReSendError: // closed after the body left, not replayed
        return tr("The server closed the connection without an answer; the message may not have "
                  "arrived. It will be sent again, marked so that the site keeps one copy.");
    default:
        return tr("Could not reach the server: %1").arg(reply->errorString());
    }
}

} // namespace ichq
