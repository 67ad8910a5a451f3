#include "ThreadPriority.h"

#include <QThread>

#if defined(Q_OS_LINUX)
#include <cerrno>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>
#endif

namespace ichq {

namespace {
#if defined(Q_OS_LINUX)
constexpr int kNiceness = 10; // of 19: well behind the window, far from starved
#endif
} // namespace

void lowerCurrentThreadPriority()
{
#if defined(Q_OS_LINUX)
    // QThread's priorities do nothing under Linux's default scheduler, but each thread has its
    // own nice value there, and the threads it creates inherit it.
    // Never above what the thread has already (a cron job run with nice 19 stays at 19).
    const auto thread = static_cast<id_t>(syscall(SYS_gettid));
    errno = 0;
    const int current = getpriority(PRIO_PROCESS, thread);
    if (errno == 0 && current < kNiceness)
        setpriority(PRIO_PROCESS, thread, kNiceness);
#else
    QThread::currentThread()->setPriority(QThread::LowPriority);
#endif
}

} // namespace ichq
