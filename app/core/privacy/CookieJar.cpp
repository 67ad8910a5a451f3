#include "CookieJar.h"

#include "CookieFile.h"

#include <QNetworkCookie>

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

// QNetworkCookieJar's matching rules applied to a list it does not own.
class CookieView : public QNetworkCookieJar
{
public:
    explicit CookieView(const QList<QNetworkCookie> &cookies) { setAllCookies(cookies); }
};

} // namespace

CookieJar::CookieJar(const QString &filePath, bool persistent, QObject *parent)
    : QNetworkCookieJar(parent), m_filePath(filePath), m_persistent(persistent)
{
    if (m_persistent)
        attach();
}

bool CookieJar::isPersistent() const
{
    return m_persistent && !(m_file && m_file->isWithdrawn());
}

void CookieJar::setPersistent(bool persistent)
{
    followWithdrawal();
    if (persistent == m_persistent)
        return;
    m_persistent = persistent;
    if (m_persistent) {
        attach();
        return;
    }
    // Withdrawal: what was kept under the consent goes, in memory too, in every jar of it.
    m_file.reset();
    setAllCookies({});
    removeStoredCookies(m_filePath);
}

void CookieJar::clear()
{
    followWithdrawal();
    setAllCookies({});
    if (m_file)
        m_file->clear();
    else if (!m_filePath.isEmpty()) // also what another jar of the file keeps
        CookieFile::clearStored(m_filePath);
}

bool CookieJar::removeStoredCookies(const QString &filePath)
{
    return filePath.isEmpty() || CookieFile::withdraw(filePath);
}

// Cookies held before (in memory, not yet agreed to keep) are newer than the file's.
void CookieJar::attach()
{
    if (m_filePath.isEmpty())
        return;
    m_file = CookieFile::shared(m_filePath);
    const QList<QNetworkCookie> held = allCookies();
    if (held.isEmpty())
        return; // nothing to add: the file stays as it is
    m_file->update([&held](QList<QNetworkCookie> cookies) {
        for (const QNetworkCookie &cookie : held) {
            cookies.removeIf([&](const QNetworkCookie &c) { return c.hasSameIdentifier(cookie); });
            cookies.append(cookie);
        }
        return cookies;
    });
}

// Another jar of the file withdrew the consent: this one stops keeping cookies too.
void CookieJar::followWithdrawal()
{
    if (!m_file || !m_file->isWithdrawn())
        return;
    m_file.reset();
    m_persistent = false;
    setAllCookies({});
}

QList<QNetworkCookie> CookieJar::cookiesForUrl(const QUrl &url) const
{
    if (!m_file)
        return QNetworkCookieJar::cookiesForUrl(url);
    // From the shared cookies as they are now: another jar may have changed them.
    return CookieView(m_file->cookies()).cookiesForUrl(url);
}

// Applies a change by QNetworkCookieJar's rules: to this jar's own list, or, while it shares
// a file, to a copy of the file's cookies under the file's lock, saved right after.
bool CookieJar::change(const std::function<bool()> &apply)
{
    if (m_changeDepth > 0)
        return apply(); // nested in a change: the outermost holds the lock and saves
    followWithdrawal();
    bool result = false;
    const auto applyToShared = [&](const QList<QNetworkCookie> &cookies) {
        setAllCookies(cookies);
        ChangeScope scope(m_changeDepth);
        result = apply();
        return allCookies();
    };
    if (m_file && m_file->update(applyToShared))
        return result;
    followWithdrawal(); // withdrawn since the check above
    ChangeScope scope(m_changeDepth);
    return apply();
}

bool CookieJar::insertCookie(const QNetworkCookie &cookie)
{
    // Also saved when the insert was a deletion (an expired cookie) and returned false.
    return change([&] { return QNetworkCookieJar::insertCookie(cookie); });
}

bool CookieJar::updateCookie(const QNetworkCookie &cookie)
{
    return change([&] { return QNetworkCookieJar::updateCookie(cookie); });
}

bool CookieJar::deleteCookie(const QNetworkCookie &cookie)
{
    return change([&] { return QNetworkCookieJar::deleteCookie(cookie); });
}

bool CookieJar::setCookiesFromUrl(const QList<QNetworkCookie> &cookieList, const QUrl &url)
{
    return change([&] { return QNetworkCookieJar::setCookiesFromUrl(cookieList, url); });
}

} // namespace ichq
