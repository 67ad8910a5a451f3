#include "DataEraser.h"

#include "common/DataPaths.h"
#include "common/Logging.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace ichq {

namespace {

QString normalized(const QString &path)
{
    const QFileInfo info(path);
    const QString canonical = info.canonicalFilePath(); // empty when it does not exist
    return QDir::cleanPath(canonical.isEmpty() ? info.absoluteFilePath() : canonical);
}

bool isInside(const QString &path, const QString &folder)
{
    return path == folder ||
           path.startsWith(folder.endsWith(QLatin1Char('/')) ? folder : folder + QLatin1Char('/'));
}

// Removes one entry of the root. A symbolic link is removed as a link: following it would
// delete what it points to, which may be anything of the user's.
bool removeEntry(const QFileInfo &entry)
{
    if (entry.isSymLink() || !entry.isDir())
        return QFile::remove(entry.absoluteFilePath());
    return QDir(entry.absoluteFilePath()).removeRecursively();
}

} // namespace

bool isErasableRoot(const QString &root)
{
    if (root.trimmed().isEmpty())
        return false;
    const QString path = normalized(root);
    if (QDir(path).isRoot())
        return false;
    const QString home = normalized(QDir::homePath());
    // The home folder, or a folder holding it (/home, /Users).
    return !isInside(home, path);
}

bool eraseAllData(const DataPaths &paths, QString *error)
{
    const QString root = paths.root();
    if (!isErasableRoot(root)) {
        if (error)
            *error = QCoreApplication::translate("DataEraser",
                                                 "Refusing to delete the folder %1: it is not a "
                                                 "data folder of this app.")
                         .arg(QDir::toNativeSeparators(root));
        return false;
    }
    QStringList failed;
    const QDir dir(root);
    if (dir.exists()) {
        const QFileInfoList entries = dir.entryInfoList(QDir::AllEntries | QDir::Hidden |
                                                        QDir::System | QDir::NoDotAndDotDot);
        for (const QFileInfo &entry : entries) {
            if (!removeEntry(entry))
                failed << QDir::toNativeSeparators(entry.absoluteFilePath());
        }
    }
    if (!QDir().mkpath(root))
        failed << QDir::toNativeSeparators(root);
    if (failed.isEmpty()) {
        qCInfo(lcStore) << "erased all data under" << root;
        return true;
    }
    qCWarning(lcStore) << "could not erase" << failed;
    if (error)
        *error = QCoreApplication::translate("DataEraser", "Could not delete: %1")
                     .arg(failed.join(QStringLiteral(", ")));
    return false;
}

} // namespace ichq
