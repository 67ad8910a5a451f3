#pragma once

#include <QString>
#include <QStringList>
#include <QUrl>

// Each command runs to completion and returns the process exit code.
namespace ichq::cli {

// Prints the feed as JSON. 0 when parsed, 2 when nothing could be parsed.
int runParse(const QString &fileOrUrl, const QUrl &baseUrl);

struct RefreshArgs
{
    QString dataDir;
    QList<QUrl> feeds; // empty: the edition of the language in effect (Settings::feedsFor)
    bool fetchImages = true;
};
// Prints one summary line; 0 when every feed succeeded, 1 otherwise (one line per failure on
// stderr).
int runRefresh(const RefreshArgs &args);

struct ListArgs
{
    QString dataDir;
    QString section;
    QString search;
    int limit = 50;
    bool json = false;
};
int runList(const ListArgs &args);

} // namespace ichq::cli
