#pragma once

#include "TestHttpServer.h"

#include <QDateTime>
#include <QString>

namespace ichq::test {

// Two editions of iChongqing on 127.0.0.1, told apart by their titles: /en/feed/ with 6 English
// stories in section News, /zh/feed/ with 4 Chinese ones in section 要闻.
class EditionSite
{
public:
    static QString englishTitle() { return QStringLiteral("Chongqing English story"); }
    static QString chineseTitle() { return QStringLiteral("重庆中文版新闻"); }

    bool start()
    {
        m_server.route("/en/feed/", [](const HttpRequest &) {
            return HttpResponse::ok(
                feed(QStringLiteral("en"), englishTitle(), QStringLiteral("News"), 6),
                "application/rss+xml; charset=UTF-8");
        });
        m_server.route("/zh/feed/", [](const HttpRequest &) {
            return HttpResponse::ok(
                feed(QStringLiteral("zh"), chineseTitle(), QStringLiteral("要闻"), 4),
                "application/rss+xml; charset=UTF-8");
        });
        return m_server.start();
    }
    QUrl english() const { return m_server.url(QStringLiteral("en/feed/")); }
    QUrl chinese() const { return m_server.url(QStringLiteral("zh/feed/")); }
    int englishRequests() const { return m_server.requestCount("/en/feed/"); }
    int chineseRequests() const { return m_server.requestCount("/zh/feed/"); }

    // RSS 2.0: `items` stories titled "<title> <n>", one a day, all in one section.
    static QByteArray feed(const QString &code, const QString &title, const QString &section,
                           int items)
    {
        const QDateTime first(QDate(2026, 11, 1), QTime(8, 0), Qt::UTC);
        QString xml = QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                                     "<rss version=\"2.0\"><channel><title>%1</title>"
                                     "<link>https://www.ichongqing.info/</link>\n")
                          .arg(title);
        for (int n = 1; n <= items; ++n) {
            xml += QStringLiteral("<item><title>%1 %2</title>"
                                  "<link>https://www.ichongqing.info/%3/%2/</link>"
                                  "<guid>%3-%2</guid><category>%4</category><pubDate>%5</pubDate>"
                                  "<description>Story %2.</description>"
                                  // The whole story is in the feed: no page to download.
                                  "<content:encoded xmlns:content=\"http://purl.org/rss/1.0/"
                                  "modules/content/\">&lt;p&gt;Story %2, in full.&lt;/p&gt;"
                                  "</content:encoded></item>\n")
                       .arg(title)
                       .arg(n)
                       .arg(code, section, first.addDays(n).toString(Qt::RFC2822Date));
        }
        xml += QStringLiteral("</channel></rss>\n");
        return xml.toUtf8();
    }

private:
    TestHttpServer m_server;
};

} // namespace ichq::test
