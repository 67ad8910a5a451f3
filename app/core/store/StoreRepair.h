#pragma once

#include <QString>

namespace ichq {

class Database;

// What became of a damaged store.
struct RepairOutcome
{
    bool damaged = false; // the check found damage (or the file was no database at all)
    bool rebuilt = false; // a new store holds what could be read
    int articlesKept = 0;
    QString damagedCopy; // where the damaged file was kept
    QString error;       // why the rebuild failed, when it did

    // One sentence for a person, translated; empty when nothing was damaged.
    QString sentence() const;
};

// Notices damage and rebuilds. The check is PRAGMA quick_check, at most every few hours (it
// reads the whole file); on damage the file is kept beside the store under a dated name, a new
// store is created, and every row that can still be read is copied into it, table by table and
// in small ranges, so one bad page costs only the rows on it.
class StoreRepair
{
public:
    static constexpr qint64 kCheckIntervalSecs = 6 * 3600;

    // `db` is open on `path`. Runs the check when it is due (or `force`), and rebuilds on damage;
    // `db` is open on the rebuilt store afterwards.
    static RepairOutcome checkAndRepair(Database &db, const QString &path, bool force = false);
    // The file does not open as a database at all: keep it and start over with what it holds.
    static RepairOutcome rebuild(Database &db, const QString &path);
};

} // namespace ichq
