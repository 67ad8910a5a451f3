#include "RefreshTypes.h"

#include <QCoreApplication>

#include <algorithm>

namespace ichq {

bool RefreshReport::allSucceeded() const
{
    return std::all_of(feeds.cbegin(), feeds.cend(), [](const FeedOutcome &f) { return f.ok; });
}

int RefreshReport::notModifiedFeeds() const
{
    return int(std::count_if(feeds.cbegin(), feeds.cend(),
                             [](const FeedOutcome &f) { return f.notModified; }));
}

QString RefreshReport::summaryLine() const
{
    return QCoreApplication::translate(
               "Refresher", "feeds: %1 (not modified: %2, failed: %3), new: %4, updated: %5, "
                            "unchanged: %6, whole articles: %7 (not modified: %8, failed: %9), "
                            "images fetched: %10, images failed: %11")
        .arg(feeds.size())
        .arg(notModifiedFeeds())
        .arg(
            std::count_if(feeds.cbegin(), feeds.cend(), [](const FeedOutcome &f) { return !f.ok; }))
        .arg(added)
        .arg(updated)
        .arg(unchanged)
        .arg(pagesFetched)
        .arg(pagesNotModified)
        .arg(pagesFailed)
        .arg(imagesFetched)
        .arg(imagesFailed);
}

} // namespace ichq
