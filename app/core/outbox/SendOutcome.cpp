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

} // namespace

QString serverReason(const SendReply &reply)
{
    QString reason = shortened(jsonMessage(reply.body));
    if (reason.isEmpty())
        reason = shortened(plainText(reply));
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
