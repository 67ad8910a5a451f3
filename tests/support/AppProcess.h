#pragma once

#include <QProcess>
#include <QString>
#include <QStringList>

namespace ichq::test {

// One run of the app's command line, as a user runs it.
struct AppRun
{
    int exitCode = -1; // -2 when it crashed, -1 when it did not finish in time
    QString out;
    QString err;
};

// Runs the app with --data-dir DIR and the arguments. The package test points ICHQ_APP_BINARY
// at the installed binary; otherwise the one just built.
inline AppRun runApp(const QString &dataDir, const QStringList &args, int timeoutMs = 120000)
{
    const QString binary = qEnvironmentVariable("ICHQ_APP_BINARY", QStringLiteral(ICHQ_APP_BINARY));
    QProcess process;
    process.start(binary, QStringList{QStringLiteral("--data-dir"), dataDir} + args);
    AppRun result;
    if (!process.waitForFinished(timeoutMs))
        return result;
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

} // namespace ichq::test
