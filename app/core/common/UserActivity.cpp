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

void UserActivity::yieldToUser() const
{
    for (int waited = 0; waited < kMaxPauseMs && isActive(); waited += kStepMs)
        QThread::msleep(kStepMs);
}

} // namespace ichq
