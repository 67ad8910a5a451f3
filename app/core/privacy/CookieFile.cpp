#include "CookieFile.h"

#include "CookieFileIo.h"

#include <QDir>
#include <QFileInfo>
#include <QSet>

namespace ichq {

namespace {

struct Registry
{
    QMutex mutex; // taken before any store's own: never the other way round
    QHash<QString, std::weak_ptr<CookieFile>> files;
};

Registry &registry()
{
    static Registry instance;
    return instance;
}

// One store per file, however its path is spelt (relative, through a linked folder).
QString canonicalKey(const QString &path)
{
    const QFileInfo info(path);
    const QString folder = QFileInfo(info.absolutePath()).canonicalFilePath();
    if (folder.isEmpty()) // the folder does not exist yet
        return QDir::cleanPath(info.absoluteFilePath());
    return folder + QLatin1Char('/') + info.fileName();
}

} // namespace

std::shared_ptr<CookieFile> CookieFile::shared(const QString &filePath)
{
    Registry &r = registry();
    QMutexLocker lock(&r.mutex);
    const QString key = canonicalKey(filePath);
    if (std::shared_ptr<CookieFile> live = r.files.value(key).lock()) {
        live->reload(); // a new jar reads the file, as it did before jars shared it
        return live;
    }
    // Stores whose last jar is gone go too: the registry does not grow with every path.
    r.files.removeIf([](const auto &it) { return it.value().expired(); });
    auto created = std::make_shared<CookieFile>(filePath);
    r.files.insert(key, created);
    return created;
}

bool CookieFile::clearStored(const QString &filePath)
{
    Registry &r = registry();
    QMutexLocker lock(&r.mutex);
    const std::shared_ptr<CookieFile> live = r.files.value(canonicalKey(filePath)).lock();
    return live ? live->forgetAll(false) : cookiefile::remove(filePath);
}

bool CookieFile::withdraw(const QString &filePath)
{
    Registry &r = registry();
    // Under the registry's lock: no jar can take up the store, or read the file, half-way.
    QMutexLocker lock(&r.mutex);
    const std::shared_ptr<CookieFile> live = r.files.take(canonicalKey(filePath)).lock();
    return live ? live->forgetAll(true) : cookiefile::remove(filePath);
}

CookieFile::CookieFile(const QString &filePath) : m_path(filePath)
{
    merge(cookiefile::read(m_path)); // not shared yet: no lock needed
}

QList<QNetworkCookie> CookieFile::cookies() const
{
    QMutexLocker lock(&m_mutex);
    QList<QNetworkCookie> result;
    for (const Entry &entry : m_entries) {
        if (!entry.deleted)
            result << entry.cookie;
    }
    return result;
}

bool CookieFile::update(const Edit &edit)
{
    QMutexLocker lock(&m_mutex);
    if (m_withdrawn)
        return false;
    QList<QNetworkCookie> before;
    for (const Entry &entry : std::as_const(m_entries)) {
        if (!entry.deleted)
            before << entry.cookie;
    }
    record(edit(before));
    save();
    return true;
}

bool CookieFile::clear()
{
    return forgetAll(false);
}

void CookieFile::reload()
{
    QMutexLocker lock(&m_mutex);
    if (!m_withdrawn)
        merge(cookiefile::read(m_path));
}

CookieFile::Entry *CookieFile::find(const QByteArray &key)
{
    for (Entry &entry : m_entries) {
        if (entry.key == key)
            return &entry;
    }
    return nullptr;
}

// Compares the cookies after an edit with those before: what differs was changed here, now.
void CookieFile::record(const QList<QNetworkCookie> &after)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QSet<QByteArray> present;
    for (const QNetworkCookie &cookie : after) {
        const QByteArray key = cookiefile::identity(cookie);
        present.insert(key);
        Entry *entry = find(key);
        if (!entry)
            m_entries.append(Entry{key, cookie, now, false});
        else if (entry->deleted ||
                 cookiefile::rawForm(entry->cookie) != cookiefile::rawForm(cookie))
            *entry = Entry{key, cookie, now, false};
    }
    for (Entry &entry : m_entries) {
        if (!entry.deleted && !present.contains(entry.key)) {
            entry.deleted = true;
            entry.changedAt = now;
        }
    }
}

bool CookieFile::forgetAll(bool withdraw)
{
    QMutexLocker lock(&m_mutex);
    if (withdraw)
        m_withdrawn = true;
    m_entries.clear();
    m_base.clear();
    m_syncedAt = QDateTime::currentDateTimeUtc();
    return cookiefile::remove(m_path);
}

} // namespace ichq
