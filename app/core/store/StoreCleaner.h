#pragma once

#include "common/Retention.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <functional>

namespace ichq {

class Database;
class ImageCache;

struct CleanupReport
{
    bool ok = false;
    QString error;
    int keepDays = 0;
    int articlesDeleted = 0;
    int photosDeleted = 0; // of deleted articles, over the limit, and files no row names
    qint64 photoBytesFreed = 0;
    qint64 databaseBytesBefore = 0;
    qint64 databaseBytesAfter = 0;
    bool vacuumed = false;
    // One sentence for a person, in the language in effect.
    QString summaryLine() const;
};

// Applies the retention policy to a store: deletes the articles older than the horizon (never a
// starred one; the age counts from publication, and never from before the article arrived) with the
// photos no kept article shows, evicts the photos of the oldest read articles while the cache is
// over its limit, removes photo files that no row names, and gives the freed pages back to the file
// system. Each deletion is one transaction: a kill at any moment leaves a consistent store, and a
// file left behind is removed by the next run.
class StoreCleaner
{
    Q_DECLARE_TR_FUNCTIONS(StoreCleaner)

public:
    explicit StoreCleaner(ImageCache &images);

    // Checked between steps: the window's quit does not wait for a cleanup to end.
    void setCancelCheck(std::function<bool()> cancelled) { m_cancelled = std::move(cancelled); }

    CleanupReport run(const RetentionPolicy &policy,
                      const QDateTime &now = QDateTime::currentDateTimeUtc());

private:
    bool expireArticles(const QDateTime &horizon, const QDateTime &now, CleanupReport &report);
    bool evictPhotos(qint64 limit, CleanupReport &report);
    void removeOrphanFiles(const QDateTime &now, CleanupReport &report);
    bool reclaimSpace(CleanupReport &report);
    bool compactSearchIndex(CleanupReport &report);
    bool releasePages(qint64 pages, CleanupReport &report);
    void removePhotoFiles(const QStringList &keys, CleanupReport &report);
    bool cancelled() const { return m_cancelled && m_cancelled(); }

    ImageCache &m_images;
    Database &m_db;
    std::function<bool()> m_cancelled;
};

// The size of the store on disk: the database file with its write-ahead log.
qint64 databaseBytesOnDisk(const QString &databaseFile);

} // namespace ichq
