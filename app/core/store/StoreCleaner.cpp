#include "StoreCleaner.h"

#include "Database.h"
#include "ImageCache.h"
#include "SearchIndex.h"
#include "common/Logging.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

namespace ichq {

namespace {

// What a feed lists is far younger than this: a tombstone older than a year has done its work.
constexpr int kExpiredKeyDays = 365;
// A photo file without its row may be one another process (the window, a --refresh) is
// writing right now: it renames the file before its row says so. Only old ones are strays.
constexpr int kStrayFileAgeSecs = 3600;
// A small store is not worth rewriting.
constexpr qint64 kMinVacuumPages = 256;
// Pages of search index merged after a cleanup that deleted a few articles.
constexpr int kSearchMergePages = 200;
// Pages handed back by one cleanup's incremental vacuum (about a quarter of a second).
constexpr qint64 kMaxPagesReleased = 2500;
// store_meta: the search index's blocks per article right after it was last rewritten.
const QString kIndexBaselineKey = QStringLiteral("search_index_blocks_per_article");

bool exec(QSqlQuery &query, QString *error)
{
    if (query.exec())
        return true;
    *error = query.lastError().text();
    return false;
}

// The one number a statement answers (a count, a pragma); 0 when it fails.
qint64 scalar(QSqlDatabase db, const QString &sql)
{
    QSqlQuery query(db);
    return query.exec(sql) && query.next() ? query.value(0).toLongLong() : 0;
}

QStringList keysOf(QSqlQuery &query)
{
    QStringList keys;
    while (query.next())
        keys << query.value(0).toString();
    return keys;
}

// The articles' words leave the search index before their rows go: it keeps no copy of them.
bool unindex(QSqlDatabase db, const QStringList &articleIds, QString *error)
{
    SearchIndex index(std::move(db));
    for (const QString &id : articleIds) {
        if (!index.remove(id.toLongLong())) {
            *error = index.lastError();
            return false;
        }
    }
    return true;
}

// The vocabulary keeps the words of deleted articles until the index is rewritten, when they
// have left it: then it keeps only the words the index still holds (fts5vocab reads the whole
// index, which a rewrite just did).
bool pruneVocabulary(QSqlDatabase db, QString *error)
{
    QSqlQuery query(db);
    const bool pruned =
        query.exec(QStringLiteral("CREATE VIRTUAL TABLE IF NOT EXISTS temp.search_terms "
                                  "USING fts5vocab(main, article_search, 'row')")) &&
        query.exec(QStringLiteral("DELETE FROM search_words WHERE word NOT IN "
                                  "(SELECT term FROM temp.search_terms)"));
    if (!pruned)
        *error = query.lastError().text();
    return pruned;
}

} // namespace

qint64 databaseBytesOnDisk(const QString &databaseFile)
{
    return QFileInfo(databaseFile).size() + QFileInfo(databaseFile + QStringLiteral("-wal")).size();
}

QString CleanupReport::summaryLine() const
{
    if (!ok)
        return StoreCleaner::tr("The store could not be cleaned up: %1").arg(error);
    const qint64 freed =
        photoBytesFreed + std::max<qint64>(0, databaseBytesBefore - databaseBytesAfter);
    const QString size = QLocale().formattedDataSize(databaseBytesAfter);
    if (articlesDeleted == 0 && photosDeleted == 0 && !vacuumed)
        return StoreCleaner::tr("Nothing to clean up; the article store takes %1.").arg(size);
    return StoreCleaner::tr("Cleaned up: %1 and %2 deleted, %3 freed; the article store takes %4.")
        .arg(StoreCleaner::tr("%n article(s)", nullptr, articlesDeleted),
             StoreCleaner::tr("%n photo(s)", nullptr, photosDeleted),
             QLocale().formattedDataSize(freed), size);
}

StoreCleaner::StoreCleaner(ImageCache &images) : m_images(images), m_db(images.database()) {}

CleanupReport StoreCleaner::run(const RetentionPolicy &policy, const QDateTime &now)
{
    CleanupReport report;
    report.keepDays = policy.keepDays;
    report.databaseBytesBefore = databaseBytesOnDisk(m_db.filePath());
    const QDateTime horizon = policy.keepDays > 0 ? now.addDays(-policy.keepDays) : QDateTime();
    report.ok =
        expireArticles(horizon, now, report) &&
        (cancelled() || policy.photoBytesLimit <= 0 || evictPhotos(policy.photoBytesLimit, report));
    if (report.ok && !cancelled())
        removeOrphanFiles(now, report);
    if (report.ok && !cancelled())
        report.ok = reclaimSpace(report);
    report.databaseBytesAfter = databaseBytesOnDisk(m_db.filePath());
    qCInfo(lcStore) << "cleanup: deleted" << report.articlesDeleted << "articles,"
                    << report.photosDeleted << "photos; vacuumed" << report.vacuumed
                    << report.error;
    return report;
}

// One transaction: the articles, their links, the photos' rows no kept article names, the
// sections left empty, and the keys that stop a feed from bringing the articles back.
bool StoreCleaner::expireArticles(const QDateTime &horizon, const QDateTime &now,
                                  CleanupReport &report)
{
    QSqlDatabase db = m_db.connection();
    // Immediate: the articles to delete, and their words, are read before the first write.
    Transaction transaction(db, Transaction::Lock::Immediate);
    if (!transaction.isActive()) {
        report.error = db.lastError().text();
        return false;
    }
    if (horizon.isValid()) {
        // Kept for the chosen time after it was published, and never less after it arrived: a
        // feed read for the first time keeps its old posts for as long as new ones.
        // The shown date, COALESCE(published, first_seen), is never later than that MAX: the
        // condition on it changes nothing, and lets articles_by_shown_date bound the three
        // statements below to the articles old enough, where each read every row (10 ms of
        // every refresh's cleanup at 5,000 articles).
        const QString expired =
            QStringLiteral(" FROM articles WHERE is_starred = 0 AND "
                           "MAX(first_seen, COALESCE(published, 0)) < :horizon AND "
                           "COALESCE(published, first_seen) < :horizon");
        QSqlQuery remember(db);
        remember.prepare(QStringLiteral("INSERT OR REPLACE INTO expired_articles "
                                        "(feed_id, guid, expired_at) SELECT feed_id, guid, :now") +
                         expired);
        remember.bindValue(QStringLiteral(":now"), now.toSecsSinceEpoch());
        remember.bindValue(QStringLiteral(":horizon"), horizon.toSecsSinceEpoch());
        QSqlQuery remove(db);
        remove.prepare(QStringLiteral("DELETE") + expired);
        remove.bindValue(QStringLiteral(":horizon"), horizon.toSecsSinceEpoch());
        QSqlQuery doomed(db);
        doomed.prepare(QStringLiteral("SELECT id") + expired);
        doomed.bindValue(QStringLiteral(":horizon"), horizon.toSecsSinceEpoch());
        if (!exec(doomed, &report.error) || !unindex(db, keysOf(doomed), &report.error) ||
            !exec(remember, &report.error) || !exec(remove, &report.error))
            return false;
        report.articlesDeleted = remove.numRowsAffected();
    }
    const QString unused =
        QStringLiteral(" FROM images WHERE NOT EXISTS (SELECT 1 FROM article_images ai "
                       "WHERE ai.image_key = images.key)");
    QSqlQuery unusedPhotos(db);
    QSqlQuery removePhotos(db);
    QSqlQuery removeSections(db);
    QSqlQuery forgetKeys(db);
    forgetKeys.prepare(QStringLiteral("DELETE FROM expired_articles WHERE expired_at < ?"));
    forgetKeys.addBindValue(now.addDays(-kExpiredKeyDays).toSecsSinceEpoch());
    if (!unusedPhotos.exec(QStringLiteral("SELECT key") + unused)) {
        report.error = unusedPhotos.lastError().text();
        return false;
    }
    const QStringList photoKeys = keysOf(unusedPhotos);
    unusedPhotos.finish();
    removePhotos.prepare(QStringLiteral("DELETE") + unused);
    removeSections.prepare(QStringLiteral(
        "DELETE FROM categories WHERE NOT EXISTS (SELECT 1 FROM article_categories ac "
        "WHERE ac.category_id = categories.id)"));
    if (!exec(removePhotos, &report.error) || !exec(removeSections, &report.error) ||
        !exec(forgetKeys, &report.error))
        return false;
    if (!transaction.commit()) {
        report.error = db.lastError().text();
        return false;
    }
    // After the commit: a kill before this line leaves files without rows, which the next
    // cleanup removes; never a row whose file is gone for no reason.
    removePhotoFiles(photoKeys, report);
    return true;
}

// Over the limit, the photos of the oldest read articles go first, then those of the oldest
// unread ones; a starred article's photos stay. Their rows say "evicted", so a refresh does not
// fetch them again and opening the article online does.
bool StoreCleaner::evictPhotos(qint64 limit, CleanupReport &report)
{
    QSqlDatabase db = m_db.connection();
    qint64 total = 0;
    {
        QSqlQuery sum(db);
        if (!sum.exec(
                QStringLiteral("SELECT COALESCE(SUM(bytes), 0) FROM images WHERE state = 1")) ||
            !sum.next()) {
            report.error = sum.lastError().text();
            return false;
        }
        total = sum.value(0).toLongLong();
    }
    if (total <= limit)
        return true;
    QSqlQuery candidates(db);
    candidates.setForwardOnly(true);
    if (!candidates.exec(QStringLiteral(
            "SELECT i.key, i.bytes FROM images i JOIN article_images ai ON ai.image_key = i.key "
            "JOIN articles a ON a.id = ai.article_id WHERE i.state = 1 GROUP BY i.key "
            "HAVING MAX(a.is_starred) = 0 "
            "ORDER BY MAX(a.is_read = 0), MAX(COALESCE(a.published, a.first_seen)), i.key"))) {
        report.error = candidates.lastError().text();
        return false;
    }
    QStringList evicted;
    while (total > limit && candidates.next()) {
        evicted << candidates.value(0).toString();
        total -= candidates.value(1).toLongLong();
    }
    candidates.finish();
    Transaction transaction(db);
    QSqlQuery mark(db);
    mark.prepare(QStringLiteral("UPDATE images SET state = 4 WHERE key = ?"));
    for (const QString &key : std::as_const(evicted)) {
        mark.addBindValue(key);
        if (!exec(mark, &report.error))
            return false;
    }
    if (!transaction.commit()) {
        report.error = db.lastError().text();
        return false;
    }
    removePhotoFiles(evicted, report);
    return true;
}

// Files that no cached row names: left by a kill between a commit and the file's removal, by a
// crash while a photo was written, or by hand.
void StoreCleaner::removeOrphanFiles(const QDateTime &now, CleanupReport &report)
{
    QSet<QString> cached;
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT key FROM images WHERE state = 1")))
        return;
    while (query.next())
        cached.insert(query.value(0).toString());
    const QDir root(m_images.directory());
    const auto entries = QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot;
    for (const QFileInfo &fanOut : root.entryInfoList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        if (fanOut.isSymLink() || fanOut.fileName().size() != 2)
            continue;
        for (const QFileInfo &file : QDir(fanOut.absoluteFilePath()).entryInfoList(entries)) {
            QString key = file.fileName();
            key.chop(key.endsWith(QStringLiteral(".part")) ? 5 : 0);
            const bool photoFile =
                !file.isDir() && ImageCache::isValidKey(key) && key.startsWith(fanOut.fileName());
            const bool stray = (file.fileName() != key || !cached.contains(key)) &&
                               file.lastModified().secsTo(now) > kStrayFileAgeSecs;
            if (photoFile && stray && QFile::remove(file.absoluteFilePath())) {
                ++report.photosDeleted;
                report.photoBytesFreed += file.size();
            }
        }
    }
}

// Incremental vacuum hands free pages back a few at a time; when more than a quarter of the
// file is free (or the store predates incremental vacuum), VACUUM rewrites it once.
bool StoreCleaner::reclaimSpace(CleanupReport &report)
{
    QSqlDatabase db = m_db.connection();
    QSqlQuery query(db);
    if (!compactSearchIndex(report))
        return false;
    const qint64 pages = scalar(db, QStringLiteral("PRAGMA page_count"));
    const qint64 free = scalar(db, QStringLiteral("PRAGMA freelist_count"));
    const bool incremental = scalar(db, QStringLiteral("PRAGMA auto_vacuum")) == 2;
    if (pages >= kMinVacuumPages && free * 4 > pages) {
        if (!query.exec(QStringLiteral("PRAGMA auto_vacuum=INCREMENTAL")) ||
            !query.exec(QStringLiteral("VACUUM"))) {
            report.error = query.lastError().text();
            return false;
        }
        report.vacuumed = true;
    } else if (incremental && free > 0 &&
               !releasePages(std::min(free, kMaxPagesReleased), report)) {
        return false;
    }
    query.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    return true;
}

// Each step of "PRAGMA incremental_vacuum" hands one page back and yields a row that Qt never
// asks for, so one exec() frees a single page: the statement is run once per page, in one
// transaction. At most `pages`, the rest next time; stops early when cancelled.
bool StoreCleaner::releasePages(qint64 pages, CleanupReport &report)
{
    QSqlDatabase db = m_db.connection();
    Transaction transaction(db);
    QSqlQuery release(db);
    if (!release.prepare(QStringLiteral("PRAGMA incremental_vacuum"))) {
        report.error = release.lastError().text();
        return false;
    }
    for (qint64 page = 0; page < pages && !(page % 500 == 0 && cancelled()); ++page) {
        if (!release.exec()) {
            report.error = release.lastError().text();
            return false;
        }
    }
    release.finish();
    if (transaction.commit())
        return true;
    report.error = db.lastError().text();
    return false;
}

// FTS5 keeps a deleted or replaced row's terms in its segments until they are merged, so a
// store whose articles come and go (retention, changed entries, whole articles) grows its index
// without end. The index is rewritten once it is half as large again (per article) as the most
// compact it has been since its last rewrite, or when a large part of the store was just
// deleted; otherwise a bounded amount of merging, whose cost does not grow with the store.
bool StoreCleaner::compactSearchIndex(CleanupReport &report)
{
    QSqlDatabase db = m_db.connection();
    const auto count = [&db](const QString &table) {
        return scalar(db, QStringLiteral("SELECT count(*) FROM ") + table);
    };
    const qint64 articles = count(QStringLiteral("articles"));
    const qint64 blocks = count(QStringLiteral("article_search_data"));
    const double blocksPerArticle = m_db.meta(kIndexBaselineKey).toDouble();
    const bool largeDeletion = qint64(report.articlesDeleted) * 4 > articles;
    const bool bloated =
        blocksPerArticle > 0 &&
        double(blocks) > 1.5 * blocksPerArticle * double(std::max<qint64>(articles, 1));
    QSqlQuery query(db);
    if (!largeDeletion && !bloated) {
        if (!query.exec(QStringLiteral("INSERT INTO article_search (article_search, rank) "
                                       "VALUES ('merge', %1)")
                            .arg(kSearchMergePages))) {
            report.error = query.lastError().text();
            return false;
        }
        // The measure is the most compact the index has been per article, not only right
        // after a rewrite: rewriting the index of a first refresh of 5,000 articles took
        // 0.6-1.3 s to make it 5% smaller, and the index of a small first refresh is larger
        // per article than that of the same store grown (taken as the measure, it let the
        // index of bench_year's store grow to three times its size before a rewrite).
        const double now = articles > 0 ? double(blocks) / double(articles) : 0;
        if (now > 0 && (blocksPerArticle <= 0 || now < blocksPerArticle))
            m_db.setMeta(kIndexBaselineKey, now);
        return true;
    }
    if (!query.exec(
            QStringLiteral("INSERT INTO article_search (article_search) VALUES ('optimize')")) ||
        !pruneVocabulary(db, &report.error)) {
        if (report.error.isEmpty())
            report.error = query.lastError().text();
        return false;
    }
    if (articles > 0)
        m_db.setMeta(kIndexBaselineKey,
                     double(count(QStringLiteral("article_search_data"))) / double(articles));
    return true;
}

void StoreCleaner::removePhotoFiles(const QStringList &keys, CleanupReport &report)
{
    for (const QString &key : keys) {
        QFile file(m_images.filePath(key));
        const qint64 size = file.size();
        if (file.exists() && file.remove()) {
            ++report.photosDeleted;
            report.photoBytesFreed += size;
        }
    }
}

} // namespace ichq
