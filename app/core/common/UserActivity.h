#pragma once

#include <QElapsedTimer>
#include <QtGlobal>

#include <atomic>
#include <limits>

namespace ichq {

// When the user last pressed a key or a button in the window, for the refresh's threads: they
// pause between small pieces of work while the user is acting, so the window and the article
// view get the cores (priorities alone did not: the view's renderer is a process of normal
// priority, and so is the thread that writes the store). Thread-safe; the window notes input,
// background threads yield (through a YieldPoint).
class UserActivity
{
public:
    // The user acted now (the window's thread).
    void noteInput();
    // From now on nothing waits (the window is closing: the refresh must stop at once).
    void release();

    bool isActive() const;
    // While the user acted within the last kQuietMs, sleeps in short steps; returns after at
    // most kMaxPauseMs, when released, or when `stop` turns true.
    void yieldToUser(const std::atomic<bool> *stop = nullptr) const;

    static constexpr int kQuietMs = 250;
    static constexpr int kMaxPauseMs = 400;

private:
    std::atomic<qint64> m_lastInputMs{std::numeric_limits<qint64>::min() / 2};
    std::atomic<bool> m_released{false};
};

// One thread's place between pieces of background work (one per thread: not thread-safe). It
// pauses at once when the user acts; after a pause the user outlasted, the work goes on for
// kWorkSliceMs before the next, so a refresh under a key held down still advances (at about a
// ninth of its speed) instead of one article per pause. Without an activity it never pauses.
class YieldPoint
{
public:
    explicit YieldPoint(const UserActivity *activity, const std::atomic<bool> *stop = nullptr)
        : m_activity(activity), m_stop(stop)
    {}

    bool isDue() const;
    void pause();
    // Pauses when due; true if it did.
    bool pauseIfDue();

    static constexpr int kWorkSliceMs = 50;

private:
    const UserActivity *m_activity;
    const std::atomic<bool> *m_stop;
    QElapsedTimer m_slice; // running: the work slice after a pause the user outlasted
};

} // namespace ichq
