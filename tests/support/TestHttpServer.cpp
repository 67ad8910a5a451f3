#include "TestHttpServer.h"

#include "TestHttpConnection.h"

#include <QHostAddress>
#include <QTcpServer>
#include <QThread>

#include <zlib.h>

#include <atomic>

namespace ichq::test {

using detail::HttpConnection;
using detail::ServerState;

HttpResponse HttpResponse::ok(const QByteArray &body, const QByteArray &contentType)
{
    HttpResponse response;
    response.body = body;
    response.headers.append({QByteArrayLiteral("Content-Type"), contentType});
    return response;
}

HttpResponse HttpResponse::withStatus(int status, const QByteArray &body)
{
    HttpResponse response;
    response.status = status;
    response.body = body;
    return response;
}

HttpResponse &HttpResponse::header(const QByteArray &name, const QByteArray &value)
{
    headers.append({name, value});
    return *this;
}

QByteArray gzipCompress(const QByteArray &data, int level)
{
    z_stream stream{};
    // 15 + 16: the largest window, with a gzip header and trailer instead of zlib's.
    if (deflateInit2(&stream, level, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY) != Z_OK)
        return {};
    QByteArray out;
    out.resize(qsizetype(deflateBound(&stream, uLong(data.size()))));
    stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.constData()));
    stream.avail_in = uInt(data.size());
    stream.next_out = reinterpret_cast<Bytef *>(out.data());
    stream.avail_out = uInt(out.size());
    const int rc = deflate(&stream, Z_FINISH);
    out.resize(qsizetype(stream.total_out));
    deflateEnd(&stream);
    return rc == Z_STREAM_END ? out : QByteArray();
}

struct TestHttpServer::Private
{
    ServerState state;
    QThread *thread = nullptr;
    QObject *anchor = nullptr;      // lives on the server thread; parent of the listener
    QTcpServer *listener = nullptr; // created, used and deleted on the server thread
    std::atomic<quint16> port{0};
};

TestHttpServer::TestHttpServer() : d(std::make_unique<Private>()) {}

TestHttpServer::~TestHttpServer()
{
    stop();
}

bool TestHttpServer::start(quint16 port)
{
    if (d->thread)
        return true;
    d->thread = new QThread;
    d->thread->setObjectName(QStringLiteral("TestHttpServer"));
    d->anchor = new QObject;
    d->anchor->moveToThread(d->thread);
    // The anchor is deleted on its own thread once its event loop has ended.
    QObject::connect(d->thread, &QThread::finished, d->anchor, &QObject::deleteLater);
    d->thread->start();

    bool listening = false;
    Private *p = d.get();
    QMetaObject::invokeMethod(
        d->anchor,
        [p, port, &listening] {
            p->listener = new QTcpServer(p->anchor);
            QObject::connect(p->listener, &QTcpServer::newConnection, p->listener, [p] {
                while (QTcpSocket *socket = p->listener->nextPendingConnection())
                    new HttpConnection(socket, &p->state, p->listener);
            });
            listening = p->listener->listen(QHostAddress::LocalHost, port);
            p->port = listening ? p->listener->serverPort() : 0;
        },
        Qt::BlockingQueuedConnection);
    if (!listening)
        stop();
    return listening;
}

void TestHttpServer::stop()
{
    if (!d->thread)
        return;
    Private *p = d.get();
    // Deleting the listener deletes every connection (its children) and their sockets, on the
    // thread that owns them; stalled clients see the connection close.
    QMetaObject::invokeMethod(
        d->anchor,
        [p] {
            delete p->listener;
            p->listener = nullptr;
        },
        Qt::BlockingQueuedConnection);
    d->thread->quit();
    d->thread->wait();
    delete d->thread;
    d->thread = nullptr;
    d->anchor = nullptr;
    d->port = 0;
}

bool TestHttpServer::isRunning() const
{
    return d->thread != nullptr;
}

quint16 TestHttpServer::port() const
{
    return d->port;
}

QUrl TestHttpServer::url(const QString &pathAndQuery) const
{
    QString rest = pathAndQuery;
    if (!rest.startsWith(QLatin1Char('/')))
        rest.prepend(QLatin1Char('/'));
    return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(port()).arg(rest));
}

void TestHttpServer::route(const QByteArray &path, Handler handler)
{
    QMutexLocker lock(&d->state.mutex);
    d->state.routes.insert(path, std::move(handler));
}

void TestHttpServer::removeRoute(const QByteArray &path)
{
    QMutexLocker lock(&d->state.mutex);
    d->state.routes.remove(path);
}

void TestHttpServer::setFallback(Handler handler)
{
    QMutexLocker lock(&d->state.mutex);
    d->state.fallback = std::move(handler);
}

int TestHttpServer::requestCount(const QByteArray &path) const
{
    QMutexLocker lock(&d->state.mutex);
    return path.isEmpty() ? d->state.total : d->state.countByPath.value(path);
}

QList<HttpRequest> TestHttpServer::requests() const
{
    QMutexLocker lock(&d->state.mutex);
    return d->state.log;
}

HttpRequest TestHttpServer::lastRequest(const QByteArray &path) const
{
    QMutexLocker lock(&d->state.mutex);
    for (auto it = d->state.log.crbegin(); it != d->state.log.crend(); ++it) {
        if (path.isEmpty() || it->path == path)
            return *it;
    }
    return {};
}

void TestHttpServer::clearRequests()
{
    QMutexLocker lock(&d->state.mutex);
    d->state.log.clear();
    d->state.countByPath.clear();
    d->state.total = 0;
}

void TestHttpServer::setLogRequests(bool on)
{
    QMutexLocker lock(&d->state.mutex);
    d->state.logRequests = on;
}

int TestHttpServer::connectionCount() const
{
    QMutexLocker lock(&d->state.mutex);
    return d->state.connections;
}

} // namespace ichq::test
