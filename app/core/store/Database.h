#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QVariant>

namespace ichq {

// One SQLite connection (Qt SQL), opened in WAL mode and migrated to the current schema.
// A connection belongs to the thread that opened it; open one Database per thread.
class Database
{
public:
    // How long a connection waits for another's write lock (the window and a --refresh run,
    // or the refresh thread) before a statement fails as busy.
    static constexpr int kBusyTimeoutMs = 5000;

    Database();
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // Opens (creating if needed) and migrates. A store that cannot be written (a read-only folder
    // or file system, a mounted backup) opens read-only instead: reading works, writes fail, and
    // isReadOnly() says so. On failure returns false and sets a message.
    bool open(const QString &filePath, QString *error = nullptr);
    void close();
    bool isOpen() const;
    bool isReadOnly() const { return m_readOnly; }

    QSqlDatabase connection() const;
    QString filePath() const { return m_filePath; }

    // The most this connection keeps of the file's pages in memory (SQLite's default: 2 MiB).
    bool setPageCacheKiB(int kib);

    int schemaVersion() const;
    static int latestSchemaVersion();

    // "PRAGMA integrity_check" answered "ok".
    bool checkIntegrity(QString *report = nullptr) const;
    // "PRAGMA quick_check": the cheaper check, run before refreshes (see StoreRepair).
    bool quickCheck(QString *report = nullptr) const;
    // A small key/value table of the store's own bookkeeping (the last check, …).
    QVariant meta(const QString &key) const;
    bool setMeta(const QString &key, const QVariant &value);

private:
    bool openReadWrite(QString *error);
    bool openReadOnly(QString *error);
    bool migrate(QString *error);
    void keepSearchIndexCurrent();

    QString m_connectionName;
    QString m_filePath;
    bool m_readOnly = false;
};

// Commits on commit(), rolls back when it goes out of scope otherwise (or the commit failed).
class Transaction
{
public:
    // Deferred takes the write lock at the first write. Immediate takes it at once, waiting the
    // busy timeout for it: a transaction that reads before it writes must, or a write committed
    // by another connection in between fails its first write at once (SQLITE_BUSY_SNAPSHOT).
    enum class Lock { Deferred, Immediate };
    explicit Transaction(QSqlDatabase db, Lock lock = Lock::Deferred);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    bool isActive() const { return m_active; }
    bool commit();

private:
    QSqlDatabase m_db;
    bool m_active = false;
};

} // namespace ichq
