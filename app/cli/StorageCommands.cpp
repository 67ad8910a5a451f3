#include "AppCommandLine.h"
#include "CliCommands.h"
#include "Console.h"

#include "common/DataPaths.h"
#include "common/Settings.h"
#include "store/Database.h"
#include "store/ImageCache.h"
#include "store/StoreCleaner.h"
#include "store/StoreStats.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace ichq::cli {

namespace {

QJsonValue dateOrNull(const QDateTime &time)
{
    return time.isValid() ? QJsonValue(time.toString(Qt::ISODate)) : QJsonValue();
}

QJsonObject statsToJson(const StoreStats &stats)
{
    return {{QStringLiteral("articles"), stats.articles},
            {QStringLiteral("starred"), stats.starred},
            {QStringLiteral("unread"), stats.unread},
            {QStringLiteral("images"), stats.images},
            {QStringLiteral("imageBytes"), stats.imageBytes},
            {QStringLiteral("databaseBytes"), stats.databaseBytes},
            {QStringLiteral("oldest"), dateOrNull(stats.oldest)},
            {QStringLiteral("newest"), dateOrNull(stats.newest)}};
}

QString statsText(const StoreStats &stats)
{
    const QLocale locale;
    const auto date = [&locale](const QDateTime &time) {
        return time.isValid() ? locale.toString(time.toLocalTime().date(), QLocale::ShortFormat)
                              : QStringLiteral("-");
    };
    QStringList lines;
    lines << QCoreApplication::translate("Cli", "Articles: %1 (%2 unread, %3 starred)")
                 .arg(stats.articles)
                 .arg(stats.unread)
                 .arg(stats.starred);
    lines << QCoreApplication::translate("Cli", "Photos: %1 (%2)")
                 .arg(stats.images)
                 .arg(locale.formattedDataSize(stats.imageBytes));
    lines << QCoreApplication::translate("Cli", "Article store: %1")
                 .arg(locale.formattedDataSize(stats.databaseBytes));
    lines << QCoreApplication::translate("Cli", "Oldest: %1, newest: %2")
                 .arg(date(stats.oldest), date(stats.newest));
    return lines.join(QLatin1Char('\n'));
}

} // namespace

int runCleanup(const QString &dataDir, const QString &keepDays)
{
    const DataPaths paths = DataPaths::resolve(dataDir);
    const Settings settings(paths);
    RetentionPolicy policy = settings.retention();
    if (!keepDays.isNull()) {
        bool ok = false;
        policy.keepDays = keepDays.toInt(&ok);
        if (!ok || policy.keepDays <= 0) {
            printErr(QCoreApplication::translate(
                "Cli", "--keep-days takes a number of days of 1 or more."));
            return 2;
        }
    }
    if (!QFileInfo::exists(paths.databaseFile())) {
        printErr(QCoreApplication::translate("Cli", "Nothing stored yet in %1.")
                     .arg(QDir::toNativeSeparators(paths.root())));
        return 0;
    }
    Database db;
    if (!openStoreForWriting(paths, db))
        return 1;
    ImageCache images(db, paths.imageDir());
    const CleanupReport report = StoreCleaner(images).run(policy);
    (report.ok ? printOut : printErr)(report.summaryLine());
    return report.ok ? 0 : 1;
}

int runStats(const QString &dataDir, bool json)
{
    const DataPaths paths = DataPaths::resolve(dataDir);
    Database db;
    if (!openStoredArticles(paths, db))
        return 1;
    StoreStats stats;
    QString error;
    if (!readStoreStats(db, &stats, &error)) {
        printErr(error);
        return 1;
    }
    printOut(json ? QString::fromUtf8(QJsonDocument(statsToJson(stats)).toJson())
                  : statsText(stats));
    return 0;
}

} // namespace ichq::cli
