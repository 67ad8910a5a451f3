#pragma once

#include <QString>

namespace ichq {

struct MessageDraft;

// The longest fields the outbox takes, in characters as a person counts them (code points).
// The dialog shows the same limits while typing; the core enforces them, so no caller, and no
// message stored by an older version, can post more.
struct MessageLimits
{
    static constexpr int kName = 100;
    static constexpr int kEmail = 254; // the longest address SMTP carries (RFC 5321)
    static constexpr int kSubject = 200;
    static constexpr int kMessage = 5000;
};

// Why the draft cannot be stored or sent, for a person; empty when every field fits.
QString messageProblem(const MessageDraft &draft);

} // namespace ichq
