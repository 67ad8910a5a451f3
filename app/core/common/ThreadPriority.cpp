#include "ThreadPriority.h"

#include <QThread>

#if defined(Q_OS_LINUX)
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
    setpriority(PRIO_PROCESS, static_cast<id_t>(syscall(SYS_gettid)), kNiceness);
#else
    QThread::currentThread()->setPriority(QThread::LowPriority);
#endif
}

} // namespace ichq
