#pragma once

#include <QDateTime>

namespace ichq {

class Settings;

// What the user decided about cookies, and which version of the privacy statement and cookie
// policy they saw. A newer policy version means the decision must be asked again.
class ConsentState
{
public:
    enum class Cookies { Undecided, Accepted, Declined };
    // Bump when resources/privacy changes in a way the user must see again.
    static constexpr int kPolicyVersion = 1;

    // currentPolicyVersion is the version the app shows now; tests pass a newer one.
    explicit ConsentState(Settings &settings, int currentPolicyVersion = kPolicyVersion);

    int currentPolicyVersion() const { return m_currentVersion; }

    Cookies cookies() const;          // Undecided when never asked or asked for an older policy
    bool needsAsking() const;         // cookies() == Undecided
    int decidedPolicyVersion() const; // 0 when never decided
    QDateTime decidedAt() const;      // UTC
    void decide(Cookies choice);      // Accepted or Declined, for the current version, now
    bool cookiesAccepted() const { return cookies() == Cookies::Accepted; }

private:
    Settings &m_settings;
    int m_currentVersion;
};

} // namespace ichq
