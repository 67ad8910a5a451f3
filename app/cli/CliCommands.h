#pragma once

#include <QString>
#include <QStringList>
#include <QUrl>

namespace ichq {
class DataPaths;
class Database;
} // namespace ichq

// Each command runs to completion and returns the process exit code.
namespace ichq::cli {

// Opens the store of `paths` for reading; false (with one line on stderr) when there is none.
bool openStoredArticles(const DataPaths &paths, Database &db);
// Opens (or creates) the store to write to, checked for damage and repaired first; false when it
// cannot be written. Says on stderr what happened.
bool openStoreForWriting(const DataPaths &paths, Database &db);

// Prints the feed as JSON. 0 when parsed, 2 when nothing could be parsed.
int runParse(const QString &fileOrUrl, const QUrl &baseUrl);

struct RefreshArgs
{
    QString dataDir;
    QList<QUrl> feeds; // empty: the edition of the language in effect (Settings::feedsFor)
    bool fetchImages = true;
    QString wholeArticles; // always / auto / never; empty: the reader's setting
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

// Prints one stored article (title, byline, date, text; or JSON). 2 for an unknown id.
int runShow(const QString &dataDir, const QString &id, bool json);

// Applies the retention policy (the reader's, with keepDays from --keep-days when given: a null
// string means not given) and prints one summary line. 2 for a keepDays that is not a number of
// days of 1 or more.
int runCleanup(const QString &dataDir, const QString &keepDays);

// Prints what the store holds: articles, starred, unread, photos and their bytes, the database's
// bytes, the oldest and newest article's dates; as JSON with `json`.
int runStats(const QString &dataDir, bool json);

} // namespace ichq::cli
