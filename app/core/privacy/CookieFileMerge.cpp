// CookieFile's side of sharing the file with other processes: merging and saving.
#include "CookieFile.h"
#include "CookieFileIo.h"

#include <QSet>

namespace ichq {

namespace {

struct DiskChange
{
    QByteArray key;
    const QNetworkCookie *theirs; // null: the file no longer holds it
};

} // namespace

// Takes in what another process changed in the file since the last sync (a cookie whose form
// on disk differs from the form at that sync), unless this process changed that cookie later.
// Without a stored time of change per cookie, the file's own time stands for the other's.
void CookieFile::merge(const cookiefile::Snapshot &disk)
{
    if (!disk.readable)
        return; // nothing is known of the file: what is held stays, base included
    // A file deleted since the last sync has no time of its own: the sync's time stands in.
    const QDateTime diskTime = disk.exists ? disk.modified : m_syncedAt;
    QHash<QByteArray, QByteArray> onDisk;
    QList<DiskChange> changes;
    for (const QNetworkCookie &cookie : disk.cookies) {
        const QByteArray key = cookiefile::identity(cookie);
        onDisk.insert(key, cookiefile::rawForm(cookie));
        if (onDisk.value(key) != m_base.value(key))
            changes.append(DiskChange{key, &cookie});
    }
    for (auto it = m_base.cbegin(); it != m_base.cend(); ++it) {
        if (!onDisk.contains(it.key()))
            changes.append(DiskChange{it.key(), nullptr});
    }
    for (const DiskChange &change : std::as_const(changes)) {
        Entry *local = find(change.key);
        if (local && local->changedAt.isValid() && local->changedAt > diskTime)
            continue; // changed here after the other process wrote: this change is newer
        if (change.theirs && local)
            *local = Entry{change.key, *change.theirs, {}, false};
        else if (change.theirs)
            m_entries.append(Entry{change.key, *change.theirs, {}, false});
        else
            m_entries.removeIf([&](const Entry &entry) { return entry.key == change.key; });
    }
    m_base = onDisk;
    m_syncedAt = QDateTime::currentDateTimeUtc();
}

// Merges the file as it is now, then writes what results, atomically, unless it is what the
// file already holds. Called with m_mutex held: one save at a time in this process.
void CookieFile::save()
{
    const cookiefile::Snapshot disk = cookiefile::read(m_path);
    merge(disk);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QList<QNetworkCookie> kept;
    m_entries.removeIf([&](const Entry &entry) {
        const bool expired = !entry.deleted && !entry.cookie.isSessionCookie() &&
                             entry.cookie.expirationDate() <= now;
        if (!entry.deleted && !expired && cookiefile::belongsOnDisk(entry.cookie, now))
            kept << entry.cookie;
        return expired;
    });
    const QByteArray data = cookiefile::serialize(kept);
    const bool saved = data.isEmpty() ? cookiefile::remove(m_path)
                                      : data == disk.bytes || cookiefile::write(m_path, data);
    if (!saved)
        return; // changes and deletions stay recorded: the next save tries again
    // The file itself now says the deleted ones are gone: a copy written back by another
    // process would be a change of its own, judged by time.
    m_entries.removeIf([](const Entry &entry) { return entry.deleted; });
    m_base.clear();
    for (const QNetworkCookie &cookie : std::as_const(kept))
        m_base.insert(cookiefile::identity(cookie), cookiefile::rawForm(cookie));
    m_syncedAt = QDateTime::currentDateTimeUtc();
}

} // namespace ichq
