#include "CookieFileIo.h"

#include "common/Logging.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QSet>

namespace ichq::cookiefile {

QByteArray identity(const QNetworkCookie &cookie)
{
    return cookie.name() + '\0' + cookie.domain().toUtf8() + '\0' + cookie.path().toUtf8();
}

QByteArray rawForm(const QNetworkCookie &cookie)
{
    return cookie.toRawForm(QNetworkCookie::Full);
}

bool belongsOnDisk(const QNetworkCookie &cookie, const QDateTime &nowUtc)
{
    return !cookie.isSessionCookie() && cookie.expirationDate() > nowUtc;
}

Snapshot read(const QString &path)
{
    Snapshot snapshot;
    QFile file(path);
    snapshot.exists = file.exists();
    if (!snapshot.exists)
        return snapshot;
    snapshot.modified = QFileInfo(file).lastModified().toUTC();
    if (!file.open(QIODevice::ReadOnly)) {
        qCWarning(lcNet) << "cannot read the cookie file" << path << file.errorString();
        snapshot.readable = false;
        return snapshot;
    }
    snapshot.bytes = file.readAll();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QSet<QByteArray> seen;
    for (const QByteArray &line : snapshot.bytes.split('\n')) {
        for (const QNetworkCookie &cookie : QNetworkCookie::parseCookies(line.trimmed())) {
            if (belongsOnDisk(cookie, now) && !seen.contains(identity(cookie))) {
                seen.insert(identity(cookie));
                snapshot.cookies.append(cookie);
            }
        }
    }
    return snapshot;
}

QByteArray serialize(const QList<QNetworkCookie> &cookies)
{
    QByteArray data;
    for (const QNetworkCookie &cookie : cookies)
        data += rawForm(cookie) + '\n';
    return data;
}

bool write(const QString &path, const QByteArray &data)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    // QSaveFile: a crash mid-write leaves the previous file, never half of one.
    QSaveFile file(path);
    // Cookies are credentials: readable by the user only, from the first byte written.
    const bool opened = file.open(QIODevice::WriteOnly);
    if (opened)
        file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (!opened || file.write(data) != data.size() || !file.commit()) {
        qCWarning(lcNet) << "cannot write the cookie file" << path << file.errorString();
        return false;
    }
    return true;
}

bool remove(const QString &path)
{
    if (path.isEmpty() || !QFileInfo::exists(path))
        return true;
    if (QFile::remove(path))
        return true;
    qCWarning(lcNet) << "cannot delete the cookie file" << path;
    return false;
}

} // namespace ichq::cookiefile
