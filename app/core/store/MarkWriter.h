#pragma once

#include "StoreTypes.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QSet>
#include <QStringList>
#include <QUrl>

#include <optional>

class QSqlError;
class QTimer;

namespace ichq {

class Database;

// The read and starred marks the reader sets, saved without making the window wait. A refresh
// writes a feed in one transaction; a mark that meets it is kept here and tried again shortly,
// instead of blocking input and painting until that transaction ends.
class MarkWriter : public QObject
{
    Q_OBJECT
public:
    struct Marks
    {
        std::optional<bool> read;
        std::optional<bool> starred;
    };

    explicit MarkWriter(Database &database, QObject *parent = nullptr);
    ~MarkWriter() override; // saves what is still waiting, waiting up to 1.5 s for the store

    // False when the mark cannot be saved at all (a store that can only be read, a full disk);
    // a store that is busy is not a failure: the mark waits.
    bool setRead(qint64 articleId, bool read);
    bool setStarred(qint64 articleId, bool starred);

    // Every unread article of `section` (empty: every one) among `feeds` (empty: every one)
    // stored by now becomes read. The rows are written a chunk at a time between the window's
    // events (thousands of rows took over a second in one statement), after the marks already
    // waiting; a mark set on an article afterwards wins over it. False only when nothing can be
    // saved at all.
    bool markAllRead(const QString &section, const QList<QUrl> &feeds);
    // A row as the store gave it, with the marks the reader set that are not all saved yet:
    // a waiting mark wins, then a Mark All Read still being written.
    void showUnsavedMarks(ArticleSummary &row) const;

    // Marks set but not saved yet, so what the window shows can follow them.
    const QHash<qint64, Marks> &waiting() const { return m_waiting; }
    // Saves what waits, waiting up to `waitMs` for the store; true when nothing is left. Marks
    // the store is still too busy for keep waiting and are tried again.
    bool flush(int waitMs);

signals:
    void saved();        // marks that waited are in the store now
    void allReadSaved(); // the rows of every Mark All Read are in the store now
    void failed();       // marks that waited could not be saved and were dropped

private:
    struct ReadAll
    {
        QString section;
        QList<QUrl> feeds;
        QList<qint64> feedIds;
        qint64 nextId = 0; // the rows still to write: [nextId, lastId]
        qint64 lastId = 0;
        QSet<qint64> setSince; // marked by the reader since: theirs wins
    };
    enum class Write { Saved, Busy, Failed };
    bool set(qint64 articleId, const Marks &marks);
    Write writeWaiting(int waitMs);
    void retry();
    Write writeReadAllChunk(int waitMs); // the next rows of the oldest Mark All Read
    static Write unsaved(const QSqlError &error, const char *what);
    // An article a Mark All Read still being saved makes read (its feed, its sections).
    bool readByMarkAll(qint64 articleId, qint64 feedId, const QStringList &sections) const;
    void continueReadAll();

    Database &m_db;
    QHash<qint64, Marks> m_waiting;
    QList<ReadAll> m_readAll; // pressed and not all written yet, oldest first
    QTimer *m_retry;
    QTimer *m_readAllStep;
};

} // namespace ichq
