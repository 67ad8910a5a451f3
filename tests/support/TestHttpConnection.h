#pragma once

// Internal to TestHttpServer: the shared, locked state and one object per TCP connection.

#include "TestHttpServer.h"

#include <QHash>
#include <QMutex>
#include <QObject>

class QTcpSocket;

namespace ichq::test::detail {

// Touched by the test's thread (routes, counters) and the server thread (dispatch): one lock.
struct ServerState
{
    mutable QMutex mutex;
    QHash<QByteArray, TestHttpServer::Handler> routes;
    TestHttpServer::Handler fallback;
    QList<HttpRequest> log;
    QHash<QByteArray, int> countByPath;
    int total = 0;
    int connections = 0;
    bool logRequests = true;

    // Records the request, then runs its handler outside the lock so a slow handler does not
    // block the test's queries.
    HttpResponse dispatch(const HttpRequest &request);
};

// Lives on the server thread; parses requests in order and writes one response at a time.
class HttpConnection : public QObject
{
public:
    HttpConnection(QTcpSocket *socket, ServerState *state, QObject *parent);

private:
    enum class Parse { Incomplete, Complete, Bad };

    void onReadyRead();
    void processNext();
    Parse parseRequest(HttpRequest &request);
    void startResponse(const HttpResponse &response);
    QByteArray buildHead(const HttpResponse &response, bool hasBody) const;
    void pump();
    void writePiece(const QByteArray &piece);
    void finishResponse();
    void sendError(int status);

    QTcpSocket *m_socket;
    ServerState *m_state;
    QByteArray m_in;
    bool m_busy = false; // a response is being delayed, written or is stalled
    bool m_closeAfterResponse = false;
    bool m_pumping = false;

    // The response being written.
    QByteArray m_payload;
    qint64 m_sent = 0;
    qint64 m_stopAt = -1;
    bool m_chunked = false;
    int m_trickleMs = 0;
    int m_trickleBytes = 1;
};

QByteArray reasonPhrase(int status);

} // namespace ichq::test::detail
