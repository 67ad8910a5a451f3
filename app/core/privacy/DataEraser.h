#pragma once

#include <QString>

namespace ichq {

class DataPaths;

// "Delete my data": removes what the app created in its data folder, and nothing else: the
// article store and the outbox (with SQLite's -wal, -shm and -journal files and the copies kept
// of a damaged store), the photo cache, cookies and settings. Every database and settings object
// on it must be closed first. Any other file or folder stays, and so does the folder when
// anything is left in it: --data-dir may point at a folder the user keeps their own files in.
// The next start is a first start.
bool eraseAllData(const DataPaths &paths, QString *error = nullptr);

} // namespace ichq
