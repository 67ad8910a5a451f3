// Photos and article pages named by a feed never reach the reader's own machine or network,
// unless the feed itself lives there. The classifier is injected: the test server is on
// 127.0.0.1, so the test calls that one address public and the rest of 127/8 private.

#include "RefreshSession.h"
#include "SyntheticFeed.h"
#include "TestHttpServer.h"
#include "common/DataPaths.h"
#include "html/HtmlSanitizer.h"
#include "net/AddressPolicy.h"
#include "net/Fetcher.h"
#include "store/Database.h"
#include "store/ImageCache.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace ichq;
using namespace ichq::test;

class TestPrivateAddresses : public QObject
{
    Q_OBJECT
private slots:
    void classifier_data();
    void classifier();
    void publicFeedCannotReachTheOwnNetwork();
    void feedOnTheOwnNetworkMayUseIt();

private:
    QByteArray feed(const TestHttpServer &server, const QStringList &imageHosts,
                    const QString &pageHost) const;
};

void TestPrivateAddresses::classifier_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("nonPublic");
    const QList<QPair<const char *, bool>> rows{
        {"http://127.0.0.1/", true},
        {"http://2130706433/", true},
        {"http://0x7f.1/", true},
        {"http://0177.0.0.1/", true},
        {"http://0x7f000001/", true},
        {"http://127.1/", true},
        {"http://[::1]/", true},
        {"http://[::]/", true},
        {"http://0.0.0.0/", true},
        {"http://[::ffff:127.0.0.1]/", true},
        {"http://[::ffff:7f00:1]/", true},
        {"http://[::ffff:10.0.0.1]/", true},
        {"http://10.1.2.3/", true},
        {"http://172.16.0.1/", true},
        {"http://172.31.255.255/", true},
        {"http://192.168.1.1/", true},
        {"http://169.254.169.254/", true},
        {"http://100.64.0.1/", true},
        {"http://100.127.255.255/", true},
        {"http://[fc00::1]/", true},
        {"http://[fd12:3456::1]/", true},
        {"http://[fe80::1]/", true},
        {"http://[64:ff9b::7f00:1]/", true},
        {"http://224.0.0.1/", true},
        {"http://255.255.255.255/", true},
        {"http://8.8.8.8/", false},
        {"http://1.1.1.1/", false},
        {"http://172.32.0.1/", false},
        {"http://100.128.0.1/", false},
        {"http://[2606:4700::1111]/", false},
        {"http://[64:ff9b::808:808]/", false},
        {"http://[::ffff:8.8.8.8]/", false},
    };
    for (const auto &row : rows)
        QTest::newRow(row.first) << QString::fromLatin1(row.first) << row.second;
}

void TestPrivateAddresses::classifier()
{
    QFETCH(QString, url);
    QFETCH(bool, nonPublic);
    QHostAddress address;
    QVERIFY2(address.setAddress(QUrl(url).host()), qPrintable(QUrl(url).host()));
    QCOMPARE(isNonPublicAddress(address), nonPublic);
}

// One whole story with a photo on each of imageHosts, and one summary whose page is on pageHost.
QByteArray TestPrivateAddresses::feed(const TestHttpServer &server, const QStringList &imageHosts,
                                      const QString &pageHost) const
{
    QByteArray body = "<p>Whole story.</p>";
    for (const QString &host : imageHosts)
        body += "<img src=\"http://" + host.toUtf8() + ":" + QByteArray::number(server.port()) +
                "/photo.jpg\">";
    return "<?xml version=\"1.0\"?><rss version=\"2.0\" "
           "xmlns:content=\"http://purl.org/rss/1.0/modules/content/\"><channel><title>t</title>"
           "<item><title>Photos</title><guid>1</guid><content:encoded><![CDATA[" +
           body +
           "]]></content:encoded></item><item><title>Summary</title><guid>2</guid><link>http://" +
           pageHost.toUtf8() + ":" + QByteArray::number(server.port()) +
           "/story/</link><description>A teaser […]</description></item></channel></rss>";
}

void TestPrivateAddresses::publicFeedCannotReachTheOwnNetwork()
{
    TestHttpServer server;
    QVERIFY(server.start());
    const QStringList hosts{QStringLiteral("127.0.0.2"),  QStringLiteral("0x7f.0.0.3"),
                            QStringLiteral("2130706436"), QStringLiteral("[::ffff:127.0.0.5]"),
                            QStringLiteral("[::1]"),      QStringLiteral("127.0.0.1")};
    const QByteArray xml = feed(server, hosts, QStringLiteral("127.0.0.6"));
    server.route("/feed/", [xml](const HttpRequest &) {
        return HttpResponse::ok(xml, "application/rss+xml");
    });
    // A public photo that redirects into the own network: refused at the redirect.
    server.route("/photo.jpg", [&server](const HttpRequest &) {
        return HttpResponse::withStatus(302).header(
            "Location", "http://127.0.0.7:" + QByteArray::number(server.port()) + "/x.jpg");
    });

    QTemporaryDir dir;
    const DataPaths paths(dir.path());
    Database db;
    QVERIFY(paths.ensureExists() && db.open(paths.databaseFile()));
    RefreshSession session(paths, db, false);
    session.fetcher().setAddressClassifier([](const QHostAddress &address) {
        return isNonPublicAddress(address) && address != QHostAddress(QStringLiteral("127.0.0.1"));
    });
    RefreshOptions options;
    options.feeds = {server.url(QStringLiteral("feed/"))};
    const RefreshReport report = session.run(options);
    QVERIFY(report.allSucceeded());
    QCOMPARE(report.imagesFetched, 0);
    QCOMPARE(report.imagesFailed, 6);
    QCOMPARE(report.pagesFailed, 1);
    // Only the feed and the public photo's redirect reached a server.
    QCOMPARE(server.requestCount(), 2);
    QCOMPARE(server.requestCount("/photo.jpg"), 1);

    // Refused for good: not asked again on the next refresh.
    QVERIFY(ImageCache(db, paths.imageDir()).pending().isEmpty());
    QSqlQuery query(db.connection());
    QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM images WHERE state = 3 AND "
                                      "last_error LIKE '%own network%'")));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toInt(), 6);
}

void TestPrivateAddresses::feedOnTheOwnNetworkMayUseIt()
{
    TestHttpServer server;
    QVERIFY(server.start());
    const QByteArray xml = feed(server, {QStringLiteral("127.0.0.1")}, QStringLiteral("127.0.0.1"));
    server.route("/feed/", [xml](const HttpRequest &) {
        return HttpResponse::ok(xml, "application/rss+xml");
    });
    server.route("/photo.jpg", [](const HttpRequest &) {
        return HttpResponse::ok(makeTestImage(1), "image/jpeg");
    });
    QTemporaryDir dir;
    const DataPaths paths(dir.path());
    Database db;
    QVERIFY(paths.ensureExists() && db.open(paths.databaseFile()));
    RefreshSession session(paths, db, false); // the real classifier: 127.0.0.1 is not public
    RefreshOptions options;
    options.feeds = {server.url(QStringLiteral("feed/"))};
    const RefreshReport report = session.run(options);
    QCOMPARE(report.imagesFetched, 1);
    QCOMPARE(server.requestCount("/story/"), 1); // asked (a 404 here: no page)
}

QTEST_GUILESS_MAIN(TestPrivateAddresses)
#include "tst_privateaddresses.moc"
