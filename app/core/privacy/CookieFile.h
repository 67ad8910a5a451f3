#pragma once

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QMutex>
#include <QNetworkCookie>
#include <QString>

#include <atomic>
#include <functional>
#include <memory>

namespace ichq {

namespace cookiefile {
struct Snapshot;
}

// The one owner of a cookie file in this process. Every persistent CookieJar of the file, in
// whatever thread, keeps its cookies here, so jars see each other's cookies and never
// overwrite each other. Each change is saved at once; a save first merges what the file holds
// now, since another process (`--refresh` from cron) may have written it: per cookie (name,
// domain, path) the newer change wins, and a cookie deleted here stays deleted.
// Thread-safe.
class CookieFile
{
public:
    using Edit = std::function<QList<QNetworkCookie>(const QList<QNetworkCookie> &)>;

    // The process's store of filePath (not empty): loaded on first use, kept while a jar holds
    // it, brought up to date with the file when another jar asks for it.
    static std::shared_ptr<CookieFile> shared(const QString &filePath);
    // Forgets the cookies of filePath's store, if one is live, and deletes the file.
    static bool clearStored(const QString &filePath);
    // Withdrawal of consent: as clearStored, and the live store stops; its jars turn
    // non-persistent. A later shared() starts a new store.
    static bool withdraw(const QString &filePath);

    // A store outside the registry, as another process would hold (tests); reads the file.
    explicit CookieFile(const QString &filePath);

    QString filePath() const { return m_path; }
    bool isWithdrawn() const { return m_withdrawn; }
    QList<QNetworkCookie> cookies() const; // empty once withdrawn
    // Applies edit to the cookies under the lock, records what it changed and saves.
    // False, without calling edit, once the store is withdrawn.
    bool update(const Edit &edit);
    bool clear();  // forgets every cookie and deletes the file; the store stays in use
    void reload(); // merges what the file holds now, without writing it

private:
    struct Entry
    {
        QByteArray key;        // cookiefile::identity
        QNetworkCookie cookie; // meaningless when deleted
        QDateTime changedAt;   // UTC, when this process changed it; null: as read from the file
        bool deleted = false;  // deleted here, until a save has written the file without it
    };

    Entry *find(const QByteArray &key);
    void record(const QList<QNetworkCookie> &after);
    void merge(const cookiefile::Snapshot &disk);
    void save();
    bool forgetAll(bool withdraw);

    const QString m_path;
    mutable QMutex m_mutex;
    QList<Entry> m_entries;
    QHash<QByteArray, QByteArray> m_base; // identity -> raw form, as the file was at the last sync
    QDateTime m_syncedAt;                 // UTC, of the last read or write of the file
    std::atomic<bool> m_withdrawn{false};
};

} // namespace ichq
