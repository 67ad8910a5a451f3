#include "WordPressSite.h"

#include "SyntheticFeed.h"

#include <QUrlQuery>

namespace ichq::test {

namespace {

const char *const kSubjects[] = {"Liangjiang New Area", "the Yangtze cableway",
                                 "Chaotianmen pier",    "the Jialing River",
                                 "Hongyadong",          "the Chongqing-Chengdu railway"};

QByteArray escaped(const QString &text)
{
    return text.toHtmlEscaped().toUtf8();
}

} // namespace

WordPressSite::WordPressSite(TestHttpServer &server, int posts, int postsPerFeedPage)
    : m_server(server), m_posts(posts), m_perFeedPage(postsPerFeedPage),
      m_now(QDateTime::currentDateTimeUtc())
{
    m_server.route("/feed/", [this](const HttpRequest &request) { return feed(request); });
    m_server.setFallback([this](const HttpRequest &request) { return other(request); });
}

QString WordPressSite::titleOf(int post)
{
    return QStringLiteral("Story %1: a new day for %2")
        .arg(post)
        .arg(QLatin1String(kSubjects[post % 6]));
}

QStringList WordPressSite::paragraphsOf(int post)
{
    QStringList paragraphs;
    for (int p = 1; p <= 6; ++p)
        paragraphs << QStringLiteral(
                          "Paragraph %1 of story %2 tells how %3 changed, with the figures, the "
                          "names of the people who worked on it, and what residents said about it "
                          "on a busy weekday morning.")
                          .arg(p)
                          .arg(post)
                          .arg(QLatin1String(kSubjects[(post + p) % 6]));
    return paragraphs;
}

QStringList WordPressSite::captionsOf(int post)
{
    return {QStringLiteral("Photo one of story %1: the riverside at dawn.").arg(post),
            QStringLiteral("Photo two of story %1: visitors on the new walkway.").arg(post)};
}

QStringList WordPressSite::chromePhrases()
{
    return {QStringLiteral("Subscribe to our newsletter"),
            QStringLiteral("We use cookies"),
            QStringLiteral("Share on Facebook"),
            QStringLiteral("Related posts"),
            QStringLiteral("Leave a Reply"),
            QStringLiteral("Popular this week"),
            QStringLiteral("All rights reserved"),
            QStringLiteral("Advertisement")};
}

QUrl WordPressSite::photoUrl(int post, int photo) const
{
    return m_server.url(
        QStringLiteral("wp-content/uploads/2026/11/story-%1-%2.jpg").arg(post).arg(photo));
}

QString WordPressSite::pagePath(int post) const
{
    return QStringLiteral("2026/11/story-%1/").arg(post);
}

QDateTime WordPressSite::publishedOf(int post) const
{
    return m_now.addSecs(-3600 * qint64(post)); // post 1 is the newest
}

void WordPressSite::setPageStatus(int post, int status)
{
    QMutexLocker lock(&m_mutex);
    m_pageStatus[post] = status;
}

void WordPressSite::setPageDelayMs(int delayMs)
{
    QMutexLocker lock(&m_mutex);
    m_delayMs = delayMs;
}

void WordPressSite::setExcerptVariant(int post, const QString &variant)
{
    QMutexLocker lock(&m_mutex);
    m_variants[post] = variant;
}

void WordPressSite::setGenerator(const QByteArray &generator)
{
    QMutexLocker lock(&m_mutex);
    m_generator = generator;
}

int WordPressSite::pagesServed() const
{
    QMutexLocker lock(&m_mutex);
    return m_pagesServed;
}

int WordPressSite::pagesNotModified() const
{
    QMutexLocker lock(&m_mutex);
    return m_pagesNotModified;
}

int WordPressSite::olderFeedPagesRequested() const
{
    QMutexLocker lock(&m_mutex);
    return m_olderFeedPages;
}

QByteArray WordPressSite::itemXml(int post) const
{
    // WordPress's excerpt: the first 55 words, then " [&#8230;]".
    const QStringList words = paragraphsOf(post).join(QLatin1Char(' ')).split(QLatin1Char(' '));
    const QString excerpt = words.mid(0, 55).join(QLatin1Char(' ')) + m_variants.value(post);
    const QUrl link = m_server.url(pagePath(post));
    return "<item>\n<title>" + escaped(titleOf(post)) + "</title>\n<link>" + link.toEncoded() +
           "</link>\n<dc:creator><![CDATA[iChongqing]]></dc:creator>\n" + "<pubDate>" +
           publishedOf(post).toString(Qt::RFC2822Date).toUtf8() +
           "</pubDate>\n<category><![CDATA[City]]></category>\n" + "<guid isPermaLink=\"false\">" +
           link.toEncoded() + "?p=" + QByteArray::number(post) + "</guid>\n<description><![CDATA[" +
           escaped(excerpt) + " [&#8230;]]]></description>\n</item>\n";
}

HttpResponse WordPressSite::feed(const HttpRequest &request)
{
    QMutexLocker lock(&m_mutex);
    const int paged = qMax(1, QUrlQuery(QString::fromLatin1(request.query))
                                  .queryItemValue(QStringLiteral("paged"))
                                  .toInt());
    if (paged > 1)
        ++m_olderFeedPages;
    const int first = (paged - 1) * m_perFeedPage + 1;
    if (first > m_posts)
        return HttpResponse::withStatus(404, "<html><body>Page not found</body></html>");
    QByteArray xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\" "
                     "xmlns:dc=\"http://purl.org/dc/elements/1.1/\">\n<channel>\n"
                     "<title>iChongqing</title>\n<link>" +
                     m_server.url(QString()).toEncoded() +
                     "</link>\n<description>Chongqing news</description>\n";
    if (!m_generator.isEmpty())
        xml += "<generator>" + m_generator + "</generator>\n";
    for (int post = first; post < first + m_perFeedPage && post <= m_posts; ++post)
        xml += itemXml(post);
    xml += "</channel>\n</rss>\n";
    return HttpResponse::ok(xml, "application/rss+xml; charset=UTF-8");
}

HttpResponse WordPressSite::other(const HttpRequest &request)
{
    const QByteArray path = request.path;
    if (path.startsWith("/wp-content/uploads/") && path.endsWith(".jpg"))
        return HttpResponse::ok(makeTestImage(int(qHash(path) % 200), 320, 200), "image/jpeg");
    if (path.startsWith("/2026/11/story-")) {
        const int post = path.mid(15).chopped(1).toInt();
        if (post >= 1 && post <= m_posts)
            return page(post, request);
    }
    return HttpResponse::withStatus(404, "not found");
}

HttpResponse WordPressSite::page(int post, const HttpRequest &request)
{
    QMutexLocker lock(&m_mutex);
    const int status = m_pageStatus.value(post);
    HttpResponse response;
    const QByteArray etag = "\"page-" + QByteArray::number(post) + "\"";
    if (status != 0) {
        response = HttpResponse::withStatus(status, "<html><body>Server error</body></html>");
        if (status == 429)
            response.header("Retry-After", "3600"); // an hour
    } else if (request.header("if-none-match") == etag) {
        ++m_pagesNotModified;
        response = HttpResponse::withStatus(304).header("ETag", etag);
    } else {
        ++m_pagesServed;
        response =
            HttpResponse::ok(pageHtml(post), "text/html; charset=UTF-8").header("ETag", etag);
    }
    response.delayMs = m_delayMs;
    return response;
}

QByteArray WordPressSite::pageHtml(int post) const
{
    const QStringList paragraphs = paragraphsOf(post);
    const QStringList captions = captionsOf(post);
    const QStringList chrome = chromePhrases();
    QByteArray body;
    for (int p = 0; p < paragraphs.size(); ++p) {
        body += "<p>" + escaped(paragraphs.at(p)) + "</p>\n";
        if (p == 1 || p == 4) {
            const int photo = p == 1 ? 1 : 2;
            const QByteArray src = photoUrl(post, photo).toEncoded();
            body += "<div id=\"attachment_" + QByteArray::number(post * 10 + photo) +
                    "\" class=\"wp-caption aligncenter\" style=\"width: 810px\">"
                    "<img class=\"lazyload size-large\" src=\"data:image/gif;base64,"
                    "R0lGODlhAQABAAAAACH5BAEKAAEALAAAAAABAAEAAAICTAEAOw==\" data-src=\"" +
                    src + "\" width=\"800\" height=\"500\" alt=\"\"><noscript><img src=\"" + src +
                    "\" width=\"800\" height=\"500\" alt=\"\"></noscript>"
                    "<p class=\"wp-caption-text\">" +
                    escaped(captions.at(photo - 1)) + "</p></div>\n";
        }
        if (p == 2)
            body += "<div class=\"ad-slot\">" + escaped(chrome.at(7)) + "</div>\n";
    }
    QByteArray related;
    for (int other = 1; other <= 5; ++other)
        related += "<li><a href=\"" + m_server.url(pagePath(other)).toEncoded() + "\">" +
                   escaped(titleOf(other)) + "</a></li>";
    return "<!DOCTYPE html><html lang=\"en-US\"><head><meta charset=\"UTF-8\"><title>" +
           escaped(titleOf(post)) +
           " - iChongqing</title>"
           "<meta property=\"og:title\" content=\"" +
           escaped(titleOf(post)) +
           "\">"
           "<script src=\"/wp-includes/js/jquery.js\"></script>"
           "<link rel=\"stylesheet\" href=\"/wp-content/themes/news/style.css\"></head>"
           "<body class=\"post-template-default single single-post\">"
           "<div id=\"cookie-notice\" class=\"cookie-banner\">" +
           escaped(chrome.at(1)) +
           " to improve your experience. <a href=\"#\">Accept</a></div>"
           "<header id=\"masthead\" class=\"site-header\"><nav class=\"main-navigation menu\"><ul>"
           "<li><a href=\"/\">Home</a></li><li><a href=\"/news/\">News</a></li>"
           "<li><a href=\"/culture/\">Culture</a></li><li><a href=\"/travel/\">Travel</a></li>"
           "</ul></nav></header>"
           "<div id=\"content\" class=\"site-content\"><div id=\"primary\" class=\"content-area\">"
           "<main id=\"main\" class=\"site-main\"><article class=\"post type-post hentry\">"
           "<header class=\"entry-header\"><h1 class=\"entry-title\">" +
           escaped(titleOf(post)) +
           "</h1><div class=\"entry-meta\"><span class=\"byline\">By <a rel=\"author\" "
           "href=\"/author/ichongqing/\">iChongqing</a></span></div></header>"
           "<div class=\"entry-content\">\n" +
           body + "<div class=\"sharedaddy share-buttons\"><a href=\"#\">" + escaped(chrome.at(2)) +
           "</a> <a href=\"#\">Share on X</a></div></div>"
           "<div class=\"related-posts\"><h3>" +
           escaped(chrome.at(3)) + "</h3><ul>" + related +
           "</ul></div></article>"
           "<div id=\"comments\" class=\"comments-area\"><h3 id=\"reply-title\">" +
           escaped(chrome.at(4)) +
           "</h3><form><textarea></textarea></form></div>"
           "</main></div><aside id=\"secondary\" class=\"widget-area sidebar\">"
           "<section class=\"widget widget_popular\"><h2>" +
           escaped(chrome.at(5)) + "</h2><ul>" + related +
           "</ul></section><section class=\"widget newsletter\"><p>" + escaped(chrome.at(0)) +
           "</p><form><input type=\"email\"></form></section></aside></div>"
           "<footer id=\"colophon\" class=\"site-footer\"><p>© 2026 iChongqing. " +
           escaped(chrome.at(6)) + ".</p></footer></body></html>";
}

} // namespace ichq::test
