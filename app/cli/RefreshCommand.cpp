#include "AppCommandLine.h"
#include "CliCommands.h"
#include "Console.h"

#include "RefreshSession.h"
#include "common/DataPaths.h"
#include "common/Settings.h"
#include "privacy/ConsentState.h"
#include "store/Database.h"

#include <QCoreApplication>

namespace ichq::cli {

bool openStoreForWriting(const DataPaths &paths, Database &db)
{
    QString error;
    RepairOutcome repair;
    const bool opened = RefreshSession::openStore(db, paths, true, &repair, &error);
    if (repair.damaged)
        printErr(repair.sentence());
    else if (!opened)
        printErr(error);
    return opened;
}

int runRefresh(const RefreshArgs &args)
{
    const DataPaths paths = DataPaths::resolve(args.dataDir);
    Settings settings(paths);
    RefreshOptions options;
    options.feeds =
        args.feeds.isEmpty() ? settings.feedsFor(languageInEffect(settings)) : args.feeds;
    options.fetchImages = args.fetchImages;
    options.wholeArticles = settings.wholeArticles();
    options.retention = settings.retention();
    if (!args.wholeArticles.isEmpty()) {
        bool ok = false;
        options.wholeArticles = wholeArticlesFromName(args.wholeArticles, &ok);
        if (!ok) {
            printErr(QCoreApplication::translate("Cli",
                                                 "--whole-articles takes always, auto or never."));
            return 2;
        }
    }
    Database db;
    if (!openStoreForWriting(paths, db))
        return 1;
    // Undecided or declined: the site's cookies live in memory and end with this run.
    const bool keepCookies = ConsentState(settings).cookiesAccepted();
    RefreshSession session(paths, db, keepCookies);
    const RefreshReport report = session.run(options);

    printOut(report.summaryLine());
    for (const FeedOutcome &feed : std::as_const(report.feeds)) {
        if (!feed.ok)
            printErr(QCoreApplication::translate("Cli", "%1: %2")
                         .arg(feed.url.toDisplayString(), feed.error));
    }
    return report.allSucceeded() ? 0 : 1;
}

} // namespace ichq::cli
