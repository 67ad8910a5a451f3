#pragma once

#include <QHash>
#include <QObject>

#include <optional>

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

    // Marks set but not saved yet, so what the window shows can follow them.
    const QHash<qint64, Marks> &waiting() const { return m_waiting; }
    // Saves what waits, waiting up to `waitMs` for the store; true when nothing is left. Marks
    // the store is still too busy for keep waiting and are tried again.
    bool flush(int waitMs);

signals:
    void saved();  // marks that waited are in the store now
    void failed(); // marks that waited could not be saved and were dropped

private:
    bool set(qint64 articleId, const Marks &marks);
    enum class Write { Saved, Busy, Failed };
    Write writeWaiting(int waitMs);
    void retry();

    Database &m_db;
    QHash<qint64, Marks> m_waiting;
    QTimer *m_retry;
};

} // namespace ichq
