#pragma once

#include <QByteArray>
#include <QIODevice>

namespace ichq {

// The body of one POST, readable once. Qt replays a rewindable body (a QByteArray, a QBuffer) on
// its own when the connection drops before the answer: the server may already have the message,
// and the attempt becomes two or three POSTs. A body that cannot be rewound once read makes Qt
// report the drop instead (ContentReSendError), and the sender decides when to try again.
// Sequential, so with DoNotBufferUploadDataAttribute and a Content-Length Qt keeps no copy.
class OneShotBody : public QIODevice
{
public:
    explicit OneShotBody(const QByteArray &data, QObject *parent = nullptr);

    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override;
    // Succeeds only while no byte was read: a replay then cannot post the message twice.
    bool reset() override;

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *data, qint64 maxSize) override;

private:
    QByteArray m_data;
    qint64 m_read = 0;
};

} // namespace ichq
