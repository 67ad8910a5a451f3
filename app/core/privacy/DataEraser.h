#pragma once

#include <QString>

namespace ichq {

class DataPaths;

// "Delete my data": the article store, image cache, cookies, outbox and settings, everything
// under the data folder. Every database and settings object on it must be closed first.
// Leaves an empty folder: the next start is a first start.
// Refuses (returns false, error set) a root that is "/", a drive root, the home folder or one
// that contains it: a mistyped --data-dir must not empty a user's files.
bool eraseAllData(const DataPaths &paths, QString *error = nullptr);

// False for the roots eraseAllData refuses (and for an empty path).
bool isErasableRoot(const QString &root);

} // namespace ichq
