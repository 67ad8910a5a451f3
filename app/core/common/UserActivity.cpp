#include "UserActivity.h"

#include <QDeadlineTimer>
#include <QThread>

namespace ichq {

namespace {

qint64 nowMs()
{
    // QDeadlineTimer's clock is monotonic and the same in every thread.
    return QDeadlineTimer::current().deadline();
}

constexpr int kStepMs = 10;

} // namespace

void UserActivity::noteInput()
{
    m_lastInputMs.store(nowMs(), std::memory_order_relaxed);
}

void UserActivity::release()
{
    m_released.store(true);
}

bool UserActivity::isActive() const
{
    return !m_released.load() && nowMs() - m_lastInputMs.load(std::memory_order_relaxed) < kQuietMs;
}

void UserActivity::yieldToUser(const std::atomic<bool> *stop) const
{
    for (int waited = 0; waited < kMaxPauseMs && isActive() && !(stop && stop->load());
         waited += kStepMs)
        QThread::msleep(kStepMs);
}

bool YieldPoint::isDue() const
{
    if (!m_activity || !m_activity->isActive() || (m_stop && m_stop->load()))
        return false;
    return !m_slice.isValid() || m_slice.hasExpired(kWorkSliceMs);
}

void YieldPoint::pause()
{
    if (!m_activity)
        return;
    m_activity->yieldToUser(m_stop);
    if (m_activity->isActive())
        m_slice.start();
    else
        m_slice.invalidate();
}

bool YieldPoint::pauseIfDue()
{
    if (!isDue())
        return false;
    pause();
    return true;
}

} // namespace ichq
