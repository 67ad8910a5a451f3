#include "Database.h"

#include "Schema.h"
#include "common/Logging.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

namespace ichq {

namespace {

QString nextConnectionName()
{
    static QAtomicInt counter;
    return QStringLiteral("ichq-db-%1").arg(counter.fetchAndAddRelaxed(1));
}

bool exec(QSqlDatabase &db, const QString &sql, QString *error)
{
    QSqlQuery query(db);
    if (query.exec(sql))
        return true;
    if (error)
        *error = query.lastError().text();
    qCWarning(lcStore) << "SQL failed:" << sql << query.lastError().text();
    return false;
}

QString translatedOpenError(const QString &path, const QString &detail)
{
    return QCoreApplication::translate("Database", "Cannot open the article store %1: %2")
        .arg(path, detail);
}

} // namespace

Database::Database() : m_connectionName(nextConnectionName()) {}

Database::~Database()
{
    close();
}

bool Database::open(const QString &filePath, QString *error)
{
    close();
    m_filePath = filePath;
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    db.setDatabaseName(filePath);
    // Another process (the GUI and a --refresh run) may hold the write lock for a moment.
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db.open()) {
        if (error)
            *error = translatedOpenError(filePath, db.lastError().text());
        return false;
    }
    QString detail;
    // WAL: readers never block the writer, and a crash mid-transaction leaves the last commit.
    const bool configured = exec(db, QStringLiteral("PRAGMA journal_mode=WAL"), &detail) &&
                            exec(db, QStringLiteral("PRAGMA synchronous=NORMAL"), &detail) &&
                            exec(db, QStringLiteral("PRAGMA foreign_keys=ON"), &detail);
    if (!configured || !migrate(&detail)) {
        if (error)
            *error = translatedOpenError(filePath, detail);
        close();
        return false;
    }
    return true;
}

void Database::close()
{
    if (!QSqlDatabase::contains(m_connectionName))
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

bool Database::isOpen() const
{
    return QSqlDatabase::contains(m_connectionName) &&
           QSqlDatabase::database(m_connectionName, false).isOpen();
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

int Database::schemaVersion() const
{
    QSqlQuery query(connection());
    if (query.exec(QStringLiteral("PRAGMA user_version")) && query.next())
        return query.value(0).toInt();
    return -1;
}

int Database::latestSchemaVersion()
{
    return int(schemaMigrations().size());
}

bool Database::migrate(QString *error)
{
    const int current = schemaVersion();
    const int latest = latestSchemaVersion();
    if (current > latest) {
        if (error)
            *error = QCoreApplication::translate(
                         "Database", "it was written by a newer version of the app (schema %1).")
                         .arg(current);
        return false;
    }
    QSqlDatabase db = connection();
    for (int version = current + 1; version <= latest; ++version) {
        Transaction transaction(db);
        for (const QString &statement : schemaMigrations().at(version - 1)) {
            if (!exec(db, statement, error))
                return false;
        }
        if (!exec(db, QStringLiteral("PRAGMA user_version=%1").arg(version), error))
            return false;
        if (!transaction.commit()) {
            if (error)
                *error = db.lastError().text();
            return false;
        }
        qCInfo(lcStore) << "migrated" << m_filePath << "to schema" << version;
    }
    return true;
}

bool Database::checkIntegrity(QString *report) const
{
    QSqlQuery query(connection());
    if (!query.exec(QStringLiteral("PRAGMA integrity_check")))
        return false;
    QStringList lines;
    while (query.next())
        lines << query.value(0).toString();
    if (report)
        *report = lines.join(QLatin1Char('\n'));
    return lines == QStringList{QStringLiteral("ok")};
}

Transaction::Transaction(QSqlDatabase db) : m_db(std::move(db)), m_active(m_db.transaction()) {}

Transaction::~Transaction()
{
    if (m_active)
        m_db.rollback();
}

bool Transaction::commit()
{
    if (!m_active)
        return false;
    m_active = false;
    return m_db.commit();
}

} // namespace ichq
