#pragma once

#include <QDateTime>
#include <QList>
#include <QNetworkCookie>
#include <QString>

// The on-disk form of the cookie file: one cookie a line, as a Set-Cookie header carries it.
namespace ichq::cookiefile {

struct Snapshot
{
    bool exists = false;
    bool readable = true; // false: it exists but could not be read; nothing is known of it
    QDateTime modified;   // UTC
    QByteArray bytes;
    QList<QNetworkCookie> cookies; // those worth keeping, one per identity, in file order
};

// What tells two cookies apart: name, domain and path, as QNetworkCookie::hasSameIdentifier.
QByteArray identity(const QNetworkCookie &cookie);
QByteArray rawForm(const QNetworkCookie &cookie);
// Session cookies end with the session, by definition, and expired ones are gone: neither is
// ever on disk.
bool belongsOnDisk(const QNetworkCookie &cookie, const QDateTime &nowUtc);

Snapshot read(const QString &path);
QByteArray serialize(const QList<QNetworkCookie> &cookies);
bool write(const QString &path, const QByteArray &data);
bool remove(const QString &path); // true when there is nothing to remove

} // namespace ichq::cookiefile
