#pragma once

#include <QDateTime>
#include <QString>

namespace ichq {

class Database;

// What the store holds, for `--stats` and the Storage part of Settings.
struct StoreStats
{
    int articles = 0;
    int starred = 0;
    int unread = 0;
    int images = 0;        // photos in the cache
    qint64 imageBytes = 0; // their size
    qint64 databaseBytes = 0;
    QDateTime oldest; // the dates the lists show; invalid in an empty store
    QDateTime newest;
};

// false (with `error` set) when the store cannot be read.
bool readStoreStats(Database &database, StoreStats *stats, QString *error = nullptr);

} // namespace ichq
