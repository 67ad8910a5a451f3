// Fetcher against the in-process server on 127.0.0.1. Timeouts are in milliseconds so the whole
// suite runs in a few seconds.

#include "TestHttpServer.h"
#include "common/AppInfo.h"
#include "net/Fetcher.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QTcpServer>
#include <QtTest>

#include <memory>

using namespace ichq;
using ichq::test::HttpRequest;
using ichq::test::HttpResponse;
using ichq::test::TestHttpServer;
using Error = FetchResult::Error;

class TstFetcher : public QObject
{
    Q_OBJECT

private:
    struct Outcome
    {
        int calls = 0;
        FetchResult result;
    };

    // Starts a fetch and spins the event loop until the callback ran (or timeoutMs passed).
    std::shared_ptr<Outcome> fetch(const FetchRequest &request, int timeoutMs = 5000)
    {
        auto outcome = std::make_shared<Outcome>();
        m_fetcher->fetch(request, this, [outcome](const FetchResult &result) {
            ++outcome->calls;
            outcome->result = result;
        });
        (void)QTest::qWaitFor([&] { return outcome->calls > 0; }, timeoutMs); // caller checks
        QCoreApplication::processEvents(); // a second call would show up here
        return outcome;
    }

    FetchRequest request(const QString &path) const
    {
        FetchRequest r;
        r.url = m_server.url(path);
        r.transferTimeoutMs = 3000;
        r.deadlineMs = 5000;
        return r;
    }

    TestHttpServer m_server;
    std::unique_ptr<QNetworkAccessManager> m_manager;
    std::unique_ptr<Fetcher> m_fetcher;

private slots:
    void initTestCase()
    {
        QVERIFY(m_server.start());
        // /redirect/N answers 302 to /redirect/N-1; /redirect/0 answers 200.
        m_server.setFallback([](const HttpRequest &r) {
            if (r.path.startsWith("/redirect/")) {
                const int n = r.path.mid(10).toInt();
                if (n == 0)
                    return HttpResponse::ok("arrived");
                return HttpResponse::withStatus(302).header(
                    "Location", "/redirect/" + QByteArray::number(n - 1));
            }
            return HttpResponse::withStatus(404, "nope");
        });
    }

    void init()
    {
        // A fresh manager per test: no pooled connection carries over from a stalled test.
        m_manager = std::make_unique<QNetworkAccessManager>();
        m_fetcher = std::make_unique<Fetcher>(m_manager.get());
        m_server.clearRequests();
    }

    void cleanup()
    {
        m_fetcher.reset();
        m_manager.reset();
    }

    void okBody()
    {
        m_server.route("/feed", [](const HttpRequest &) {
            return HttpResponse::ok("<rss/>", "application/rss+xml")
                .header("ETag", "\"abc\"")
                .header("Last-Modified", "Wed, 21 Oct 2015 07:28:00 GMT");
        });
        auto out = fetch(request(QStringLiteral("/feed")));
        QCOMPARE(out->calls, 1);
        QCOMPARE(out->result.status, FetchResult::Status::Ok);
        QVERIFY(out->result.ok());
        QCOMPARE(out->result.error, Error::None);
        QCOMPARE(out->result.httpStatus, 200);
        QCOMPARE(out->result.body, QByteArray("<rss/>"));
        QCOMPARE(out->result.contentType, QByteArray("application/rss+xml"));
        QCOMPARE(out->result.etag, QByteArray("\"abc\""));
        QCOMPARE(out->result.lastModified, QByteArray("Wed, 21 Oct 2015 07:28:00 GMT"));
        QCOMPARE(out->result.finalUrl, m_server.url(QStringLiteral("/feed")));
        QVERIFY(out->result.errorMessage.isEmpty());
        QCOMPARE(m_fetcher->inFlight(), 0);
    }

    void userAgentAndAccept()
    {
        m_server.route("/ua", [](const HttpRequest &) { return HttpResponse::ok("x"); });
        FetchRequest r = request(QStringLiteral("/ua"));
        r.accept = "application/rss+xml";
        QVERIFY(fetch(r)->result.ok());
        const HttpRequest seen = m_server.lastRequest("/ua");
        const QByteArray ua = seen.header("user-agent");
        QCOMPARE(ua, Fetcher::userAgent());
        QVERIFY2(ua.startsWith("iChongqingReader/" + appVersion().toLatin1() + " ("), ua);
        QVERIFY(ua.contains("https://www.ichongqing.info/"));
        QCOMPARE(seen.header("accept"), QByteArray("application/rss+xml"));
        QVERIFY(!seen.headers.contains("if-none-match"));
        QVERIFY(!seen.headers.contains("if-modified-since"));
    }

    void notModified_data()
    {
        QTest::addColumn<QByteArray>("etag");
        QTest::addColumn<QByteArray>("lastModified");
        QTest::newRow("etag") << QByteArray("\"v1\"") << QByteArray();
        QTest::newRow("last-modified")
            << QByteArray() << QByteArray("Wed, 21 Oct 2015 07:28:00 GMT");
        QTest::newRow("both") << QByteArray("W/\"v2\"")
                              << QByteArray("Thu, 01 Jan 2015 00:00:00 GMT");
    }

    void notModified()
    {
        QFETCH(QByteArray, etag);
        QFETCH(QByteArray, lastModified);
        m_server.route("/cond", [](const HttpRequest &r) {
            auto response = HttpResponse::withStatus(304);
            if (!r.header("if-none-match").isEmpty())
                response.header("ETag", r.header("if-none-match"));
            if (!r.header("if-modified-since").isEmpty())
                response.header("Last-Modified", r.header("if-modified-since"));
            return response;
        });
        FetchRequest r = request(QStringLiteral("/cond"));
        r.etag = etag;
        r.lastModified = lastModified;
        auto out = fetch(r);
        QCOMPARE(out->calls, 1);
        QCOMPARE(out->result.status, FetchResult::Status::NotModified);
        QCOMPARE(out->result.httpStatus, 304);
        QVERIFY(out->result.body.isEmpty());
        QCOMPARE(out->result.etag, etag);
        QCOMPARE(out->result.lastModified, lastModified);
        const HttpRequest seen = m_server.lastRequest("/cond");
        QCOMPARE(seen.header("if-none-match"), etag);
        QCOMPARE(seen.header("if-modified-since"), lastModified);
    }

    void gzipDecoded()
    {
        const QByteArray body = QByteArray("<feed>") + QByteArray(10000, 'a') + "</feed>";
        m_server.route("/gz", [body](const HttpRequest &) {
            HttpResponse r = HttpResponse::ok(body);
            r.gzip = true;
            return r;
        });
        auto out = fetch(request(QStringLiteral("/gz")));
        QVERIFY2(out->result.ok(), qPrintable(out->result.errorMessage));
        QCOMPARE(out->result.body, body);
        QVERIFY(m_server.lastRequest("/gz").header("accept-encoding").contains("gzip"));
    }

    void redirectChain_data()
    {
        QTest::addColumn<int>("hops");
        QTest::addColumn<bool>("ok");
        QTest::newRow("none") << 0 << true;
        QTest::newRow("five is the limit") << 5 << true;
        QTest::newRow("six is too many") << 6 << false;
    }

    void redirectChain()
    {
        QFETCH(int, hops);
        QFETCH(bool, ok);
        auto out = fetch(request(QStringLiteral("/redirect/%1").arg(hops)));
        QCOMPARE(out->calls, 1);
        QCOMPARE(out->result.ok(), ok);
        if (ok) {
            QCOMPARE(out->result.body, QByteArray("arrived"));
            QCOMPARE(out->result.finalUrl, m_server.url(QStringLiteral("/redirect/0")));
        } else {
            QCOMPARE(out->result.error, Error::TooManyRedirects);
            QVERIFY(out->result.errorMessage.contains(QLatin1String("too many")));
            QCOMPARE(m_server.requestCount(), 6); // the 6th redirect is not followed
        }
    }

    void redirectStatuses_data()
    {
        QTest::addColumn<int>("status");
        for (int status : {301, 302, 303, 307, 308})
            QTest::addRow("%d", status) << status;
    }

    void redirectStatuses()
    {
        QFETCH(int, status);
        // Relative Location, resolved against the current URL: /a/b/start -> /a/target.
        m_server.route("/a/b/start", [status](const HttpRequest &) {
            return HttpResponse::withStatus(status).header("Location", "../target?x=1");
        });
        m_server.route("/a/target", [](const HttpRequest &) { return HttpResponse::ok("t"); });
        auto out = fetch(request(QStringLiteral("/a/b/start")));
        QVERIFY2(out->result.ok(), qPrintable(out->result.errorMessage));
        QCOMPARE(out->result.body, QByteArray("t"));
        QCOMPARE(out->result.finalUrl, m_server.url(QStringLiteral("/a/target?x=1")));
        QCOMPARE(m_server.lastRequest("/a/target").query, QByteArray("x=1"));
    }

    void redirectHttpToOtherHttpHost()
    {
        const QByteArray target =
            QStringLiteral("http://localhost:%1/landing").arg(m_server.port()).toLatin1();
        m_server.route("/hop", [target](const HttpRequest &) {
            return HttpResponse::withStatus(301).header("Location", target);
        });
        m_server.route("/landing", [](const HttpRequest &) { return HttpResponse::ok("l"); });
        auto out = fetch(request(QStringLiteral("/hop")));
        QVERIFY2(out->result.ok(), qPrintable(out->result.errorMessage));
        QCOMPARE(out->result.finalUrl.host(), QStringLiteral("localhost"));
    }

    void redirectToOtherSchemeRefused()
    {
        m_server.route("/to-file", [](const HttpRequest &) {
            return HttpResponse::withStatus(302).header("Location", "file:///etc/passwd");
        });
        auto out = fetch(request(QStringLiteral("/to-file")));
        // Refused, and said as it is: http -> file is not "secure to insecure".
        QCOMPARE(out->result.error, Error::UnsupportedUrl);
        QVERIFY2(out->result.errorMessage.contains(QStringLiteral("not on the web")),
                 qPrintable(out->result.errorMessage));
        QVERIFY(!out->result.errorMessage.contains(QStringLiteral("insecure")));
    }

    void transferTimeout()
    {
        m_server.route("/stall", [](const HttpRequest &) {
            HttpResponse r = HttpResponse::ok(QByteArray(1000, 'x'));
            r.stallAfterBytes = 10;
            return r;
        });
        FetchRequest r = request(QStringLiteral("/stall"));
        r.transferTimeoutMs = 200;
        QElapsedTimer clock;
        clock.start();
        auto out = fetch(r);
        QCOMPARE(out->calls, 1);
        QCOMPARE(out->result.error, Error::Timeout);
        QVERIFY(out->result.errorMessage.contains(QLatin1String("did not answer in time")));
        QVERIFY2(clock.elapsed() < 2000, QByteArray::number(clock.elapsed()));
    }

    void deadline()
    {
        // One byte every 20 ms keeps the transfer timeout happy forever; the deadline must not.
        m_server.route("/trickle", [](const HttpRequest &) {
            HttpResponse r = HttpResponse::ok(QByteArray(100000, 'x'));
            r.trickleMs = 20;
            return r;
        });
        FetchRequest r = request(QStringLiteral("/trickle"));
        r.transferTimeoutMs = 500;
        r.deadlineMs = 400;
        QElapsedTimer clock;
        clock.start();
        auto out = fetch(r);
        QCOMPARE(out->result.error, Error::Deadline);
        QVERIFY(!out->result.errorMessage.isEmpty());
        QVERIFY2(clock.elapsed() < 2000, QByteArray::number(clock.elapsed()));
    }

    void deadlineSpansRedirects()
    {
        m_server.route("/slow-hop", [](const HttpRequest &) {
            HttpResponse r = HttpResponse::withStatus(302).header("Location", "/slow-hop");
            r.delayMs = 100; // each hop is quick enough for the transfer timeout
            return r;
        });
        FetchRequest r = request(QStringLiteral("/slow-hop"));
        r.transferTimeoutMs = 300;
        r.deadlineMs = 250;
        auto out = fetch(r);
        QCOMPARE(out->result.error, Error::Deadline);
    }

    void sizeCapByContentLength()
    {
        m_server.route("/huge", [](const HttpRequest &) {
            HttpResponse r = HttpResponse::ok("x").header("Content-Length", "100000000");
            r.stallAfterBytes = 0; // only the head is sent: rejecting must not need the body
            return r;
        });
        FetchRequest r = request(QStringLiteral("/huge"));
        r.maxBytes = 1000;
        auto out = fetch(r);
        QCOMPARE(out->result.error, Error::TooLarge);
        QVERIFY2(out->result.errorMessage.contains(QLatin1String("larger than")),
                 qPrintable(out->result.errorMessage));
    }

    void sizeCapWhileStreaming()
    {
        // Chunked, no Content-Length; the server stalls after 200 KB, so only a cap applied
        // while reading (not at the end) can end this before the transfer timeout.
        m_server.route("/stream", [](const HttpRequest &) {
            HttpResponse r = HttpResponse::ok(QByteArray(400 * 1024, 'x'));
            r.chunked = true;
            r.stallAfterBytes = 200 * 1024;
            return r;
        });
        FetchRequest r = request(QStringLiteral("/stream"));
        r.maxBytes = 50 * 1024;
        r.transferTimeoutMs = 4000;
        auto out = fetch(r);
        QCOMPARE(out->result.error, Error::TooLarge);
        QVERIFY(out->result.body.isEmpty());
    }

    void gzipBombCapped()
    {
        const QByteArray bomb = test::gzipCompress(QByteArray(50 * 1024 * 1024, '\0'), 9);
        QVERIFY(!bomb.isEmpty());
        QVERIFY(bomb.size() < 1024 * 1024);
        m_server.route("/bomb", [bomb](const HttpRequest &) {
            HttpResponse r = HttpResponse::ok({}).header("Content-Encoding", "gzip");
            r.body = bomb; // already compressed
            return r;
        });
        FetchRequest r = request(QStringLiteral("/bomb"));
        r.maxBytes = 1024 * 1024;
        auto out = fetch(r);
        QCOMPARE(out->result.error, Error::TooLarge);
        QVERIFY(out->result.body.isEmpty());
    }

    void retryAfter_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("retryAfter");
        QTest::addColumn<QDateTime>("expected"); // invalid: now + 120 s
        QTest::newRow("429 seconds") << 429 << QByteArray("120") << QDateTime();
        QTest::newRow("429 date") << 429 << QByteArray("Wed, 21 Oct 2037 07:28:00 GMT")
                                  << QDateTime(QDate(2037, 10, 21), QTime(7, 28), QTimeZone::utc());
        QTest::newRow("503 seconds") << 503 << QByteArray("120") << QDateTime();
    }

    void retryAfter()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, retryAfter);
        QFETCH(QDateTime, expected);
        m_server.route("/busy", [status, retryAfter](const HttpRequest &) {
            return HttpResponse::withStatus(status, "busy").header("Retry-After", retryAfter);
        });
        const QDateTime before = QDateTime::currentDateTimeUtc();
        auto out = fetch(request(QStringLiteral("/busy")));
        QCOMPARE(out->result.status, FetchResult::Status::Failed);
        QCOMPARE(out->result.error, Error::HttpStatus);
        QCOMPARE(out->result.httpStatus, status);
        QVERIFY(out->result.errorMessage.contains(QString::number(status)));
        QVERIFY(out->result.retryAfter.isValid());
        QCOMPARE(out->result.retryAfter.timeSpec(), Qt::UTC);
        if (expected.isValid()) {
            QCOMPARE(out->result.retryAfter, expected);
        } else {
            const qint64 wait = before.secsTo(out->result.retryAfter);
            QVERIFY2(wait >= 119 && wait <= 125, QByteArray::number(wait));
        }
    }

    void httpErrors_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("phrase");
        QTest::newRow("403") << 403 << QStringLiteral("refused the request (HTTP 403)");
        QTest::newRow("404") << 404 << QStringLiteral("not found on 127.0.0.1 (HTTP 404)");
        QTest::newRow("500") << 500 << QStringLiteral("(HTTP 500)");
        QTest::newRow("418") << 418 << QStringLiteral("(HTTP 418)");
    }

    void httpErrors()
    {
        QFETCH(int, status);
        QFETCH(QString, phrase);
        m_server.route("/err", [status](const HttpRequest &) {
            return HttpResponse::withStatus(status, "error page");
        });
        auto out = fetch(request(QStringLiteral("/err")));
        QCOMPARE(out->result.error, Error::HttpStatus);
        QCOMPARE(out->result.httpStatus, status);
        QVERIFY(out->result.body.isEmpty());
        QVERIFY2(out->result.errorMessage.contains(phrase), qPrintable(out->result.errorMessage));
    }

    void connectionRefused()
    {
        quint16 port = 0;
        {
            QTcpServer probe; // a port that was free a moment ago and has nobody listening now
            QVERIFY(probe.listen(QHostAddress::LocalHost));
            port = probe.serverPort();
        }
        FetchRequest r;
        r.url = QUrl(QStringLiteral("http://127.0.0.1:%1/feed").arg(port));
        auto out = fetch(r);
        QCOMPARE(out->calls, 1);
        QCOMPARE(out->result.error, Error::Network);
        QCOMPARE(out->result.httpStatus, 0);
        QVERIFY2(out->result.errorMessage.contains(QLatin1String("connection was refused")),
                 qPrintable(out->result.errorMessage));
        QVERIFY(out->result.errorMessage.contains(QLatin1String("127.0.0.1")));
    }

    void closedWithoutAnswer()
    {
        m_server.route("/hangup", [](const HttpRequest &) {
            HttpResponse r;
            r.closeWithoutAnswer = true;
            return r;
        });
        auto out = fetch(request(QStringLiteral("/hangup")));
        QCOMPARE(out->result.error, Error::Network);
        QVERIFY(!out->result.errorMessage.isEmpty());
    }

    void unsupportedUrl_data()
    {
        QTest::addColumn<QUrl>("url");
        QTest::newRow("ftp") << QUrl(QStringLiteral("ftp://example.com/feed"));
        QTest::newRow("file") << QUrl(QStringLiteral("file:///etc/passwd"));
        QTest::newRow("data") << QUrl(QStringLiteral("data:text/plain,hi"));
        QTest::newRow("empty") << QUrl();
    }

    void unsupportedUrl()
    {
        QFETCH(QUrl, url);
        FetchRequest r;
        r.url = url;
        int calls = 0;
        FetchResult result;
        m_fetcher->fetch(r, this, [&](const FetchResult &res) {
            ++calls;
            result = res;
        });
        QCOMPARE(calls, 0); // never synchronously, even for a refusal
        QCOMPARE(m_fetcher->inFlight(), 1);
        QTRY_COMPARE(calls, 1);
        QCOMPARE(result.error, Error::UnsupportedUrl);
        QVERIFY(!result.errorMessage.isEmpty());
        QCOMPARE(m_fetcher->inFlight(), 0);
        QCOMPARE(m_server.requestCount(), 0);
    }

    void inFlightCounts()
    {
        m_server.route("/slow", [](const HttpRequest &) {
            HttpResponse r = HttpResponse::ok("s");
            r.delayMs = 100;
            return r;
        });
        int calls = 0;
        for (int i = 0; i < 3; ++i)
            m_fetcher->fetch(request(QStringLiteral("/slow")), this,
                             [&](const FetchResult &res) { calls += res.ok() ? 1 : 100; });
        QCOMPARE(m_fetcher->inFlight(), 3);
        QTRY_COMPARE(calls, 3);
        QCOMPARE(m_fetcher->inFlight(), 0);
    }

    void noCallbackAfterContextDestroyed()
    {
        m_server.route("/late", [](const HttpRequest &) {
            HttpResponse r = HttpResponse::ok("late");
            r.delayMs = 200;
            return r;
        });
        auto context = std::make_unique<QObject>();
        int calls = 0;
        m_fetcher->fetch(request(QStringLiteral("/late")), context.get(),
                         [&](const FetchResult &) { ++calls; });
        QTRY_COMPARE(m_server.requestCount("/late"), 1);
        context.reset();
        QTRY_COMPARE(m_fetcher->inFlight(), 0); // abandoned, not leaked
        QTest::qWait(400);
        QCOMPARE(calls, 0);
    }

    void keepAliveReusesConnection()
    {
        m_server.route("/ka", [](const HttpRequest &) { return HttpResponse::ok("k"); });
        const int before = m_server.connectionCount();
        for (int i = 0; i < 3; ++i)
            QVERIFY(fetch(request(QStringLiteral("/ka")))->result.ok());
        QCOMPARE(m_server.requestCount("/ka"), 3);
        QCOMPARE(m_server.connectionCount() - before, 1);
    }
};

QTEST_GUILESS_MAIN(TstFetcher)
#include "tst_fetcher.moc"
