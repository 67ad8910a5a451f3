#pragma once

#include <QSqlDatabase>
#include <QString>

namespace ichq {

// One SQLite connection (Qt SQL), opened in WAL mode and migrated to the current schema.
// A connection belongs to the thread that opened it; open one Database per thread.
class Database
{
public:
    Database();
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // Opens (creating if needed) and migrates. On failure returns false and sets a message.
    bool open(const QString &filePath, QString *error = nullptr);
    void close();
    bool isOpen() const;

    QSqlDatabase connection() const;
    QString filePath() const { return m_filePath; }

    int schemaVersion() const;
    static int latestSchemaVersion();

    // "PRAGMA integrity_check" answered "ok".
    bool checkIntegrity(QString *report = nullptr) const;

private:
    bool migrate(QString *error);

    QString m_connectionName;
    QString m_filePath;
};

// Commits on commit(), rolls back when it goes out of scope otherwise.
class Transaction
{
public:
    explicit Transaction(QSqlDatabase db);
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
