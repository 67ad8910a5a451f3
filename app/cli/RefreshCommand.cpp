#include "AppCommandLine.h"
#include "CliCommands.h"
#include "Console.h"

#include "Refresher.h"
#include "common/DataPaths.h"
#include "common/Settings.h"
#include "net/Fetcher.h"
#include "privacy/ConsentState.h"
#include "privacy/CookieJar.h"
#include "store/Database.h"
#include "store/ImageCache.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QNetworkAccessManager>

namespace ichq::cli {

int runRefresh(const RefreshArgs &args)
{
    const DataPaths paths = DataPaths::resolve(args.dataDir);
    QString error;
    Database db;
    if (!paths.ensureExists(&error) || !db.open(paths.databaseFile(), &error)) {
        printErr(error);
        return 1;
    }
    QNetworkAccessManager manager;
    // Undecided or declined: the site's cookies live in memory and end with this run.
    Settings settings(paths);
    const bool keepCookies = ConsentState(settings).cookiesAccepted();
    manager.setCookieJar(new CookieJar(paths.cookieFile(), keepCookies)); // manager owns it
    Fetcher fetcher(&manager);
    ImageCache images(db, paths.imageDir());
    Refresher refresher(fetcher, db, images);

    RefreshOptions options;
    options.feeds =
        args.feeds.isEmpty() ? settings.feedsFor(languageInEffect(settings)) : args.feeds;
    options.fetchImages = args.fetchImages;

    RefreshReport report;
    QEventLoop loop;
    QObject::connect(&refresher, &Refresher::finished, &loop, [&](const RefreshReport &done) {
        report = done;
        loop.quit();
    });
    refresher.start(options);
    loop.exec();

    printOut(report.summaryLine());
    for (const FeedOutcome &feed : std::as_const(report.feeds)) {
        if (!feed.ok)
            printErr(QCoreApplication::translate("Cli", "%1: %2")
                         .arg(feed.url.toDisplayString(), feed.error));
    }
    return report.allSucceeded() ? 0 : 1;
}

} // namespace ichq::cli
