#pragma once

#include <QNetworkCookieJar>
#include <QString>

namespace ichq {

// Cookies the site sets. Persistent (a file in the data folder, written atomically on every
// change) only after the user agreed to cookies; otherwise in memory only, gone at exit.
// One jar per QNetworkAccessManager (per thread); jars of the same file read it when created.
// An empty filePath keeps cookies in memory whatever the consent. A jar that is not persistent
// neither reads nor writes the file.
class CookieJar : public QNetworkCookieJar
{
    Q_OBJECT
public:
    CookieJar(const QString &filePath, bool persistent, QObject *parent = nullptr);

    bool isPersistent() const { return m_persistent; }
    QString filePath() const { return m_filePath; }
    // Turning persistence off (withdrawal) deletes the file and forgets the cookies held so far.
    // Turning it on merges what the file holds into memory and writes the persistent cookies.
    void setPersistent(bool persistent);
    // Forgets every cookie, in memory and on disk (withdrawal, "delete my data").
    void clear();
    // Deletes a cookie file without a jar (withdrawal from a thread that holds none).
    static bool removeStoredCookies(const QString &filePath);

    bool insertCookie(const QNetworkCookie &cookie) override;
    bool updateCookie(const QNetworkCookie &cookie) override;
    bool deleteCookie(const QNetworkCookie &cookie) override;
    bool setCookiesFromUrl(const QList<QNetworkCookie> &cookieList, const QUrl &url) override;

private:
    void load();
    void save();
    void changed(); // saves once per outermost change: QNetworkCookieJar calls itself

    QString m_filePath;
    bool m_persistent;
    int m_changeDepth = 0;
    QByteArray m_written; // what the file holds, to skip rewriting it unchanged
};

} // namespace ichq
