#include "MarkWriter.h"

#include "Database.h"
#include "common/Logging.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTimer>

namespace ichq {

namespace {
// How long the window may wait for a writer before a mark is left for later: under a frame.
constexpr int kWaitMs = 10;
constexpr int kRetryMs = 100;
constexpr int kQuitWaitMs = 1500;
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
    : QObject(parent), m_db(database), m_retry(new QTimer(this))
{
    m_retry->setSingleShot(true);
    m_retry->setInterval(kRetryMs);
    connect(m_retry, &QTimer::timeout, this, &MarkWriter::retry);
}

MarkWriter::~MarkWriter()
{
    // Quitting waits for a refresh's transaction this long at most: the window closes in 2 s.
    if (!flush(kQuitWaitMs))
        qCWarning(lcStore) << m_waiting.size() << "read or starred marks could not be saved";
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
    if (marks.read)
        entry.read = marks.read;
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
    if (m_waiting.isEmpty())
        return true;
    switch (writeWaiting(waitMs)) {
    case Write::Saved:
        emit saved();
        return true;
    case Write::Busy:
        m_retry->start(); // still waiting: tried again as before
        return false;
    case Write::Failed:
        m_waiting.clear();
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
    if (isBusy(error))
        return Write::Busy;
    qCWarning(lcStore) << "marks not saved:" << error.text();
    return Write::Failed;
}

} // namespace ichq
