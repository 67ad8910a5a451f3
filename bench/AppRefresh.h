#pragma once

#include <QProcess>
#include <QString>
#include <QUrl>

namespace ichq::bench {

// Fills a data folder the way a user's cron job would: the real binary's --refresh of `feed`.
inline bool refreshWithApp(const QString &app, const QUrl &feed, const QString &dataDir)
{
    QProcess refresh;
    refresh.start(app, {QStringLiteral("--refresh"), QStringLiteral("--feed"), feed.toString(),
                        QStringLiteral("--data-dir"), dataDir});
    return refresh.waitForFinished(600000) && refresh.exitCode() == 0;
}

} // namespace ichq::bench
