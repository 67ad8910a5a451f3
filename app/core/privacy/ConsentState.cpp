#include "ConsentState.h"

#include "common/Settings.h"

namespace ichq {

namespace {
const QString kCookies = QStringLiteral("consent/cookies");
const QString kPolicyVersionKey = QStringLiteral("consent/policyVersion");
const QString kDecidedAt = QStringLiteral("consent/decidedAt");
const QString kAccepted = QStringLiteral("accepted");
const QString kDeclined = QStringLiteral("declined");
} // namespace

ConsentState::ConsentState(Settings &settings, int currentPolicyVersion)
    : m_settings(settings), m_currentVersion(currentPolicyVersion)
{}

ConsentState::Cookies ConsentState::cookies() const
{
    // A decision about an older text is no decision about the current one.
    if (decidedPolicyVersion() < m_currentVersion)
        return Cookies::Undecided;
    const QString stored = m_settings.raw().value(kCookies).toString();
    if (stored == kAccepted)
        return Cookies::Accepted;
    if (stored == kDeclined)
        return Cookies::Declined;
    return Cookies::Undecided;
}

bool ConsentState::needsAsking() const
{
    return cookies() == Cookies::Undecided;
}

int ConsentState::decidedPolicyVersion() const
{
    bool ok = false;
    const int version = m_settings.raw().value(kPolicyVersionKey).toInt(&ok);
    return ok && version > 0 ? version : 0;
}

QDateTime ConsentState::decidedAt() const
{
    QDateTime at =
        QDateTime::fromString(m_settings.raw().value(kDecidedAt).toString(), Qt::ISODate);
    return at.isValid() ? at.toUTC() : QDateTime();
}

void ConsentState::decide(Cookies choice)
{
    if (choice == Cookies::Undecided)
        return; // closing the question without an answer is a Decline, decided by the caller
    QSettings &raw = m_settings.raw();
    raw.setValue(kCookies, choice == Cookies::Accepted ? kAccepted : kDeclined);
    raw.setValue(kPolicyVersionKey, m_currentVersion);
    raw.setValue(kDecidedAt, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    // The choice must survive a crash right after the dialog closes.
    raw.sync();
}

} // namespace ichq
