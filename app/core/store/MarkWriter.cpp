#include "MarkWriter.h"

#include "ArticleStore.h"
#include "Database.h"
#include "SqlValues.h"
#include "common/Logging.h"

#include <QElapsedTimer>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimer>

namespace ichq {

namespace {
// How long the window may wait for a writer before a mark is left for later: under a frame.
constexpr int kWaitMs = 10;
constexpr int kRetryMs = 100;
constexpr int kQuitWaitMs = 1500;
// Mark All Read writes this many ids' rows per statement: at most about 8 ms (a row whose mark
// changes costs some 16 us), so the window keeps painting between them.
constexpr qint64 kReadAllChunkIds = 500;
// SQLITE_BUSY and SQLITE_LOCKED, with their extended codes: another connection is writing.
bool isBusy(const QSqlError &error)
{
    const int primary = error.nativeErrorCode().toInt() & 0xff;
    return primary == 5 || primary == 6;
}

bool exec(QSqlQuery &query, const std::optional<bool> &value, qint64 articleId)
{
    if (!value)
        return true;
    query.addBindValue(*value ? 1 : 0);
    query.addBindValue(articleId);
    return query.exec();
}

bool setWait(QSqlDatabase &db, int ms)
{
    return QSqlQuery(db).exec(QStringLiteral("PRAGMA busy_timeout = %1").arg(ms));
}
} // namespace

MarkWriter::MarkWriter(Database &database, QObject *parent)
    : QObject(parent), m_db(database), m_retry(new QTimer(this)), m_readAllStep(new QTimer(this))
{
    m_retry->setSingleShot(true);
    m_retry->setInterval(kRetryMs);
    connect(m_retry, &QTimer::timeout, this, &MarkWriter::retry);
    m_readAllStep->setSingleShot(true);
    connect(m_readAllStep, &QTimer::timeout, this, &MarkWriter::continueReadAll);
}

MarkWriter::~MarkWriter()
{
    // Quitting waits for a refresh's transaction this long at most: the window closes in 2 s.
    if (!flush(kQuitWaitMs)) {
        qCWarning(lcStore) << m_waiting.size() << "read or starred marks and" << m_readAll.size()
                           << "Mark All Read could not be saved";
    }
}

bool MarkWriter::markAllRead(const QString &section, const QList<QUrl> &feeds)
{
    if (m_db.isReadOnly())
        return false;
    // The ids stored by now; what a refresh stores meanwhile is not what the reader saw.
    QSqlQuery range(m_db.connection());
    if (!range.exec(QStringLiteral("SELECT min(id), max(id) FROM articles")) || !range.next())
        return false;
    if (range.value(0).isNull())
        return true; // nothing stored
    ReadAll job;
    job.section = section;
    job.feeds = feeds;
    job.nextId = range.value(0).toLongLong();
    job.lastId = range.value(1).toLongLong();
    if (!feeds.isEmpty()) {
        QVariantList values;
        QSqlQuery ids(m_db.connection());
        ids.prepare(QStringLiteral("SELECT id FROM feeds WHERE ") +
                    sql::inFeeds(QStringLiteral("id"), feeds, &values));
        for (const QVariant &value : std::as_const(values))
            ids.addBindValue(value);
        if (!ids.exec())
            return false;
        while (ids.next())
            job.feedIds << ids.value(0).toLongLong();
    }
    m_readAll.append(job);
    if (!m_readAllStep->isActive())
        m_readAllStep->start(0);
    return true;
}

void MarkWriter::showUnsavedMarks(ArticleSummary &row) const
{
    const auto found = m_waiting.constFind(row.id);
    if (found != m_waiting.cend()) {
        row.starred = found->starred.value_or(row.starred);
        if (found->read) {
            row.read = *found->read;
            return;
        }
    }
    if (!row.read)
        row.read = readByMarkAll(row.id, row.feedId, row.categories);
}

bool MarkWriter::readByMarkAll(qint64 articleId, qint64 feedId, const QStringList &sections) const
{
    for (const ReadAll &job : m_readAll) {
        if (articleId < job.nextId || articleId > job.lastId || job.setSince.contains(articleId))
            continue;
        if (!job.feeds.isEmpty() && !job.feedIds.contains(feedId))
            continue;
        if (!job.section.isEmpty() && !sections.contains(job.section, Qt::CaseInsensitive))
            continue;
        return true;
    }
    return false;
}

bool MarkWriter::setRead(qint64 articleId, bool read)
{
    Marks marks;
    marks.read = read;
    return set(articleId, marks);
}

bool MarkWriter::setStarred(qint64 articleId, bool starred)
{
    Marks marks;
    marks.starred = starred;
    return set(articleId, marks);
}

bool MarkWriter::set(qint64 articleId, const Marks &marks)
{
    if (m_db.isReadOnly())
        return false;
    Marks &entry = m_waiting[articleId];
    if (marks.read) {
        entry.read = marks.read;
        for (ReadAll &job : m_readAll)
            job.setSince.insert(articleId);
    }
    if (marks.starred)
        entry.starred = marks.starred;
    if (m_retry->isActive())
        return true; // others wait already: this one joins them
    switch (writeWaiting(kWaitMs)) {
    case Write::Saved:
        return true;
    case Write::Busy:
        m_retry->start();
        return true;
    case Write::Failed:
        m_waiting.clear(); // nothing else waited: a retry is started only for a busy store
        break;
    }
    return false;
}

bool MarkWriter::flush(int waitMs)
{
    m_retry->stop();
    m_readAllStep->stop();
    if (m_waiting.isEmpty() && m_readAll.isEmpty())
        return true;
    QElapsedTimer clock;
    clock.start();
    Write result = m_waiting.isEmpty() ? Write::Saved : writeWaiting(waitMs);
    while (result == Write::Saved && !m_readAll.isEmpty()) {
        const int left = waitMs - int(clock.elapsed());
        result = left > 0 ? writeReadAllChunk(left) : Write::Busy;
    }
    switch (result) {
    case Write::Saved:
        emit saved();
        return true;
    case Write::Busy: // still waiting: tried again as before
        if (m_readAll.isEmpty())
            m_retry->start();
        else
            m_readAllStep->start(kRetryMs);
        return false;
    case Write::Failed:
        m_waiting.clear();
        m_readAll.clear();
        emit failed();
        return false;
    }
    return false;
}

void MarkWriter::retry()
{
    switch (writeWaiting(kWaitMs)) {
    case Write::Saved:
        emit saved();
        break;
    case Write::Busy:
        m_retry->start();
        break;
    case Write::Failed:
        m_waiting.clear();
        emit failed();
        break;
    }
}

// The marks that waited first (those set since are not among its rows), then a chunk of rows.
void MarkWriter::continueReadAll()
{
    Write result = m_waiting.isEmpty() ? Write::Saved : writeWaiting(kWaitMs);
    if (result == Write::Saved && !m_readAll.isEmpty())
        result = writeReadAllChunk(kWaitMs);
    switch (result) {
    case Write::Saved:
        if (m_readAll.isEmpty()) {
            emit saved(); // all written: the counts follow
            emit allReadSaved();
        } else {
            m_readAllStep->start(0);
        }
        break;
    case Write::Busy:
        m_readAllStep->start(kRetryMs);
        break;
    case Write::Failed:
        m_waiting.clear();
        m_readAll.clear();
        emit failed();
        break;
    }
}

MarkWriter::Write MarkWriter::writeReadAllChunk(int waitMs)
{
    ReadAll &job = m_readAll.first();
    const qint64 to = qMin(job.lastId, job.nextId + kReadAllChunkIds - 1);
    QSqlDatabase db = m_db.connection();
    setWait(db, waitMs);
    QSqlError error;
    const bool written = ArticleStore(m_db).markReadBetween(job.nextId, to, job.section, job.feeds,
                                                            job.setSince, &error);
    setWait(db, Database::kBusyTimeoutMs);
    if (written) {
        job.nextId = to + 1;
        if (job.nextId > job.lastId)
            m_readAll.removeFirst();
        return Write::Saved;
    }
    return unsaved(error, "Mark All Read");
}

// One transaction for everything waiting; on failure nothing is written and everything waits.
MarkWriter::Write MarkWriter::writeWaiting(int waitMs)
{
    QSqlDatabase db = m_db.connection();
    setWait(db, waitMs);
    QSqlQuery read(db), starred(db);
    read.prepare(QStringLiteral("UPDATE articles SET is_read = ? WHERE id = ?"));
    starred.prepare(QStringLiteral("UPDATE articles SET is_starred = ? WHERE id = ?"));
    QSqlError error;
    if (db.transaction()) {
        for (auto it = m_waiting.cbegin(); it != m_waiting.cend() && !error.isValid(); ++it) {
            if (!exec(read, it->read, it.key()))
                error = read.lastError();
            else if (!exec(starred, it->starred, it.key()))
                error = starred.lastError();
        }
        if (!error.isValid() && !db.commit())
            error = db.lastError();
        if (error.isValid())
            db.rollback();
    } else {
        error = db.lastError();
    }
    setWait(db, Database::kBusyTimeoutMs); // as every connection opens
    if (!error.isValid()) {
        m_waiting.clear();
        return Write::Saved;
    }
    return unsaved(error, "marks");
}

// A busy store is tried again; anything else is reported and given up.
MarkWriter::Write MarkWriter::unsaved(const QSqlError &error, const char *what)
{
    if (isBusy(error))
        return Write::Busy;
    qCWarning(lcStore) << what << "not saved:" << error.text();
    return Write::Failed;
}

} // namespace ichq
