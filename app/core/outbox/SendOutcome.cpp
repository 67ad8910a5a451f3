#include "SendOutcome.h"

#include "net/FetchPolicy.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringDecoder>

namespace ichq {

namespace {

constexpr int kMaxPlainReason = 300;
// A bogus Retry-After must neither hammer the server nor park a message for days.
constexpr int kMinRetrySeconds = 1;
constexpr int kMaxRetrySeconds = 24 * 3600;

QString shortened(QString text)
{
    text = text.simplified();
    if (text.size() > kMaxPlainReason)
        text = text.left(kMaxPlainReason - 1) + QChar(0x2026);
    return text;
}

QString jsonMessage(const QByteArray &body)
{
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    return doc.isObject() ? doc.object().value(QLatin1String("message")).toString() : QString();
}

QString plainText(const SendReply &reply)
{
    const QByteArray type = reply.contentType.toLower();
    if (!type.isEmpty() && !type.startsWith("text/plain"))
        return {};
    QStringDecoder utf8(QStringDecoder::Utf8);
    const QString text = QString(utf8(reply.body)).trimmed();
    // An HTML error page sent as text/plain is not a reason a person can read.
    if (utf8.hasError() || text.size() >= kMaxPlainReason || text.startsWith(QLatin1Char('<')))
        return {};
    return text;
}

bool isRetryable(int status)
{
    // 408 is the server's own timeout: as worth retrying as ours.
    return status >= 500 || status == 429 || status == 408;
}

// The standard meaning of a status, in the reader's language; empty for one without a plain one.
QString standardReason(int status)
{
    const char *text = nullptr;
    switch (status) {
    case 400:
        text = QT_TRANSLATE_NOOP("MessageSender", "the server could not read the message");
        break;
    case 401:
    case 403:
        text = QT_TRANSLATE_NOOP("MessageSender", "the server does not accept messages from here");
        break;
    case 404:
    case 410:
        text = QT_TRANSLATE_NOOP("MessageSender", "the message address does not exist");
        break;
    case 405:
        text = QT_TRANSLATE_NOOP("MessageSender", "the message address does not take messages");
        break;
    case 413:
        text = QT_TRANSLATE_NOOP("MessageSender", "the message is too large for the server");
        break;
    case 415:
        text = QT_TRANSLATE_NOOP("MessageSender", "the server does not take messages in this form");
        break;
    case 422:
        text =
            QT_TRANSLATE_NOOP("MessageSender", "the server did not accept what the message says");
        break;
    case 429:
        text = QT_TRANSLATE_NOOP("MessageSender",
                                 "too many messages were sent; the server asks to wait");
        break;
    case 500:
        text = QT_TRANSLATE_NOOP("MessageSender", "the server had an internal error");
        break;
    case 502:
    case 504:
        text = QT_TRANSLATE_NOOP("MessageSender", "the server's gateway did not answer");
        break;
    case 503:
        text = QT_TRANSLATE_NOOP("MessageSender", "the server is unavailable for now");
        break;
    default:
        return {};
    }
    return QCoreApplication::translate("MessageSender", "%1 (HTTP %2)")
        .arg(QCoreApplication::translate("MessageSender", text))
        .arg(status);
}

} // namespace

QString serverReason(const SendReply &reply)
{
    // The server's own words first; without them, the status's standard meaning, translated.
    QString reason = shortened(jsonMessage(reply.body));
    if (reason.isEmpty())
        reason = shortened(plainText(reply));
    if (reason.isEmpty())
        reason = standardReason(reply.httpStatus);
    if (reason.isEmpty())
        reason = shortened(QString::fromLatin1(reply.reasonPhrase));
    if (reason.isEmpty())
        reason =
            QCoreApplication::translate("MessageSender", "HTTP status %1").arg(reply.httpStatus);
    return reason;
}

SendDecision decideSend(const SendReply &reply, const QDateTime &nowUtc)
{
    SendDecision decision;
    const int status = reply.httpStatus;
    // Checked before the status: headers of a 200 followed by a cut body are no proof that the
    // server kept the message. Sending again is safe; the Idempotency-Key makes it one delivery.
    if (reply.transferFailed || status <= 0) {
        decision.kind = SendDecision::Kind::Retry;
        decision.reason =
            reply.transferError.isEmpty()
                ? QCoreApplication::translate("MessageSender", "No answer from the server.")
                : reply.transferError;
        return decision;
    }
    if (status >= 200 && status < 300) {
        decision.kind = SendDecision::Kind::Sent;
        return decision;
    }
    if (status >= 300 && status < 400) {
        // Following a redirect could turn the POST into a GET elsewhere and lose the message.
        decision.kind = SendDecision::Kind::Failed;
        decision.reason =
            QCoreApplication::translate(
                "MessageSender",
                "The server sent the message elsewhere (HTTP %1); it was not delivered.")
                .arg(status);
        return decision;
    }
    if (isRetryable(status) || status < 200) {
        decision.kind = SendDecision::Kind::Retry;
        decision.reason = QCoreApplication::translate(
                              "MessageSender", "The server could not take the message now (%1).")
                              .arg(serverReason(reply));
        const QDateTime after = fetchpolicy::parseRetryAfter(reply.retryAfter, nowUtc);
        if (after.isValid())
            decision.retryAfter =
                qBound(nowUtc.addSecs(kMinRetrySeconds), after, nowUtc.addSecs(kMaxRetrySeconds));
        return decision;
    }
    decision.kind = SendDecision::Kind::Failed;
    decision.reason = serverReason(reply);
    return decision;
}

} // namespace ichq
