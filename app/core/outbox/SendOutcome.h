#pragma once

// What an answer to a message post means, kept apart from the network so every case is tested
// without a server.

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace ichq {

struct SendReply
{
    int httpStatus = 0;          // 0 when there was no complete HTTP answer
    bool transferFailed = false; // connection refused, timed out, cut mid-answer ...
    QString transferError;       // for a person, when transferFailed
    QByteArray reasonPhrase;
    QByteArray contentType;
    QByteArray body;
    QByteArray retryAfter;
};

struct SendDecision
{
    enum class Kind { Sent, Retry, Failed };
    Kind kind = Kind::Retry;
    QString reason;       // for a person: why it failed, or why it waits
    QDateTime retryAfter; // the server's Retry-After, clamped; invalid when it gave none
};

SendDecision decideSend(const SendReply &reply, const QDateTime &nowUtc);

// The server's own words for a refusal: a JSON {"message": ...}, or a short plain text, else
// the HTTP status text.
QString serverReason(const SendReply &reply);

} // namespace ichq
