#pragma once

#include <QNetworkCookieJar>
#include <QString>

#include <functional>
#include <memory>

namespace ichq {

class CookieFile;

// Cookies the site sets. Persistent (a file in the data folder, written atomically on every
// change) only after the user agreed to cookies; otherwise in memory only, gone at exit.
// One jar per QNetworkAccessManager (per thread). The persistent jars of one file share its
// CookieFile: each sees the others' cookies at once, and none overwrites another's, nor
// another process's. An empty filePath keeps cookies in memory whatever the consent. A jar
// that is not persistent neither reads nor writes the file, and keeps its cookies to itself.
class CookieJar : public QNetworkCookieJar
{
    Q_OBJECT
public:
    CookieJar(const QString &filePath, bool persistent, QObject *parent = nullptr);

    // False also once another jar of the file withdrew the consent.
    bool isPersistent() const;
    QString filePath() const { return m_filePath; }
    // Turning persistence off (withdrawal) deletes the file and forgets the cookies held so far,
    // in every jar of the file, and turns them all non-persistent.
    // Turning it on merges what the file holds with what this jar holds (this jar's win) and
    // writes the persistent cookies.
    void setPersistent(bool persistent);
    // Forgets every cookie, in memory (of every jar of the file) and on disk ("delete my data").
    void clear();
    // Withdrawal from a thread that holds no jar: deletes the file; the jars of it forget their
    // cookies and turn non-persistent.
    static bool removeStoredCookies(const QString &filePath);

    QList<QNetworkCookie> cookiesForUrl(const QUrl &url) const override;
    bool insertCookie(const QNetworkCookie &cookie) override;
    bool updateCookie(const QNetworkCookie &cookie) override;
    bool deleteCookie(const QNetworkCookie &cookie) override;
    bool setCookiesFromUrl(const QList<QNetworkCookie> &cookieList, const QUrl &url) override;

private:
    bool change(const std::function<bool()> &apply);
    void attach();
    void followWithdrawal();

    QString m_filePath;
    bool m_persistent;
    // Set while persistent with a file: holds the cookies; this jar's own list is then only
    // where QNetworkCookieJar's rules are applied to a copy of them.
    std::shared_ptr<CookieFile> m_file;
    int m_changeDepth = 0;
};

} // namespace ichq
