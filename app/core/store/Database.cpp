#include "Database.h"

#include "BodyRepack.h"
#include "Schema.h"
#include "SearchIndex.h"
#include "SearchWords.h"
#include "common/Logging.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>

namespace ichq {

namespace {

// store_meta: every article's text is in its body (schema 8, repackArticleTexts).
const QString kTextsInBodiesKey = QStringLiteral("texts_in_bodies");
// store_meta: search::wordsVersion() of the words in the search index.
const QString kSearchWordsVersionKey = QStringLiteral("search_words_version");

QString nextConnectionName()
{
    static QAtomicInt counter;
    return QStringLiteral("ichq-db-%1").arg(counter.fetchAndAddRelaxed(1));
}

// The caller reports the error in one sentence; the log keeps the statement, for developers.
bool exec(QSqlDatabase &db, const QString &sql, QString *error)
{
    QSqlQuery query(db);
    if (query.exec(sql))
        return true;
    if (error)
        *error = query.lastError().text();
    qCDebug(lcStore) << "SQL failed:" << sql << query.lastError().text();
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
    m_readOnly = false;
    QString detail;
    if (openReadWrite(&detail))
        return true;
    close();
    // A store in a read-only place still reads: list, search, show and the window's reading.
    const QFileInfo file(filePath);
    const bool cannotWrite = (file.exists() && !file.isWritable()) ||
                             detail.contains(QLatin1String("readonly"), Qt::CaseInsensitive) ||
                             detail.contains(QLatin1String("read-only"), Qt::CaseInsensitive) ||
                             detail.contains(QLatin1String("unable to open"), Qt::CaseInsensitive);
    QString readOnlyDetail;
    if (file.exists() && cannotWrite && openReadOnly(&readOnlyDetail))
        return true;
    close();
    if (error)
        *error = translatedOpenError(filePath, detail);
    return false;
}

bool Database::openReadWrite(QString *error)
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
        db.setDatabaseName(m_filePath);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(kBusyTimeoutMs));
        if (!db.open()) {
            *error = db.lastError().text();
            return false;
        }
        // WAL: readers never block the writer, and a crash mid-transaction leaves the last
        // commit.
        // A new store gives the pages that retention frees back to the file system a few at a
        // time (StoreCleaner); on a store with tables this does nothing until a VACUUM.
        // 8 KiB pages for a new store: an article's row (its compressed body and text, about
        // 2.3 KB for bench_store's items) fills a 4 KiB page alone, which left 8.5 of the 19.6
        // MiB of its articles' pages unused; three share 8 KiB. An older store keeps its size
        // (a WAL store cannot change it).
        // Statement journals in memory: a statement that fires a trigger (schema 5-6: every
        // insert, by the search index's trigger) keeps one, and in a temporary file that was
        // 90,000 writes and 0.6 s of a 5,000-article refresh.
        const bool configured = exec(db, QStringLiteral("PRAGMA page_size=8192"), error) &&
                                exec(db, QStringLiteral("PRAGMA auto_vacuum=INCREMENTAL"), error) &&
                                exec(db, QStringLiteral("PRAGMA journal_mode=WAL"), error) &&
                                exec(db, QStringLiteral("PRAGMA synchronous=NORMAL"), error) &&
                                exec(db, QStringLiteral("PRAGMA foreign_keys=ON"), error) &&
                                exec(db, QStringLiteral("PRAGMA temp_store=MEMORY"), error);
        if (!configured)
            return false;
    }
    return migrate(error);
}

// SQLite's own read-only mode first; a WAL store whose folder is read-only cannot create its
// shared-memory file, so then as an immutable file (what is in the -wal is not seen).
bool Database::openReadOnly(QString *error)
{
    const QUrl file = QUrl::fromLocalFile(QFileInfo(m_filePath).absoluteFilePath());
    for (const char *options : {"mode=ro", "immutable=1"}) {
        close();
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
        db.setDatabaseName(file.toString(QUrl::FullyEncoded) + QLatin1Char('?') +
                           QLatin1String(options));
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI"));
        QSqlQuery probe(db);
        if (db.open() && probe.exec(QStringLiteral("SELECT count(*) FROM articles"))) {
            m_readOnly = true;
            qCInfo(lcStore) << m_filePath << "opened read-only" << options;
            return true;
        }
        *error = probe.lastError().isValid() ? probe.lastError().text() : db.lastError().text();
    }
    return false;
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

bool Database::setPageCacheKiB(int kib)
{
    // A negative cache_size is a size in KiB; a positive one would count pages.
    return QSqlQuery(connection()).exec(QStringLiteral("PRAGMA cache_size = -%1").arg(kib));
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
    if (!meta(kTextsInBodiesKey).toBool()) {
        QString repackError;
        if (repackArticleTexts(db, &repackError))
            setMeta(kTextsInBodiesKey, true);
        else
            qCWarning(lcStore) << "moving the articles' texts failed:" << repackError;
    }
    keepSearchIndexCurrent();
    return true;
}

// The search index holds every row (none pending: after the migration that made it, or a
// refresh killed while it indexed) and was made by the rules in use (a Qt upgrade can change what
// is a letter): rebuilt otherwise. A failure here only waits for the next open or refresh;
// until then search checks every article (SearchLookup).
void Database::keepSearchIndexCurrent()
{
    const QString version = search::wordsVersion();
    const auto needsWork = [&] {
        QSqlQuery pending(connection());
        return meta(kSearchWordsVersionKey).toString() != version ||
               !pending.exec(QStringLiteral("SELECT EXISTS (SELECT 1 FROM search_pending)")) ||
               !pending.next() || pending.value(0).toBool();
    };
    if (!needsWork())
        return;
    QElapsedTimer timer;
    timer.start();
    Transaction transaction(connection(), Transaction::Lock::Immediate);
    SearchIndex index(connection());
    // Again under the lock: another connection may have done it meanwhile.
    const bool rebuild = meta(kSearchWordsVersionKey).toString() != version;
    if (!transaction.isActive() || !needsWork())
        return;
    const bool done = (rebuild ? index.rebuild() : index.indexPending()) &&
                      (!rebuild || setMeta(kSearchWordsVersionKey, version)) &&
                      transaction.commit();
    if (!done) {
        qCWarning(lcStore) << "indexing the articles failed:" << index.lastError();
        return;
    }
    qCInfo(lcStore) << (rebuild ? "search index rebuilt in" : "pending articles indexed in")
                    << timer.elapsed() << "ms";
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

bool Database::quickCheck(QString *report) const
{
    QSqlQuery query(connection());
    QStringList lines;
    if (!query.exec(QStringLiteral("PRAGMA quick_check"))) {
        lines << query.lastError().text();
    } else {
        while (query.next())
            lines << query.value(0).toString();
        if (query.lastError().isValid())
            lines << query.lastError().text();
    }
    if (report)
        *report = lines.join(QLatin1Char('\n'));
    return lines == QStringList{QStringLiteral("ok")};
}

QVariant Database::meta(const QString &key) const
{
    QSqlQuery query(connection());
    query.prepare(QStringLiteral("SELECT value FROM store_meta WHERE key = ?"));
    query.addBindValue(key);
    return query.exec() && query.next() ? query.value(0) : QVariant();
}

bool Database::setMeta(const QString &key, const QVariant &value)
{
    QSqlQuery query(connection());
    query.prepare(QStringLiteral("INSERT OR REPLACE INTO store_meta (key, value) VALUES (?, ?)"));
    query.addBindValue(key);
    query.addBindValue(value);
    return query.exec();
}

Transaction::Transaction(QSqlDatabase db, Lock lock) : m_db(std::move(db))
{
    // QSqlDatabase::commit() and rollback() end either kind: they run COMMIT and ROLLBACK.
    m_active = lock == Lock::Immediate ? QSqlQuery(m_db).exec(QStringLiteral("BEGIN IMMEDIATE"))
                                       : m_db.transaction();
}

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
    if (m_db.commit())
        return true;
    m_db.rollback(); // a COMMIT that failed (busy, I/O) may leave the transaction open
    return false;
}

} // namespace ichq
