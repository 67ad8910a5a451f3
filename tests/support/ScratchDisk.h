#pragma once

#include <QDir>
#include <QProcess>
#include <QString>
#include <QStringList>

#include <unistd.h>

namespace ichq::test {

// A small tmpfs a test mounts to stand for a full or read-only disk. Needs root (a test skips
// without it); unmounted when it goes out of scope.
class ScratchDisk
{
public:
    ScratchDisk(const QString &path, const QString &size) : m_path(path)
    {
        m_mounted = ::geteuid() == 0 && QDir().mkpath(path) &&
                    run({QStringLiteral("mount"), QStringLiteral("-t"), QStringLiteral("tmpfs"),
                         QStringLiteral("-o"), QStringLiteral("size=") + size,
                         QStringLiteral("tmpfs"), path});
    }
    ~ScratchDisk()
    {
        if (m_mounted)
            run({QStringLiteral("umount"), m_path});
    }
    ScratchDisk(const ScratchDisk &) = delete;
    ScratchDisk &operator=(const ScratchDisk &) = delete;

    bool isMounted() const { return m_mounted; }
    // "ro", "size=200k": mount -o remount,OPTIONS.
    bool remount(const QString &options)
    {
        return run({QStringLiteral("mount"), QStringLiteral("-o"),
                    QStringLiteral("remount,") + options, m_path});
    }

private:
    static bool run(const QStringList &args)
    {
        QProcess process;
        process.start(args.first(), args.mid(1));
        return process.waitForFinished(30000) && process.exitStatus() == QProcess::NormalExit &&
               process.exitCode() == 0;
    }

    QString m_path;
    bool m_mounted = false;
};

} // namespace ichq::test
