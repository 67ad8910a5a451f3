#include "feed/FeedJson.h"
#include "feed/FeedParser.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace ichq;

// What the parser makes of well-formed feeds of each format. Hostile and broken input is in
// tst_feedrobustness.cpp; whole-document snapshots in tst_feedgolden.cpp.
class TestFeedParser : public QObject
{
    Q_OBJECT

private slots:
    void rss2WordPress();
    void rssGuid_data();
    void rssGuid();
    void rssAuthor_data();
    void rssAuthor();
    void rdf();
    void atomXhtmlAndBase();
    void atomContentTypes_data();
    void atomContentTypes();
    void atom03Base64Cap();
    void dtdEntityBudget();
    void xmlBase_data();
    void xmlBase();
    void htmlEntitiesWithoutDtd();
    void mediaImages();
    void undeclaredPrefixes();
    void json();
    void theSinkGetsEachItemAsItIsRead_data();
    void theSinkGetsEachItemAsItIsRead();
};

namespace {

const QUrl kDocUrl(QStringLiteral("https://fixtures.example/feeds/feed.xml"));

QByteArray fixture(const char *name)
{
    QFile file(QStringLiteral(ICHQ_FIXTURES_DIR "/feeds/") + QLatin1String(name));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", name);
    return file.readAll();
}

Feed parseFixture(const char *name)
{
    return FeedParser::parse(fixture(name), kDocUrl);
}

QString iso(const QDateTime &dt)
{
    return dt.toString(Qt::ISODateWithMs);
}

QByteArray rssItem(const QByteArray &itemBody)
{
    return "<rss version=\"2.0\"><channel><title>t</title><item>" + itemBody +
           "</item></channel></rss>";
}

QByteArray atomEntry(const QByteArray &entryBody)
{
    return "<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>t</title><entry>" + entryBody +
           "</entry></feed>";
}

} // namespace

void TestFeedParser::rss2WordPress()
{
    const Feed feed = parseFixture("ichongqing-wordpress.rss");
    QCOMPARE(feed.error, QString());
    QCOMPARE(feed.format, FeedFormat::Rss20);
    QCOMPARE(feed.title, QStringLiteral("iChongqing \u2013 Culture"));
    QCOMPARE(feed.link, QUrl(QStringLiteral("https://www.ichongqing.info/category/culture/")));
    QCOMPARE(feed.description, QStringLiteral("Your window to Chongqing"));
    QCOMPARE(feed.language, QStringLiteral("en-US"));
    QCOMPARE(iso(feed.updated), QStringLiteral("2024-03-12T09:41:07.000Z"));
    QCOMPARE(feed.items.size(), 4);

    const FeedItem &first = feed.items.at(0);
    QCOMPARE(first.title, QStringLiteral("Hongyadong Lights Up for the Lantern Festival"));
    QCOMPARE(first.id, QStringLiteral("https://www.ichongqing.info/?p=98231"));
    QVERIFY(!first.idIsPermaLink);
    QCOMPARE(first.link.toString(),
             QStringLiteral("https://www.ichongqing.info/2024/03/12/"
                            "hongyadong-lights-up-for-the-lantern-festival/"));
    QCOMPARE(first.authors, QStringList{QStringLiteral("Li Wei")});
    const QStringList categories{QStringLiteral("Culture"), QStringLiteral("Yuzhong District"),
                                 QStringLiteral("Lantern Festival")};
    QCOMPARE(first.categories, categories);
    QCOMPARE(iso(first.published), QStringLiteral("2024-03-12T08:30:00.000Z"));
    QVERIFY(!first.updated.isValid());
    QVERIFY(first.summary.startsWith(QStringLiteral("<p>Thousands of visitors")));
    QVERIFY(first.content.contains(QStringLiteral("<figcaption class=\"wp-element-caption\">")));
    QVERIFY(first.content.contains(QStringLiteral("&#8220;We come every year,&#8221;")));
    QCOMPARE(first.contentBase, kDocUrl);
    QVERIFY(first.mediaImages.isEmpty());

    const FeedItem &second = feed.items.at(1);
    QCOMPARE(second.title,
             QStringLiteral("Chongqing Hotpot Festival Draws \u2018Spice Pilgrims\u2019 From "
                            "Across Asia"));
    QCOMPARE(second.enclosures.size(), 1);
    QCOMPARE(second.enclosures.at(0).length, 184213);
    QCOMPARE(second.enclosures.at(0).type, QStringLiteral("image/jpeg"));
    QCOMPARE(second.mediaImages, QList<QUrl>{second.enclosures.at(0).url});

    const FeedItem &third = feed.items.at(2);
    QVERIFY(third.idIsPermaLink);
    QCOMPARE(iso(third.published), QStringLiteral("2024-03-10T03:00:00.000Z"));
    QCOMPARE(third.content, QString());

    const FeedItem &podcast = feed.items.at(3);
    QCOMPARE(podcast.link.toString(),
             QStringLiteral("https://www.ichongqing.info/podcast/walking-the-mountain-city/"));
    const QStringList authors{QStringLiteral("iChongqing Audio"),
                              QStringLiteral("iChongqing Audio Desk")};
    QCOMPARE(podcast.authors, authors);
    QCOMPARE(podcast.summary, QStringLiteral("Episode 12 &mdash; stairs, cable cars and <b>a "
                                             "lot</b> of fog."));
    QCOMPARE(podcast.enclosures.size(), 1);
    QCOMPARE(podcast.enclosures.at(0).url.toString(),
             QStringLiteral("https://fixtures.example/media/podcast/ep12.mp3"));
    QCOMPARE(podcast.enclosures.at(0).length, -1);
}

void TestFeedParser::rssGuid_data()
{
    QTest::addColumn<QByteArray>("item");
    QTest::addColumn<bool>("permaLink");
    QTest::addColumn<QString>("link");

    QTest::newRow("no attribute: permalink, becomes the link")
        << QByteArray("<guid>https://a.example/1</guid>") << true
        << QStringLiteral("https://a.example/1");
    QTest::newRow("isPermaLink=true")
        << QByteArray("<guid isPermaLink=\"true\"> https://a.example/2 </guid>") << true
        << QStringLiteral("https://a.example/2");
    QTest::newRow("isPermaLink=false: not a link")
        << QByteArray("<guid isPermaLink=\"false\">https://a.example/3</guid>") << false
        << QString();
    QTest::newRow("permalink that is not a URL")
        << QByteArray("<guid>12345</guid>") << true << QString();
    QTest::newRow("explicit link wins")
        << QByteArray("<link>https://a.example/real</link><guid>https://a.example/g</guid>") << true
        << QStringLiteral("https://a.example/real");
}

void TestFeedParser::rssGuid()
{
    QFETCH(QByteArray, item);
    QFETCH(bool, permaLink);
    QFETCH(QString, link);

    const Feed feed = FeedParser::parse(rssItem(item), kDocUrl);
    QCOMPARE(feed.items.size(), 1);
    QVERIFY(!feed.items.at(0).id.isEmpty());
    QCOMPARE(feed.items.at(0).idIsPermaLink, permaLink);
    QCOMPARE(feed.items.at(0).link.toString(), link);
}

void TestFeedParser::rssAuthor_data()
{
    QTest::addColumn<QByteArray>("author");
    QTest::addColumn<QString>("expected");

    QTest::newRow("email (Name)") << QByteArray("jane@example.com (Jane Doe)")
                                  << QStringLiteral("Jane Doe");
    QTest::newRow("Name <email>") << QByteArray("Jane Doe &lt;jane@example.com&gt;")
                                  << QStringLiteral("Jane Doe");
    QTest::newRow("bare email") << QByteArray("jane@example.com")
                                << QStringLiteral("jane@example.com");
    QTest::newRow("name with parentheses, no email")
        << QByteArray("Jane (Chongqing)") << QStringLiteral("Jane (Chongqing)");
    QTest::newRow("markup and entities")
        << QByteArray("<![CDATA[<b>Zhang&nbsp;Min</b>]]>") << QStringLiteral("Zhang Min");
    QTest::newRow("Name (email)") << QByteArray("Jane Doe (jane@example.com)")
                                  << QStringLiteral("Jane Doe");
    QTest::newRow("email(Name) without space")
        << QByteArray("jane.doe+cq@mail.example.com(Jane Doe)") << QStringLiteral("Jane Doe");
    QTest::newRow("Name <mailto:email>")
        << QByteArray("Jane Doe &lt;mailto:jane@example.com&gt;") << QStringLiteral("Jane Doe");
    QTest::newRow("bare email in parentheses")
        << QByteArray("(jane@example.com)") << QStringLiteral("jane@example.com");
}

void TestFeedParser::rssAuthor()
{
    QFETCH(QByteArray, author);
    QFETCH(QString, expected);

    const Feed feed = FeedParser::parse(rssItem("<author>" + author + "</author>"), kDocUrl);
    QCOMPARE(feed.items.size(), 1);
    QCOMPARE(feed.items.at(0).authors, QStringList{expected});
}

void TestFeedParser::rdf()
{
    const Feed feed = parseFixture("rss1-rdf.rdf");
    QCOMPARE(feed.error, QString());
    QCOMPARE(feed.format, FeedFormat::Rss10);
    QCOMPARE(feed.title, QStringLiteral("Yangtze Notes"));
    QCOMPARE(feed.language, QStringLiteral("en"));
    QCOMPARE(iso(feed.updated), QStringLiteral("2024-03-01T04:00:00.000Z"));
    QCOMPARE(feed.items.size(), 2);
    const FeedItem &first = feed.items.at(0);
    QCOMPARE(first.id, QStringLiteral("https://news.example.cn/notes/1"));
    QCOMPARE(iso(first.published), QStringLiteral("2024-02-28T01:15:30.000Z"));
    QCOMPARE(first.authors, QStringList{QStringLiteral("Wang Fang")});
    const QStringList subjects{QStringLiteral("Environment"), QStringLiteral("Yangtze")};
    QCOMPARE(first.categories, subjects);
    const FeedItem &second = feed.items.at(1);
    QCOMPARE(second.title, QStringLiteral("Ferry service & cable car timetables"));
    QCOMPARE(second.link.toString(), QStringLiteral("https://fixtures.example/feeds/notes/2"));
    QCOMPARE(second.summary, QStringLiteral("<p>Winter timetables start <em>today</em>.</p>"));
    QVERIFY(second.content.contains(QStringLiteral("<a href=\"/timetables\">")));
    QCOMPARE(iso(second.published), QStringLiteral("2024-02-27T00:00:00.000Z"));
}

void TestFeedParser::atomXhtmlAndBase()
{
    const Feed feed = parseFixture("atom-xhtml-base.atom");
    QCOMPARE(feed.error, QString());
    QCOMPARE(feed.format, FeedFormat::Atom10);
    QCOMPARE(feed.title, QStringLiteral("Mountain City Diary"));
    QCOMPARE(feed.description, QStringLiteral("Notes on stairs, fog and noodles"));
    QCOMPARE(feed.language, QStringLiteral("zh-CN"));
    QCOMPARE(feed.link.toString(), QStringLiteral("https://blog.example.org/chongqing/"));
    QCOMPARE(iso(feed.updated), QStringLiteral("2024-03-05T10:20:30.000Z"));
    QCOMPARE(feed.items.size(), 2);

    const FeedItem &entry = feed.items.at(0);
    QCOMPARE(entry.id, QStringLiteral("tag:blog.example.org,2024:xiaomian"));
    QCOMPARE(entry.link.toString(),
             QStringLiteral("https://blog.example.org/chongqing/posts/2024/xiaomian.html"));
    QCOMPARE(iso(entry.published), QStringLiteral("2024-03-04T00:00:00.000Z"));
    QCOMPARE(iso(entry.updated), QStringLiteral("2024-03-05T10:20:30.250Z"));
    const QStringList authors{QStringLiteral("Zhou Jie"), QStringLiteral("Guest Writer")};
    QCOMPARE(entry.authors, authors);
    const QStringList categories{QStringLiteral("food"), QStringLiteral("noodles")};
    QCOMPARE(entry.categories, categories);
    QCOMPARE(entry.summary, QStringLiteral("Five bowls &lt; one morning &amp; no regrets"));
    QCOMPARE(entry.contentBase.toString(), QStringLiteral("https://blog.example.org/media/"));
    QVERIFY2(entry.content.startsWith(QStringLiteral(
                 "<p>Ranked by <strong>heat</strong> &amp; <a "
                 "href=\"https://blog.example.org/media/ranking.html\">flavour</a>.</p>")),
             qPrintable(entry.content));
    QVERIFY(entry.content.contains(
        QStringLiteral("<img src=\"https://blog.example.org/media/bowl.jpg\" alt=\"bowl\"><br>")));
    QVERIFY(entry.content.endsWith(
        QStringLiteral("<div><img src=\"https://cdn.example.net/x/pic.jpg\"></div>")));
    QCOMPARE(entry.enclosures.size(), 1);
    const QUrl bowl(QStringLiteral("https://blog.example.org/chongqing/posts/2024/img/bowl.png"));
    QCOMPARE(entry.enclosures.at(0).url, bowl);
    QCOMPARE(entry.enclosures.at(0).length, 5120);
    const QList<QUrl> images{
        bowl,
        QUrl(QStringLiteral("https://blog.example.org/chongqing/posts/2024/thumbs/xiaomian.jpg"))};
    QCOMPARE(entry.mediaImages, images);

    const FeedItem &fog = feed.items.at(1);
    QCOMPARE(fog.title, QStringLiteral("Fog <days>"));
    QCOMPARE(fog.summary, QStringLiteral("<p>The city <b>vanished</b> again.</p>"));
    QCOMPARE(fog.content,
             QStringLiteral("<p>The city <b>vanished</b> again. <img src=\"fog.jpg\"></p>"));
    QCOMPARE(fog.contentBase.toString(), QStringLiteral("https://blog.example.org/chongqing/"));
    QVERIFY(!fog.published.isValid());
}

void TestFeedParser::atomContentTypes_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("expected");

    QTest::newRow("default is text") << QByteArray("<content>a &lt;b&gt; &amp; c</content>")
                                     << QStringLiteral("a &lt;b&gt; &amp; c");
    QTest::newRow("text") << QByteArray("<content type=\"text\">1 &lt; 2 &gt; 0</content>")
                          << QStringLiteral("1 &lt; 2 &gt; 0");
    QTest::newRow("html escaped") << QByteArray(
                                         "<content type=\"html\">&lt;p&gt;hi&lt;/p&gt;</content>")
                                  << QStringLiteral("<p>hi</p>");
    QTest::newRow("html cdata") << QByteArray(
                                       "<content type=\"html\"><![CDATA[<i>x</i>]]></content>")
                                << QStringLiteral("<i>x</i>");
    QTest::newRow("xhtml unwraps the div")
        << QByteArray("<content type=\"xhtml\"><div xmlns=\"http://www.w3.org/1999/xhtml\">"
                      "<p class=\"a\">x &amp; &lt;y&gt;</p><hr/><span></span></div></content>")
        << QStringLiteral("<p class=\"a\">x &amp; &lt;y&gt;</p><hr><span></span>");
    QTest::newRow("xhtml with prefix")
        << QByteArray("<content type=\"xhtml\"><x:div xmlns:x=\"http://www.w3.org/1999/xhtml\">"
                      "<x:p>pre</x:p></x:div></content>")
        << QStringLiteral("<p>pre</p>");
    QTest::newRow("xhtml without wrapper")
        << QByteArray("<content type=\"xhtml\"><p xmlns=\"http://www.w3.org/1999/xhtml\">a</p>"
                      "<p xmlns=\"http://www.w3.org/1999/xhtml\">b</p></content>")
        << QStringLiteral("<p>a</p><p>b</p>");
    QTest::newRow("out-of-line content is skipped")
        << QByteArray("<content src=\"https://x.example/body\" type=\"text/html\"/>") << QString();
    QTest::newRow("base64 media is skipped")
        << QByteArray("<content type=\"image/png\">iVBORw0KGgo=</content>") << QString();
    QTest::newRow("mode=base64 is Atom 0.3 only")
        << QByteArray("<content type=\"html\" mode=\"base64\">PGI+eDwvYj4=</content>")
        << QStringLiteral("PGI+eDwvYj4=");
}

void TestFeedParser::atom03Base64Cap()
{
    FeedLimits limits;
    limits.maxFieldChars = 100;
    const QByteArray body = QByteArray(300, 'a').toBase64();
    const Feed feed = FeedParser::parse(
        "<feed xmlns=\"http://purl.org/atom/ns#\"><entry><content type=\"text/html\" "
        "mode=\"base64\">" +
            body + "</content></entry></feed>",
        kDocUrl, limits);
    QCOMPARE(feed.error, QString());
    QCOMPARE(feed.items.size(), 1);
    QCOMPARE(feed.items.at(0).content, QString(100, u'a'));
}

void TestFeedParser::dtdEntityBudget()
{
    // 1000 bytes per expansion; the 64 KB budget admits 65 of the 70 references.
    const QByteArray value(1000, 'z');
    const QByteArray xml = "<!DOCTYPE rss [<!ENTITY z \"" + value + "\">]><rss><channel><title>" +
                           QByteArray("&z;").repeated(70) + "</title></channel></rss>";
    const Feed feed = FeedParser::parse(xml, kDocUrl);
    QCOMPARE(feed.error, QString());
    QCOMPARE(feed.title.count(u'z'), 65 * 1000 + 5);
    QVERIFY(feed.title.endsWith(QStringLiteral("&z;&z;&z;&z;&z;")));
}

void TestFeedParser::atomContentTypes()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, expected);

    const Feed feed = FeedParser::parse(atomEntry(content), kDocUrl);
    QCOMPARE(feed.error, QString());
    QCOMPARE(feed.items.size(), 1);
    QCOMPARE(feed.items.at(0).content, expected);
}

void TestFeedParser::xmlBase_data()
{
    QTest::addColumn<QByteArray>("document");
    QTest::addColumn<QString>("link");
    QTest::addColumn<QString>("contentBase");

    QTest::newRow("document URL only")
        << atomEntry("<link href=\"a.html\"/><content>x</content>")
        << QStringLiteral("https://fixtures.example/feeds/a.html") << kDocUrl.toString();
    QTest::newRow("relative bases stack")
        << QByteArray("<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:base=\"/root/\">"
                      "<entry xml:base=\"sub/\"><link href=\"a.html\"/>"
                      "<content xml:base=\"../c/\">x</content></entry></feed>")
        << QStringLiteral("https://fixtures.example/root/sub/a.html")
        << QStringLiteral("https://fixtures.example/root/c/");
    QTest::newRow("absolute base replaces")
        << QByteArray("<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:base=\"/root/\">"
                      "<entry xml:base=\"https://other.example/x/\"><link href=\"/abs\"/>"
                      "<summary>s</summary></entry></feed>")
        << QStringLiteral("https://other.example/abs")
        << QStringLiteral("https://other.example/x/");
    QTest::newRow("base ends with its element")
        << QByteArray("<feed xmlns=\"http://www.w3.org/2005/Atom\"><entry>"
                      "<summary xml:base=\"https://s.example/\">s</summary>"
                      "<link href=\"after\"/></entry></feed>")
        << QStringLiteral("https://fixtures.example/feeds/after")
        << QStringLiteral("https://s.example/");
    QTest::newRow("rss channel base")
        << QByteArray("<rss><channel xml:base=\"https://cq.example/news/\"><item>"
                      "<link>2024/a</link><description>d</description></item></channel></rss>")
        << QStringLiteral("https://cq.example/news/2024/a")
        << QStringLiteral("https://cq.example/news/");
}

void TestFeedParser::xmlBase()
{
    QFETCH(QByteArray, document);
    QFETCH(QString, link);
    QFETCH(QString, contentBase);

    const Feed feed = FeedParser::parse(document, kDocUrl);
    QCOMPARE(feed.error, QString());
    QCOMPARE(feed.items.size(), 1);
    QCOMPARE(feed.items.at(0).link.toString(), link);
    QCOMPARE(feed.items.at(0).contentBase.toString(), contentBase);
}

void TestFeedParser::htmlEntitiesWithoutDtd()
{
    const Feed feed = parseFixture("html-entities-no-dtd.rss");
    QCOMPARE(feed.error, QString());
    QCOMPARE(feed.title, QStringLiteral("Caf\u00e9 Chongqing \u2014 Daily"));
    QCOMPARE(feed.link.toString(), QStringLiteral("https://cafe.example.com/?lang=en&region=cq"));
    QCOMPARE(feed.description, QStringLiteral("Entities\u2026 without a DTD"));
    QCOMPARE(feed.items.size(), 1);
    const FeedItem &item = feed.items.at(0);
    QCOMPARE(item.title, QStringLiteral("\u201cSpicy\u201d & numb \u2013 a guide \u00a9 2024 "
                                        "&unknownentity; AT&T"));
    QCOMPARE(item.link.toString(), QStringLiteral("https://cafe.example.com/p?id=7&ref=rss"));
    QCOMPARE(item.summary, QStringLiteral("Na\u00efve <b>bold</b>\u00a0text \u20ac5 \u4e2d\u6587"));
    // CDATA is literal: its references are for the HTML parser later, not for us.
    QCOMPARE(item.content, QStringLiteral("<p>Inside CDATA &nbsp; stays &eacute; as written.</p>"));
    QCOMPARE(item.categories, QStringList{QStringLiteral("Caf\u00e9")});
}

void TestFeedParser::mediaImages()
{
    const Feed feed = parseFixture("media-rss.rss");
    QCOMPARE(feed.error, QString());
    QCOMPARE(feed.items.size(), 1);
    const FeedItem &item = feed.items.at(0);
    QCOMPARE(item.link.toString(), QStringLiteral("https://video.example.com/cq/watch/1"));
    QStringList images;
    for (const QUrl &url : item.mediaImages)
        images.append(url.toString());
    const QStringList expected{QStringLiteral("https://video.example.com/cq/t/1-large.jpg"),
                               QStringLiteral("https://video.example.com/cq/t/1.jpg"),
                               QStringLiteral("https://img.example.com/1.webp"),
                               QStringLiteral("https://img.example.com/2"),
                               QStringLiteral("https://img.example.com/3.PNG"),
                               QStringLiteral("https://img.example.com/cover.gif")};
    QCOMPARE(images, expected);
    QCOMPARE(item.enclosures.size(), 2);
    QCOMPARE(item.enclosures.at(1).length, -1);
}

void TestFeedParser::undeclaredPrefixes()
{
    // media: and dc: used without xmlns declarations, as some CMS plugins emit them.
    const Feed feed =
        FeedParser::parse(rssItem("<title>T</title><dc:creator>Li Wei</dc:creator>"
                                  "<media:thumbnail url=\"https://img.example/t.jpg\"/>"),
                          kDocUrl);
    QCOMPARE(feed.error, QString());
    QCOMPARE(feed.items.size(), 1);
    QCOMPARE(feed.items.at(0).authors, QStringList{QStringLiteral("Li Wei")});
    QCOMPARE(feed.items.at(0).mediaImages,
             QList<QUrl>{QUrl(QStringLiteral("https://img.example/t.jpg"))});

    // A prefix the document declares itself keeps its own namespace.
    const Feed own = FeedParser::parse(
        "<rss xmlns:media=\"urn:not-media-rss\"><channel><item><title>T</title>"
        "<media:thumbnail url=\"https://img.example/t.jpg\"/></item></channel></rss>",
        kDocUrl);
    QCOMPARE(own.error, QString());
    QVERIFY(own.items.at(0).mediaImages.isEmpty());
}

void TestFeedParser::json()
{
    const Feed feed = FeedParser::parse(
        rssItem("<title>A</title><pubDate>Tue, 05 Mar 2024 10:00:00 +0800</pubDate>"
                "<enclosure url=\"https://x.example/a.mp3\" type=\"audio/mpeg\"/>"),
        kDocUrl);
    const QList<QUrl> custom{QUrl(QStringLiteral("https://img.example/custom.png"))};
    const QByteArray bytes = feedToJson(feed, [&custom](const FeedItem &) { return custom; });
    QVERIFY(bytes.contains("\n    ")); // indented
    const QJsonObject root = QJsonDocument::fromJson(bytes).object();
    QCOMPARE(root.value(QLatin1String("format")).toString(), QStringLiteral("rss2.0"));
    QVERIFY(root.value(QLatin1String("link")).isNull());
    QVERIFY(root.value(QLatin1String("updated")).isNull());
    QVERIFY(root.value(QLatin1String("error")).isNull());
    QCOMPARE(root.value(QLatin1String("language")).toString(), QString());
    const QJsonObject item = root.value(QLatin1String("items")).toArray().at(0).toObject();
    QCOMPARE(item.keys().size(), 11);
    QCOMPARE(item.value(QLatin1String("published")).toString(),
             QStringLiteral("2024-03-05T02:00:00Z"));
    QVERIFY(item.value(QLatin1String("link")).isNull());
    QCOMPARE(item.value(QLatin1String("summary")).toString(), QString());
    const QJsonObject enclosure =
        item.value(QLatin1String("enclosures")).toArray().at(0).toObject();
    QVERIFY(enclosure.value(QLatin1String("length")).isNull());
    QCOMPARE(item.value(QLatin1String("images")).toArray().at(0).toString(),
             QStringLiteral("https://img.example/custom.png"));
}

QTEST_APPLESS_MAIN(TestFeedParser)
// A refresh prepares the items while the parse goes on: the sink sees each item the Feed keeps,
// in order, and no item past the limit.
void TestFeedParser::theSinkGetsEachItemAsItIsRead_data()
{
    QTest::addColumn<QByteArray>("document");
    QTest::newRow("rss2") << fixture("ichongqing-wordpress.rss");
    QTest::newRow("rdf") << fixture("rss1-rdf.rdf");
    QTest::newRow("atom") << fixture("atom-xhtml-base.atom");
}

void TestFeedParser::theSinkGetsEachItemAsItIsRead()
{
    QFETCH(QByteArray, document);
    QList<FeedItem> seen;
    const Feed feed =
        FeedParser::parse(document, kDocUrl, {}, [&seen](const FeedItem &item) { seen << item; });
    QVERIFY(feed.items.size() >= 2);
    QCOMPARE(seen.size(), feed.items.size());
    for (qsizetype i = 0; i < seen.size(); ++i) {
        QCOMPARE(seen.at(i).id, feed.items.at(i).id);
        QCOMPARE(seen.at(i).content, feed.items.at(i).content);
    }
    FeedLimits limits;
    limits.maxItems = 1;
    seen.clear();
    const Feed capped = FeedParser::parse(document, kDocUrl, limits,
                                          [&seen](const FeedItem &item) { seen << item; });
    QCOMPARE(capped.items.size(), 1);
    QCOMPARE(seen.size(), 1);
}

#include "tst_feedparser.moc"
