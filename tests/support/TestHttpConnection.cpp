#include "TestHttpConnection.h"

#include <QTcpSocket>
#include <QTimer>

namespace ichq::test::detail {

namespace {
constexpr int kMaxHeadBytes = 64 * 1024;
// Enough to keep the socket busy without copying a large body into its buffer at once.
constexpr qint64 kWriteWindow = 256 * 1024;
constexpr qint64 kPieceBytes = 64 * 1024;

bool hasHeader(const HttpResponse &response, const QByteArray &lowerName)
{
    for (const auto &header : response.headers) {
        if (header.first.toLower() == lowerName)
            return true;
    }
    return false;
}
} // namespace

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return QByteArrayLiteral("OK");
    case 204:
        return QByteArrayLiteral("No Content");
    case 301:
        return QByteArrayLiteral("Moved Permanently");
    case 302:
        return QByteArrayLiteral("Found");
    case 303:
        return QByteArrayLiteral("See Other");
    case 304:
        return QByteArrayLiteral("Not Modified");
    case 307:
        return QByteArrayLiteral("Temporary Redirect");
    case 308:
        return QByteArrayLiteral("Permanent Redirect");
    case 400:
        return QByteArrayLiteral("Bad Request");
    case 403:
        return QByteArrayLiteral("Forbidden");
    case 404:
        return QByteArrayLiteral("Not Found");
    case 429:
        return QByteArrayLiteral("Too Many Requests");
    case 500:
        return QByteArrayLiteral("Internal Server Error");
    case 501:
        return QByteArrayLiteral("Not Implemented");
    case 503:
        return QByteArrayLiteral("Service Unavailable");
    default:
        return QByteArrayLiteral("Status");
    }
}

HttpResponse ServerState::dispatch(const HttpRequest &request)
{
    TestHttpServer::Handler handler;
    {
        QMutexLocker lock(&mutex);
        ++total;
        ++countByPath[request.path];
        if (logRequests)
            log.append(request);
        handler = routes.value(request.path, fallback);
    }
    if (handler)
        return handler(request);
    return HttpResponse::withStatus(404, QByteArrayLiteral("not found"));
}

HttpConnection::HttpConnection(QTcpSocket *socket, ServerState *state, QObject *parent)
    : QObject(parent), m_socket(socket), m_state(state)
{
    m_socket->setParent(this);
    connect(m_socket, &QTcpSocket::readyRead, this, &HttpConnection::onReadyRead);
    connect(m_socket, &QTcpSocket::bytesWritten, this, [this] {
        if (m_busy && m_trickleMs <= 0)
            pump();
    });
    connect(m_socket, &QTcpSocket::disconnected, this, &QObject::deleteLater);
    {
        QMutexLocker lock(&m_state->mutex);
        ++m_state->connections;
    }
    onReadyRead(); // bytes may have arrived before the connections were made
}

void HttpConnection::onReadyRead()
{
    m_in.append(m_socket->readAll());
    processNext();
}

void HttpConnection::processNext()
{
    if (m_busy || m_socket->state() != QAbstractSocket::ConnectedState)
        return;
    HttpRequest request;
    switch (parseRequest(request)) {
    case Parse::Incomplete:
        return;
    case Parse::Bad:
        sendError(400);
        return;
    case Parse::Complete:
        break;
    }
    m_busy = true;
    if (request.header(QByteArrayLiteral("transfer-encoding")).toLower().contains("chunked")) {
        sendError(501);
        return;
    }
    const HttpResponse response = m_state->dispatch(request);
    if (response.delayMs > 0)
        QTimer::singleShot(response.delayMs, this, [this, response] { startResponse(response); });
    else
        startResponse(response);
}

HttpConnection::Parse HttpConnection::parseRequest(HttpRequest &request)
{
    const qsizetype headEnd = m_in.indexOf("\r\n\r\n");
    if (headEnd < 0)
        return m_in.size() > kMaxHeadBytes ? Parse::Bad : Parse::Incomplete;
    const QList<QByteArray> lines = m_in.left(headEnd).split('\n');
    const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
    if (requestLine.size() != 3 || !requestLine.at(2).startsWith("HTTP/1."))
        return Parse::Bad;
    request.method = requestLine.at(0);
    const QByteArray target = requestLine.at(1);
    const qsizetype q = target.indexOf('?');
    request.path = q < 0 ? target : target.left(q);
    request.query = q < 0 ? QByteArray() : target.mid(q + 1);
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            return Parse::Bad;
        const QByteArray name = line.left(colon).trimmed().toLower();
        const QByteArray value = line.mid(colon + 1).trimmed();
        auto it = request.headers.find(name);
        if (it == request.headers.end())
            request.headers.insert(name, value);
        else
            it.value() += ", " + value;
    }
    bool okLength = true;
    const QByteArray lengthText = request.header(QByteArrayLiteral("content-length"));
    const qint64 length = lengthText.isEmpty() ? 0 : lengthText.toLongLong(&okLength);
    if (!okLength || length < 0)
        return Parse::Bad;
    if (m_in.size() < headEnd + 4 + length)
        return Parse::Incomplete;
    request.body = m_in.mid(headEnd + 4, length);
    m_in.remove(0, headEnd + 4 + length);

    const QByteArray connection = request.header(QByteArrayLiteral("connection")).toLower();
    m_closeAfterResponse = connection.contains("close") ||
                           (requestLine.at(2) == "HTTP/1.0" && !connection.contains("keep-alive"));
    return Parse::Complete;
}

void HttpConnection::startResponse(const HttpResponse &response)
{
    if (response.closeWithoutAnswer) {
        m_socket->disconnectFromHost();
        return;
    }
    // RFC 9110: these statuses never carry a body, and clients do not read one.
    const bool hasBody = response.status != 204 && response.status != 304 &&
                         (response.status < 100 || response.status >= 200);
    m_payload = !hasBody        ? QByteArray()
                : response.gzip ? gzipCompress(response.body)
                                : response.body;
    m_sent = 0;
    m_stopAt = response.stallAfterBytes;
    m_chunked = response.chunked && hasBody;
    m_trickleMs = response.trickleMs;
    m_trickleBytes = qMax(1, response.trickleBytes);
    m_socket->write(buildHead(response, hasBody));
    if (hasBody) {
        pump();
    } else if (m_stopAt < 0) {
        finishResponse();
    }
}

QByteArray HttpConnection::buildHead(const HttpResponse &response, bool hasBody) const
{
    QByteArray head = "HTTP/1.1 " + QByteArray::number(response.status) + ' ' +
                      reasonPhrase(response.status) + "\r\n";
    for (const auto &header : response.headers)
        head += header.first + ": " + header.second + "\r\n";
    if (hasBody) {
        if (response.gzip && !hasHeader(response, "content-encoding"))
            head += "Content-Encoding: gzip\r\n";
        if (m_chunked)
            head += "Transfer-Encoding: chunked\r\n";
        else if (!hasHeader(response, "content-length"))
            head += "Content-Length: " + QByteArray::number(m_payload.size()) + "\r\n";
    }
    if (m_closeAfterResponse)
        head += "Connection: close\r\n";
    return head + "\r\n";
}

// Writes the payload in pieces: all at once within a write window, one piece per tick when
// trickling, and nothing past the stall point.
void HttpConnection::pump()
{
    if (m_pumping)
        return;
    m_pumping = true;
    while (m_busy) {
        if (m_stopAt >= 0 && m_sent >= m_stopAt)
            break; // stalled: the connection stays open and silent until the client gives up
        if (m_sent >= m_payload.size()) {
            if (m_chunked)
                m_socket->write("0\r\n\r\n");
            finishResponse();
            break;
        }
        if (m_trickleMs <= 0 && m_socket->bytesToWrite() > kWriteWindow)
            break; // resumed by bytesWritten
        qint64 n = m_trickleMs > 0 ? m_trickleBytes : kPieceBytes;
        n = qMin(n, m_payload.size() - m_sent);
        if (m_stopAt >= 0)
            n = qMin(n, m_stopAt - m_sent);
        writePiece(m_payload.mid(m_sent, n));
        m_sent += n;
        if (m_trickleMs > 0 && m_sent < m_payload.size()) {
            QTimer::singleShot(m_trickleMs, this, [this] { pump(); });
            break;
        }
    }
    m_pumping = false;
}

void HttpConnection::writePiece(const QByteArray &piece)
{
    if (m_chunked)
        m_socket->write(QByteArray::number(piece.size(), 16) + "\r\n" + piece + "\r\n");
    else
        m_socket->write(piece);
}

void HttpConnection::finishResponse()
{
    m_busy = false;
    m_payload.clear();
    if (m_closeAfterResponse) {
        m_socket->disconnectFromHost();
        return;
    }
    // Queued, so a long pipeline does not recurse.
    QMetaObject::invokeMethod(
        this, [this] { processNext(); }, Qt::QueuedConnection);
}

void HttpConnection::sendError(int status)
{
    m_busy = true;
    m_closeAfterResponse = true; // the stream position is unknown after a bad request
    startResponse(HttpResponse::withStatus(status, reasonPhrase(status)));
}

} // namespace ichq::test::detail
