#include "feed/FeedParser.h"

#include <QElapsedTimer>
#include <QFile>
#include <QRegularExpression>
#include <QTest>

using namespace ichq;

// Encodings, hostile documents, broken documents, caps and speed.
class TestFeedRobustness : public QObject
{
    Q_OBJECT

private slots:
    void encodings_data();
    void encodings();
    void billionLaughs();
    void externalEntities();
    void truncatedMidItem();
    void truncatedCdata();
    void errorLineSurvivesDoctype();
    void notAFeed_data();
    void notAFeed();
    void documentCap();
    void itemCap();
    void fieldCap();
    void hugeTitle();
    void speed();
};

namespace {

const QUrl kDocUrl(QStringLiteral("https://fixtures.example/feeds/feed.xml"));
const QRegularExpression kErrorPattern(QStringLiteral("^line \\d+, column \\d+: .+"));

QByteArray fixture(const char *name)
{
    QFile file(QStringLiteral(ICHQ_FIXTURES_DIR "/feeds/") + QLatin1String(name));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", name);
    return file.readAll();
}

QByteArray rssWithTitle(const QByteArray &declaration, const QByteArray &title)
{
    return declaration + "<rss version=\"2.0\"><channel><title>" + title +
           "</title></channel></rss>";
}

QByteArray rssItems(int count, const QByteArray &itemExtra = {})
{
    QByteArray xml = "<rss version=\"2.0\"><channel><title>Many</title>";
    for (int i = 0; i < count; ++i) {
        xml += "<item><title>Item " + QByteArray::number(i) + "</title><link>https://m.example/" +
               QByteArray::number(i) + "</link>" + itemExtra + "</item>";
    }
    return xml + "<language>en</language></channel></rss>";
}

bool anyFieldContains(const Feed &feed, const QString &needle)
{
    if (feed.title.contains(needle) || feed.description.contains(needle))
        return true;
    for (const FeedItem &item : feed.items) {
        if (item.title.contains(needle) || item.summary.contains(needle) ||
            item.content.contains(needle))
            return true;
    }
    return false;
}

} // namespace

void TestFeedRobustness::encodings_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("title");

    QTest::newRow("GBK fixture") << fixture("gbk-chinese.xml") << QStringLiteral("重庆新闻");
    QTest::newRow("Big5 fixture") << fixture("big5-chinese.xml") << QStringLiteral("重慶新聞");
    QTest::newRow("UTF-16LE BOM fixture")
        << fixture("utf16le-bom.atom") << QStringLiteral("UTF-16 山城");
    QTest::newRow("UTF-16BE BOM fixture")
        << fixture("utf16be-bom.atom") << QStringLiteral("UTF-16 山城");
    // 镕 is in GBK but not in GB2312; feeds labelled gb2312 use it anyway.
    QTest::newRow("gb2312 label, GBK bytes")
        << rssWithTitle("<?xml version=\"1.0\" encoding=\"gb2312\"?>",
                        QByteArray("\xd6\xec\xe9\x46\xbb\xf9"))
        << QStringLiteral("朱镕基");
    QTest::newRow("GB18030 four-byte")
        << rssWithTitle("<?xml version='1.0' encoding='GB18030'?>", QByteArray("\x81\x30\x81\x30"))
        << QStringLiteral("\u0080");
    QTest::newRow("UTF-8 BOM") << QByteArray("\xEF\xBB\xBF") +
                                      rssWithTitle("<?xml version=\"1.0\"?>", "\xe5\xb1\xb1")
                               << QStringLiteral("山");
    QTest::newRow("no declaration is UTF-8")
        << rssWithTitle({}, "\xe9\x87\x8d\xe5\xba\x86") << QStringLiteral("重庆");
    QTest::newRow("Latin-1 label reads as windows-1252")
        << rssWithTitle("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>", "\x93"
                                                                           "Caf\xe9\x94")
        << QStringLiteral("\u201cCaf\u00e9\u201d");
    QTest::newRow("unknown encoding falls back to UTF-8")
        << rssWithTitle("<?xml version=\"1.0\" encoding=\"x-klingon\"?>", "\xe5\xb1\xb1")
        << QStringLiteral("山");
    QTest::newRow("UTF-16 label on UTF-8 bytes")
        << rssWithTitle("<?xml version=\"1.0\" encoding=\"UTF-16\"?>", "\xe5\xb1\xb1")
        << QStringLiteral("山");
    QTest::newRow("invalid UTF-8 becomes U+FFFD")
        << rssWithTitle("<?xml version=\"1.0\" encoding=\"utf-8\"?>", "a\xff"
                                                                      "b")
        << QStringLiteral("a\ufffdb");
}

void TestFeedRobustness::encodings()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, title);

    const Feed feed = FeedParser::parse(bytes, kDocUrl);
    QCOMPARE(feed.error, QString());
    QVERIFY(feed.isUsable());
    QCOMPARE(feed.title, title);
}

void TestFeedRobustness::billionLaughs()
{
    QElapsedTimer timer;
    timer.start();
    const Feed feed = FeedParser::parse(fixture("billion-laughs.rss"), kDocUrl);
    QVERIFY(timer.elapsed() < 2000);
    QCOMPARE(feed.error, QString());
    QCOMPARE(feed.items.size(), 1);
    // Never declared, so never expanded: the reference stays as text.
    QCOMPARE(feed.items.at(0).title, QStringLiteral("&lol9;"));
    QCOMPARE(feed.items.at(0).summary, QStringLiteral("&lol9;&lol9;"));
    QVERIFY(!anyFieldContains(feed, QStringLiteral("lollol")));
}

void TestFeedRobustness::externalEntities()
{
    const Feed feed = FeedParser::parse(fixture("xxe-passwd.rss"), kDocUrl);
    QCOMPARE(feed.error, QString());
    QCOMPARE(feed.title, QStringLiteral("XXE &xxe;"));
    QCOMPARE(feed.items.size(), 1);
    QCOMPARE(feed.items.at(0).title, QStringLiteral("Secret: &xxe;"));
    QVERIFY(!anyFieldContains(feed, QStringLiteral("root:")));
    QVERIFY(!anyFieldContains(feed, QStringLiteral("/bin/")));
}

void TestFeedRobustness::truncatedMidItem()
{
    const Feed feed = FeedParser::parse(fixture("truncated-mid-item.rss"), kDocUrl);
    QCOMPARE(feed.format, FeedFormat::Rss20);
    QVERIFY2(kErrorPattern.match(feed.error).hasMatch(), qPrintable(feed.error));
    QCOMPARE(feed.title, QStringLiteral("Cut short"));
    QCOMPARE(feed.items.size(), 3);
    QCOMPARE(feed.items.at(0).title, QStringLiteral("First complete story"));
    QVERIFY(feed.items.at(0).published.isValid());
    QCOMPARE(feed.items.at(1).link.toString(), QStringLiteral("https://cut.example.com/2"));
    // The broken-off item has a title and a link, so it is kept with what arrived.
    QCOMPARE(feed.items.at(2).title, QStringLiteral("Third story, cut"));
    QCOMPARE(feed.items.at(2).link.toString(), QStringLiteral("https://cut.example.com/3"));
    // QXmlStreamReader does not report text that the end of input cut off.
    QCOMPARE(feed.items.at(2).summary, QString());
}

void TestFeedRobustness::truncatedCdata()
{
    const Feed feed = FeedParser::parse(fixture("truncated-cdata.rss"), kDocUrl);
    QCOMPARE(feed.format, FeedFormat::Rss20);
    QVERIFY2(kErrorPattern.match(feed.error).hasMatch(), qPrintable(feed.error));
    QVERIFY2(feed.error.startsWith(QStringLiteral("line 11,")), qPrintable(feed.error));
    // The cut item has neither title nor link: dropped.
    QCOMPARE(feed.items.size(), 1);
    QCOMPARE(feed.items.at(0).summary, QStringLiteral("<p>complete</p>"));
}

void TestFeedRobustness::errorLineSurvivesDoctype()
{
    const QByteArray xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE rss [\n<!ENTITY a \"b\">\n]>\n"
                           "<rss>\n<channel>\n<title>x</titel>\n</channel></rss>";
    const Feed feed = FeedParser::parse(xml, kDocUrl);
    QVERIFY2(feed.error.startsWith(QStringLiteral("line 7, column ")), qPrintable(feed.error));
    QCOMPARE(feed.format, FeedFormat::Rss20);
}

void TestFeedRobustness::notAFeed_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("errorContains");

    QTest::newRow("HTML page fixture")
        << fixture("html-page.xml") << QStringLiteral("not an RSS or Atom feed");
    QTest::newRow("XHTML page")
        << QByteArray("<html xmlns=\"http://www.w3.org/1999/xhtml\"><body/></html>")
        << QStringLiteral("not an RSS or Atom feed (the document is <html>)");
    QTest::newRow("OPML") << QByteArray("<opml version=\"2.0\"><body/></opml>")
                          << QStringLiteral("not an RSS or Atom feed");
    QTest::newRow("empty") << QByteArray() << QStringLiteral("empty");
    QTest::newRow("whitespace") << QByteArray(" \r\n\t ") << QStringLiteral("empty");
    QTest::newRow("plain text") << QByteArray("hello, world") << QStringLiteral("line 1, column");
    QTest::newRow("binary") << QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16)
                            << QStringLiteral("line 1, column");
    QTest::newRow("comment only") << QByteArray("<!-- nothing -->")
                                  << QStringLiteral("line 1, column");
}

void TestFeedRobustness::notAFeed()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, errorContains);

    const Feed feed = FeedParser::parse(bytes, kDocUrl);
    QCOMPARE(feed.format, FeedFormat::Unknown);
    QVERIFY(!feed.isUsable());
    QVERIFY(feed.items.isEmpty());
    QVERIFY2(feed.error.contains(errorContains), qPrintable(feed.error));
}

void TestFeedRobustness::documentCap()
{
    FeedLimits limits;
    QByteArray xml = rssItems(3);
    limits.maxDocumentBytes = xml.size();
    QCOMPARE(FeedParser::parse(xml, kDocUrl, limits).items.size(), 3);

    xml.append(' ');
    const Feed tooBig = FeedParser::parse(xml, kDocUrl, limits);
    QCOMPARE(tooBig.format, FeedFormat::Unknown);
    QVERIFY(tooBig.items.isEmpty());
    QVERIFY2(tooBig.error.contains(QString::number(limits.maxDocumentBytes)),
             qPrintable(tooBig.error));

    // The default cap is 20 MB: a bigger document is refused before any parsing.
    QByteArray huge = rssItems(1);
    huge.append(QByteArray(21 * 1024 * 1024, ' '));
    const Feed refused = FeedParser::parse(huge, kDocUrl);
    QVERIFY(refused.items.isEmpty());
    QVERIFY2(refused.error.contains(QString::number(20 * 1024 * 1024)), qPrintable(refused.error));
}

void TestFeedRobustness::itemCap()
{
    FeedLimits limits;
    limits.maxItems = 10;
    const Feed feed = FeedParser::parse(rssItems(25), kDocUrl, limits);
    // The first maxItems are kept; the rest is skipped quietly, the document stays usable.
    QCOMPARE(feed.error, QString());
    QCOMPARE(feed.items.size(), 10);
    QCOMPARE(feed.items.first().title, QStringLiteral("Item 0"));
    QCOMPARE(feed.items.last().title, QStringLiteral("Item 9"));
    QCOMPARE(feed.language, QStringLiteral("en")); // channel data after the items still read
}

void TestFeedRobustness::fieldCap()
{
    FeedLimits limits;
    limits.maxFieldChars = 10;
    const Feed feed = FeedParser::parse(
        rssItems(1, "<description><![CDATA[0123456789abcdef]]></description>"
                    "<content:encoded xmlns:content=\"http://purl.org/rss/1.0/modules/content/\">"
                    "&lt;p&gt;0123456789&lt;/p&gt;</content:encoded>"),
        kDocUrl, limits);
    QCOMPARE(feed.items.size(), 1);
    QCOMPARE(feed.items.at(0).summary, QStringLiteral("0123456789"));
    QCOMPARE(feed.items.at(0).content, QStringLiteral("<p>0123456"));
}

void TestFeedRobustness::hugeTitle()
{
    const QByteArray title(15 * 1024 * 1024, 'x');
    const Feed feed = FeedParser::parse("<rss><channel><item><title>" + title +
                                            "</title><link>https://h.example/</link>"
                                            "</item></channel></rss>",
                                        kDocUrl);
    QCOMPARE(feed.error, QString());
    QCOMPARE(feed.items.size(), 1);
    const FeedLimits defaults;
    QCOMPARE(feed.items.at(0).title.size(), qsizetype(defaults.maxFieldChars));
    QVERIFY(feed.items.at(0).title.startsWith(QStringLiteral("xxxx")));
}

void TestFeedRobustness::speed()
{
    const QByteArray body = "<p>Chongqing &amp; the Yangtze: a paragraph of body text that is "
                            "long enough to look like an article.</p>";
    QByteArray extra = "<description><![CDATA[" + body +
                       "]]></description>"
                       "<pubDate>Tue, 12 Mar 2024 08:30:00 +0000</pubDate>"
                       "<category>News</category><category>Chongqing</category><content:encoded"
                       " xmlns:content=\"http://purl.org/rss/1.0/modules/content/\"><![CDATA[";
    for (int i = 0; i < 33; ++i)
        extra += body;
    extra += "<img src=\"/a.jpg\"/>]]></content:encoded>";
    const QByteArray xml = rssItems(1000, extra);
    QVERIFY(xml.size() > 3700 * 1000);

    QElapsedTimer timer;
    timer.start();
    const Feed feed = FeedParser::parse(xml, kDocUrl);
    const qint64 ms = timer.elapsed();
    qInfo("parsed %d items, %lld bytes in %lld ms", int(feed.items.size()), qint64(xml.size()), ms);
    QCOMPARE(feed.items.size(), 1000);
    // The Release target is well under 50 ms; this bound only catches a blow-up in Debug.
    QVERIFY(ms < 1000);
}

QTEST_APPLESS_MAIN(TestFeedRobustness)
#include "tst_feedrobustness.moc"
