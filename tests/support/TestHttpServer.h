#pragma once

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QPair>
#include <QUrl>

#include <functional>
#include <memory>

namespace ichq::test {

struct HttpRequest
{
    QByteArray method;
    QByteArray path;                      // without the query
    QByteArray query;                     // after '?', still percent-encoded; empty when none
    QMap<QByteArray, QByteArray> headers; // names in lower case; repeated headers joined by ", "
    QByteArray body;

    QByteArray header(const QByteArray &lowerCaseName) const
    {
        return headers.value(lowerCaseName);
    }
};

struct HttpResponse
{
    int status = 200;
    QList<QPair<QByteArray, QByteArray>> headers; // a Content-Length given here is sent as is
    QByteArray body;

    int delayMs = 0;          // wait before answering
    int stallAfterBytes = -1; // send this many payload bytes, then keep the socket open, silent
    int trickleMs = 0;        // > 0: send trickleBytes of payload every trickleMs
    int trickleBytes = 1;
    bool closeWithoutAnswer = false; // close the connection instead of answering
    bool gzip = false;               // gzip the body and add Content-Encoding: gzip
    bool chunked = false;            // Transfer-Encoding: chunked instead of Content-Length

    static HttpResponse ok(const QByteArray &body,
                           const QByteArray &contentType = QByteArrayLiteral("text/plain"));
    static HttpResponse withStatus(int status, const QByteArray &body = {});
    HttpResponse &header(const QByteArray &name, const QByteArray &value);
};

// gzip (RFC 1952) framing around zlib's deflate; qCompress writes zlib framing, which HTTP
// clients do not accept as Content-Encoding: gzip.
QByteArray gzipCompress(const QByteArray &data, int level = 6);

// An HTTP/1.1 server on 127.0.0.1 running in its own thread, so a test may block its main thread
// (QProcess::waitForFinished) while a child process or QNAM talks to it. Keep-alive and pipelined
// requests are served in order. Handlers run on the server thread; keep them free of test
// assertions (QVERIFY only works on the test's thread) and of shared state without a lock.
// Not supported: chunked request bodies (answered 501), HEAD semantics, TLS.
class TestHttpServer
{
public:
    using Handler = std::function<HttpResponse(const HttpRequest &)>;

    TestHttpServer();
    ~TestHttpServer(); // stops
    TestHttpServer(const TestHttpServer &) = delete;
    TestHttpServer &operator=(const TestHttpServer &) = delete;

    // Listens on 127.0.0.1; port 0 picks a free one. Returns false if listening failed.
    bool start(quint16 port = 0);
    // Closes the listener and every connection (stalled ones included); idempotent.
    void stop();
    bool isRunning() const;

    quint16 port() const;
    QUrl url(const QString &pathAndQuery) const; // http://127.0.0.1:port/pathAndQuery

    // Exact path match (no query). Routes may be changed while the server runs.
    void route(const QByteArray &path, Handler handler);
    void removeRoute(const QByteArray &path);
    void setFallback(Handler handler); // used when no route matches; default answers 404

    // Counters and the log are kept for every request that was parsed, before its handler runs.
    int requestCount(const QByteArray &path = {}) const;
    QList<HttpRequest> requests() const;
    HttpRequest lastRequest(const QByteArray &path = {}) const; // empty request when none
    void clearRequests();                                       // counters too
    // Long benchmark runs: stop keeping requests (counters still count).
    void setLogRequests(bool on);

    // Number of TCP connections accepted so far (to observe keep-alive).
    int connectionCount() const;

    struct Private;

private:
    std::unique_ptr<Private> d;
};

} // namespace ichq::test
