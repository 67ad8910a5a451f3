#pragma once

#include <QtGlobal>

#include <atomic>
#include <limits>

namespace ichq {

// When the user last pressed a key or a button in the window, for the refresh's threads: they
// pause between small pieces of work while the user is acting, so the window and the article
// view get the cores (priorities alone did not: the view's renderer is a process of normal
// priority, and so is the thread that writes the store). Thread-safe; the window notes input,
// background threads yield.
class UserActivity
{
public:
    // The user acted now (the window's thread).
    void noteInput();
    // From now on nothing waits (the window is closing: the refresh must stop at once).
    void release();

    // While the user acted within the last kQuietMs, sleeps in short steps; returns after at
    // most kMaxPauseMs, so a refresh still advances under a key held down.
    void yieldToUser() const;
    bool isActive() const;

    static constexpr int kQuietMs = 250;
    static constexpr int kMaxPauseMs = 400;

private:
    std::atomic<qint64> m_lastInputMs{std::numeric_limits<qint64>::min() / 2};
    std::atomic<bool> m_released{false};
};

// For the places that may run without a window (a null activity: never yield).
inline void yieldToUser(const UserActivity *activity)
{
    if (activity)
        activity->yieldToUser();
}

} // namespace ichq
