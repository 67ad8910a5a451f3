// The test server itself: it must keep answering while the test's thread blocks, serve
// pipelined requests in order, and frame bodies the way clients expect.

#include "TestHttpServer.h"

#include <QTcpSocket>
#include <QThread>
#include <QtTest>

#include <atomic>

using ichq::test::HttpRequest;
using ichq::test::HttpResponse;
using ichq::test::TestHttpServer;

namespace {
// Blocking client: only works because the server runs on its own thread.
QByteArray exchange(quint16 port, const QByteArray &raw, const QByteArray &until, int timeoutMs)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    if (!socket.waitForConnected(timeoutMs))
        return {};
    socket.write(raw);
    QByteArray received;
    while (!received.contains(until) && socket.waitForReadyRead(timeoutMs))
        received += socket.readAll();
    return received;
}
} // namespace

class TstTestHttpServer : public QObject
{
    Q_OBJECT

private slots:
    void pipelinedWhileMainThreadBlocks()
    {
        TestHttpServer server;
        QVERIFY(server.start());
        std::atomic<QThread *> handlerThread{nullptr};
        server.route("/echo", [&handlerThread](const HttpRequest &r) {
            handlerThread = QThread::currentThread();
            return HttpResponse::ok("got:" + r.query + ":" + r.body);
        });
        const QByteArray raw =
            "GET /echo?a=1 HTTP/1.1\r\nHost: x\r\n\r\n"
            "POST /echo?b=2 HTTP/1.1\r\nHost: x\r\nContent-Length: 4\r\n\r\nbody";
        const QByteArray got = exchange(server.port(), raw, "got:b=2:body", 3000);
        QVERIFY2(got.contains("got:a=1:"), got);
        QVERIFY2(got.indexOf("got:a=1:") < got.indexOf("got:b=2:body"), got);
        QVERIFY(handlerThread.load() != nullptr);
        QVERIFY(handlerThread.load() != QThread::currentThread());
        QCOMPARE(server.requestCount("/echo"), 2);
        QCOMPARE(server.connectionCount(), 1);
        const QList<HttpRequest> log = server.requests();
        QCOMPARE(log.size(), 2);
        QCOMPARE(log.at(1).method, QByteArray("POST"));
        QCOMPARE(log.at(1).header("content-length"), QByteArray("4"));
        QCOMPARE(log.at(1).body, QByteArray("body"));
    }

    void chunkedFraming()
    {
        TestHttpServer server;
        QVERIFY(server.start());
        server.route("/c", [](const HttpRequest &) {
            HttpResponse r = HttpResponse::ok("abc");
            r.chunked = true;
            return r;
        });
        const QByteArray got =
            exchange(server.port(), "GET /c HTTP/1.1\r\nHost: x\r\n\r\n", "0\r\n\r\n", 3000);
        QVERIFY2(got.contains("Transfer-Encoding: chunked\r\n"), got);
        QVERIFY2(got.endsWith("\r\n\r\n3\r\nabc\r\n0\r\n\r\n"), got);
        QVERIFY(!got.contains("Content-Length"));
    }

    void fallbackAndCounters()
    {
        TestHttpServer server;
        QVERIFY(server.start());
        QByteArray got = exchange(server.port(), "GET /none HTTP/1.1\r\nConnection: close\r\n\r\n",
                                  "not found", 3000);
        QVERIFY2(got.startsWith("HTTP/1.1 404 "), got);
        QVERIFY(got.contains("Connection: close"));
        server.setFallback([](const HttpRequest &) { return HttpResponse::withStatus(418, "t"); });
        got = exchange(server.port(), "GET /x HTTP/1.1\r\n\r\n", "\r\n\r\nt", 3000);
        QVERIFY2(got.startsWith("HTTP/1.1 418 "), got);
        QCOMPARE(server.requestCount(), 2);
        QCOMPARE(server.lastRequest().path, QByteArray("/x"));
        server.clearRequests();
        QCOMPARE(server.requestCount(), 0);
        QVERIFY(server.requests().isEmpty());
    }

    void stopClosesStalledConnections()
    {
        TestHttpServer server;
        QVERIFY(server.start());
        server.route("/stall", [](const HttpRequest &) {
            HttpResponse r = HttpResponse::ok("0123456789");
            r.stallAfterBytes = 3;
            return r;
        });
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, server.port());
        QVERIFY(socket.waitForConnected(3000));
        socket.write("GET /stall HTTP/1.1\r\n\r\n");
        QByteArray got;
        while (!got.endsWith("012") && socket.waitForReadyRead(3000))
            got += socket.readAll();
        QVERIFY2(got.endsWith("\r\n\r\n012"), got);
        QVERIFY(!socket.waitForReadyRead(100)); // stalled
        server.stop();
        QVERIFY(!server.isRunning());
        QVERIFY(socket.state() == QAbstractSocket::UnconnectedState ||
                socket.waitForDisconnected(3000));
        QVERIFY(server.start()); // restartable
        QVERIFY(server.port() != 0);
    }

    void urlAndGzip()
    {
        TestHttpServer server;
        QVERIFY(server.start());
        QCOMPARE(server.url(QStringLiteral("feed?x=1")).toString(),
                 QStringLiteral("http://127.0.0.1:%1/feed?x=1").arg(server.port()));
        const QByteArray gz = ichq::test::gzipCompress(QByteArray(1000, 'a'));
        QVERIFY(gz.startsWith("\x1f\x8b")); // gzip magic, not zlib's
        QVERIFY(gz.size() < 100);
    }
};

QTEST_GUILESS_MAIN(TstTestHttpServer)
#include "tst_testhttpserver.moc"
