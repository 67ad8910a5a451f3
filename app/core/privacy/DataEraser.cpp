#include "DataEraser.h"

#include "common/DataPaths.h"
#include "common/Logging.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

namespace ichq {

namespace {

// The file names the app writes in the data folder's top level. SQLite adds -wal, -shm and
// -journal; StoreRepair keeps a damaged store as <name>.damaged-<time>; QSaveFile writes
// <name>.XXXXXX before renaming, and QSettings locks with <name>.lock.
bool isAppFileName(const QString &name, const DataPaths &paths)
{
    const auto base = [](const QString &path) { return QFileInfo(path).fileName(); };
    static const QString sqliteSuffix = QStringLiteral("(-wal|-shm|-journal)?");
    const QString databases =
        QStringLiteral("(%1|%2)(\\.damaged-[0-9T:_-]+)?%3")
            .arg(QRegularExpression::escape(base(paths.databaseFile())),
                 QRegularExpression::escape(base(paths.outboxFile())), sqliteSuffix);
    const QString savedFiles = QStringLiteral("(%1|%2)(\\.[A-Za-z0-9]{6}|\\.lock)?")
                                   .arg(QRegularExpression::escape(base(paths.cookieFile())),
                                        QRegularExpression::escape(base(paths.settingsFile())));
    const QRegularExpression pattern(
        QRegularExpression::anchoredPattern(databases + QLatin1Char('|') + savedFiles));
    return pattern.match(name).hasMatch();
}

// The photo cache: <images>/<2 hex>/<64 hex key>, and <key>.part while one is being written.
bool isPhotoFileName(const QString &folder, const QString &name)
{
    static const QRegularExpression pattern(
        QRegularExpression::anchoredPattern(QStringLiteral("[0-9a-f]{64}(\\.part)?")));
    return name.startsWith(folder) && pattern.match(name).hasMatch();
}

bool isFanOutFolderName(const QString &name)
{
    static const QRegularExpression pattern(
        QRegularExpression::anchoredPattern(QStringLiteral("[0-9a-f]{2}")));
    return pattern.match(name).hasMatch();
}

QFileInfoList entriesOf(const QString &folder)
{
    return QDir(folder).entryInfoList(QDir::AllEntries | QDir::Hidden | QDir::System |
                                      QDir::NoDotAndDotDot);
}

// Removes a folder only when nothing is left in it.
void removeIfEmpty(const QString &folder)
{
    if (entriesOf(folder).isEmpty())
        QDir().rmdir(folder);
}

class Eraser
{
public:
    // A symbolic link is removed as a link: following it would delete what it points to.
    void removeFile(const QFileInfo &entry)
    {
        if (!QFile::remove(entry.absoluteFilePath()))
            m_failed << QDir::toNativeSeparators(entry.absoluteFilePath());
    }

    void erasePhotoCache(const QFileInfo &images)
    {
        if (images.isSymLink() || !images.isDir()) {
            removeFile(images);
            return;
        }
        for (const QFileInfo &fanOut : entriesOf(images.absoluteFilePath())) {
            if (fanOut.isSymLink() || !fanOut.isDir() || !isFanOutFolderName(fanOut.fileName()))
                continue;
            for (const QFileInfo &photo : entriesOf(fanOut.absoluteFilePath())) {
                if (!photo.isDir() && isPhotoFileName(fanOut.fileName(), photo.fileName()))
                    removeFile(photo);
            }
            removeIfEmpty(fanOut.absoluteFilePath());
        }
        removeIfEmpty(images.absoluteFilePath());
    }

    QStringList failed() const { return m_failed; }

private:
    QStringList m_failed;
};

} // namespace

bool eraseAllData(const DataPaths &paths, QString *error)
{
    const QString root = paths.root();
    Eraser eraser;
    const QString imagesName = QFileInfo(paths.imageDir()).fileName();
    for (const QFileInfo &entry : entriesOf(root)) {
        if (entry.fileName() == imagesName)
            eraser.erasePhotoCache(entry);
        else if ((entry.isSymLink() || !entry.isDir()) && isAppFileName(entry.fileName(), paths))
            eraser.removeFile(entry);
    }
    removeIfEmpty(root);
    const QStringList failed = eraser.failed();
    if (failed.isEmpty()) {
        qCInfo(lcStore) << "erased the app's data under" << root;
        return true;
    }
    qCWarning(lcStore) << "could not erase" << failed;
    if (error)
        *error = QCoreApplication::translate("DataEraser", "Could not delete: %1")
                     .arg(failed.join(QStringLiteral(", ")));
    return false;
}

} // namespace ichq
