#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QUrl>

#include <optional>

namespace ichq {

class Database;

struct PendingImage
{
    QString key;
    QUrl url;
    int attempts = 0;
};

struct CachedImage
{
    QByteArray bytes;
    QByteArray mimeType;
};

// Images kept for offline reading: files named by the SHA-256 of their URL under one folder,
// their state in the `images` table. A file is written whole and renamed before its row says so.
class ImageCache
{
public:
    // Stored as an integer: never renumber. Evicted: deleted to keep the cache under its limit;
    // a refresh leaves it, opening its article online fetches it again.
    enum class State { Pending = 0, Cached = 1, Failed = 2, Refused = 3, Evicted = 4 };

    ImageCache(Database &database, const QString &directory);

    // Images never fetched, or failed and worth another try, among the first
    // `perArticle` images of some article (a feed's author decides how many an article has).
    QList<PendingImage> pending(int limit = -1, int perArticle = 100) const;
    // The photos of one article that the cache cannot serve (never fetched, failed, or their
    // file gone), except those refused for good; at most `limit` (the first ones).
    QList<PendingImage> missingFor(qint64 articleId, int limit = 300) const;
    int countInState(State state) const;

    bool store(const QString &key, const QByteArray &bytes, const QByteArray &mimeType, int width,
               int height, QString *error = nullptr);
    // Refused: the image breaks a rule (too large, not an image, SVG): not tried again.
    bool markFailed(const QString &key, const QString &error, bool refused);

    bool contains(const QString &key) const;
    std::optional<CachedImage> read(const QString &key) const;
    QString filePath(const QString &key) const;
    QString directory() const { return m_directory; }

    static bool isValidKey(const QString &key);
    Database &database() const { return m_db; }

private:
    Database &m_db;
    QString m_directory;
};

} // namespace ichq
