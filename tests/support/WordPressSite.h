#pragma once

#include "TestHttpServer.h"

#include <QDateTime>
#include <QHash>
#include <QMutex>
#include <QSet>

namespace ichq::test {

// A WordPress site on 127.0.0.1 set to put only an excerpt in its feed: /feed/ lists the newest
// posts, /feed/?paged=2… the older ones (404 past the last), each post's page carries the whole
// story with captioned lazy-loaded photos inside the theme's chrome (menu, sidebar, related
// posts, share buttons, cookie banner, newsletter box, comments, footer). Pages answer 304 to
// their ETag.
class WordPressSite
{
public:
    explicit WordPressSite(TestHttpServer &server, int posts = 20, int postsPerFeedPage = 10);

    QUrl feedUrl() const { return m_server.url(QStringLiteral("feed/")); }
    int posts() const { return m_posts; }

    // What a whole article of post n must show, and what of the page it must not.
    static QStringList paragraphsOf(int post);
    static QStringList captionsOf(int post);
    static QStringList chromePhrases();
    static QString titleOf(int post);
    QUrl photoUrl(int post, int photo) const;

    // Faults and changes, all thread-safe.
    void setPageStatus(int post, int status); // 0: serve the page; 429 comes with Retry-After
    void setPageDelayMs(int delayMs);
    void setExcerptVariant(int post, const QString &variant); // the feed entry changes
    void setGenerator(const QByteArray &generator);           // empty: not WordPress

    // Requests the server answered with a whole page (200), and with 304.
    int pagesServed() const;
    int pagesNotModified() const;
    int olderFeedPagesRequested() const;

private:
    HttpResponse feed(const HttpRequest &request);
    HttpResponse other(const HttpRequest &request);
    HttpResponse page(int post, const HttpRequest &request);
    QByteArray pageHtml(int post) const;
    QByteArray itemXml(int post) const;
    QString pagePath(int post) const;
    QDateTime publishedOf(int post) const;

    TestHttpServer &m_server;
    int m_posts;
    int m_perFeedPage;
    QDateTime m_now;
    mutable QMutex m_mutex;
    QHash<int, int> m_pageStatus;
    QHash<int, QString> m_variants;
    QByteArray m_generator = "https://wordpress.org/?v=6.7.1";
    int m_delayMs = 0;
    int m_pagesServed = 0;
    int m_pagesNotModified = 0;
    int m_olderFeedPages = 0;
};

} // namespace ichq::test
