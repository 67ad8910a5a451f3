#include "CookieJar.h"

#include "common/Logging.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QNetworkCookie>
#include <QSaveFile>

#include <algorithm>

namespace ichq {

namespace {

// Counts nested overrides: QNetworkCookieJar::insertCookie calls deleteCookie, and
// setCookiesFromUrl calls insertCookie; the file is written once, after the outermost.
class ChangeScope
{
public:
    explicit ChangeScope(int &depth) : m_depth(depth) { ++m_depth; }
    ~ChangeScope() { --m_depth; }
    ChangeScope(const ChangeScope &) = delete;
    ChangeScope &operator=(const ChangeScope &) = delete;

private:
    int &m_depth;
};

bool isExpired(const QNetworkCookie &cookie, const QDateTime &nowUtc)
{
    return !cookie.isSessionCookie() && cookie.expirationDate() <= nowUtc;
}

} // namespace

CookieJar::CookieJar(const QString &filePath, bool persistent, QObject *parent)
    : QNetworkCookieJar(parent), m_filePath(filePath), m_persistent(persistent)
{
    if (m_persistent)
        load();
}

void CookieJar::setPersistent(bool persistent)
{
    if (persistent == m_persistent)
        return;
    m_persistent = persistent;
    if (m_persistent) {
        load();
        save();
    } else {
        // Withdrawal: what was kept under the consent goes, in memory too.
        clear();
    }
}

void CookieJar::clear()
{
    setAllCookies({});
    removeStoredCookies(m_filePath);
    m_written.clear();
}

bool CookieJar::removeStoredCookies(const QString &filePath)
{
    if (filePath.isEmpty() || !QFileInfo::exists(filePath))
        return true;
    if (QFile::remove(filePath))
        return true;
    qCWarning(lcNet) << "cannot delete the cookie file" << filePath;
    return false;
}

bool CookieJar::insertCookie(const QNetworkCookie &cookie)
{
    bool result = false;
    {
        ChangeScope scope(m_changeDepth);
        result = QNetworkCookieJar::insertCookie(cookie);
    }
    // Also when the insert was a deletion (an expired cookie) and returned false.
    changed();
    return result;
}

bool CookieJar::updateCookie(const QNetworkCookie &cookie)
{
    bool result = false;
    {
        ChangeScope scope(m_changeDepth);
        result = QNetworkCookieJar::updateCookie(cookie);
    }
    changed();
    return result;
}

bool CookieJar::deleteCookie(const QNetworkCookie &cookie)
{
    bool result = false;
    {
        ChangeScope scope(m_changeDepth);
        result = QNetworkCookieJar::deleteCookie(cookie);
    }
    changed();
    return result;
}

bool CookieJar::setCookiesFromUrl(const QList<QNetworkCookie> &cookieList, const QUrl &url)
{
    bool result = false;
    {
        ChangeScope scope(m_changeDepth);
        result = QNetworkCookieJar::setCookiesFromUrl(cookieList, url);
    }
    changed();
    return result;
}

void CookieJar::changed()
{
    if (m_changeDepth == 0)
        save();
}

// Cookies already in memory win over the file's: they are newer.
void CookieJar::load()
{
    if (m_filePath.isEmpty())
        return;
    QFile file(m_filePath);
    if (!file.exists())
        return;
    if (!file.open(QIODevice::ReadOnly)) {
        qCWarning(lcNet) << "cannot read the cookie file" << m_filePath << file.errorString();
        return;
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QList<QNetworkCookie> cookies = allCookies();
    const QList<QByteArray> lines = file.readAll().split('\n');
    for (const QByteArray &line : lines) {
        for (const QNetworkCookie &cookie : QNetworkCookie::parseCookies(line.trimmed())) {
            if (cookie.isSessionCookie() || isExpired(cookie, now))
                continue;
            const bool known = std::any_of(
                cookies.cbegin(), cookies.cend(),
                [&cookie](const QNetworkCookie &held) { return held.hasSameIdentifier(cookie); });
            if (!known)
                cookies.append(cookie);
        }
    }
    setAllCookies(cookies);
}

void CookieJar::save()
{
    if (!m_persistent || m_filePath.isEmpty())
        return;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QByteArray data;
    for (const QNetworkCookie &cookie : allCookies()) {
        // Session cookies end with the session, by definition: never on disk.
        if (cookie.isSessionCookie() || isExpired(cookie, now))
            continue;
        data += cookie.toRawForm(QNetworkCookie::Full) + '\n';
    }
    if (data.isEmpty()) {
        removeStoredCookies(m_filePath);
        m_written.clear();
        return;
    }
    if (data == m_written && QFileInfo::exists(m_filePath))
        return;
    QDir().mkpath(QFileInfo(m_filePath).absolutePath());
    // QSaveFile: a crash mid-write leaves the previous file, never half of one.
    QSaveFile file(m_filePath);
    // Cookies are credentials: readable by the user only, from the first byte written.
    const bool opened = file.open(QIODevice::WriteOnly);
    if (opened)
        file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (!opened || file.write(data) != data.size() || !file.commit()) {
        qCWarning(lcNet) << "cannot write the cookie file" << m_filePath << file.errorString();
        return;
    }
    m_written = data;
}

} // namespace ichq
