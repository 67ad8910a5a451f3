#include "ImageCache.h"

#include "Database.h"
#include "SqlValues.h"
#include "common/Logging.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace ichq {

namespace {
constexpr int kMaxAttempts = 5;
}

ImageCache::ImageCache(Database &database, const QString &directory)
    : m_db(database), m_directory(directory)
{}

bool ImageCache::isValidKey(const QString &key)
{
    if (key.size() != 64)
        return false;
    for (const QChar c : key) {
        if (!((c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f')))
            return false;
    }
    return true;
}

QString ImageCache::filePath(const QString &key) const
{
    // Two-level fan-out keeps any one folder small.
    return m_directory + QLatin1Char('/') + key.left(2) + QLatin1Char('/') + key;
}

QList<PendingImage> ImageCache::pending(int limit, int perArticle) const
{
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral(
        "SELECT key, url, attempts FROM images WHERE (state = 0 OR state = 2) AND attempts < ? "
        "AND EXISTS (SELECT 1 FROM article_images ai WHERE ai.image_key = images.key "
        "AND ai.position < ?) ORDER BY attempts, rowid LIMIT ?"));
    query.addBindValue(kMaxAttempts);
    query.addBindValue(perArticle);
    query.addBindValue(limit);
    QList<PendingImage> images;
    if (!query.exec()) {
        qCWarning(lcStore) << "pending images:" << query.lastError().text();
        return images;
    }
    while (query.next())
        images << PendingImage{query.value(0).toString(), QUrl(query.value(1).toString()),
                               query.value(2).toInt()};
    return images;
}

QList<PendingImage> ImageCache::missingFor(qint64 articleId, int limit) const
{
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral("SELECT i.key, i.url, i.attempts, i.state FROM article_images ai "
                                 "JOIN images i ON i.key = ai.image_key WHERE ai.article_id = ? "
                                 "AND i.state != ? ORDER BY ai.position"));
    query.addBindValue(articleId);
    query.addBindValue(int(State::Refused));
    QList<PendingImage> images;
    if (!query.exec())
        return images;
    while (query.next() && images.size() < limit) {
        const QString key = query.value(0).toString();
        // Cached, but the file was deleted by hand: fetched again, not an error.
        if (query.value(3).toInt() == int(State::Cached) && QFile::exists(filePath(key)))
            continue;
        images << PendingImage{key, QUrl(query.value(1).toString()), query.value(2).toInt()};
    }
    return images;
}

int ImageCache::countInState(State state) const
{
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral("SELECT count(*) FROM images WHERE state = ?"));
    query.addBindValue(int(state));
    return query.exec() && query.next() ? query.value(0).toInt() : 0;
}

bool ImageCache::store(const QString &key, const QByteArray &bytes, const QByteArray &mimeType,
                       int width, int height, QString *error)
{
    if (!isValidKey(key))
        return false;
    // Written beside its final name, then renamed: a reader never sees half a file. No fsync:
    // this is a cache, and read() checks the size the row recorded, so a file lost to a power
    // cut is fetched again rather than shown broken.
    const QString path = filePath(key);
    const QString partial = path + QStringLiteral(".part");
    QFile file(partial);
    // The fan-out folder usually exists: create it only when opening says it does not.
    bool opened = file.open(QIODevice::WriteOnly | QIODevice::Truncate);
    if (!opened && QDir().mkpath(QFileInfo(path).absolutePath()))
        opened = file.open(QIODevice::WriteOnly | QIODevice::Truncate);
    const bool written = opened && file.write(bytes) == bytes.size() && file.flush();
    file.close();
    // QFile::rename() does not replace: a re-fetched image removes the old copy first.
    const bool renamed = written && (QFile::rename(partial, path) ||
                                     (QFile::remove(path) && QFile::rename(partial, path)));
    if (!renamed) {
        if (error)
            *error = file.errorString();
        QFile::remove(partial);
        return false;
    }
    QSqlQuery query(m_db.connection());
    query.prepare(
        QStringLiteral("UPDATE images SET state = 1, mime = ?, width = ?, height = ?, bytes = ?, "
                       "attempts = attempts + 1, last_error = '', fetched_at = ? WHERE key = ?"));
    query.addBindValue(QString::fromLatin1(mimeType));
    query.addBindValue(width);
    query.addBindValue(height);
    query.addBindValue(bytes.size());
    query.addBindValue(QDateTime::currentSecsSinceEpoch());
    query.addBindValue(key);
    if (!query.exec()) {
        if (error)
            *error = query.lastError().text();
        return false;
    }
    return true;
}

bool ImageCache::markFailed(const QString &key, const QString &error, bool refused)
{
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral(
        "UPDATE images SET state = ?, attempts = attempts + 1, last_error = ? WHERE key = ?"));
    query.addBindValue(int(refused ? State::Refused : State::Failed));
    query.addBindValue(sql::text(error));
    query.addBindValue(key);
    return query.exec();
}

bool ImageCache::contains(const QString &key) const
{
    if (!isValidKey(key))
        return false;
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral("SELECT state FROM images WHERE key = ?"));
    query.addBindValue(key);
    return query.exec() && query.next() && query.value(0).toInt() == int(State::Cached) &&
           QFile::exists(filePath(key));
}

std::optional<CachedImage> ImageCache::read(const QString &key) const
{
    if (!isValidKey(key))
        return std::nullopt;
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral("SELECT mime, bytes FROM images WHERE key = ? AND state = 1"));
    query.addBindValue(key);
    if (!query.exec() || !query.next())
        return std::nullopt;
    QFile file(filePath(key));
    if (!file.open(QIODevice::ReadOnly) || file.size() != query.value(1).toLongLong())
        return std::nullopt;
    return CachedImage{file.readAll(), query.value(0).toString().toLatin1()};
}

} // namespace ichq
