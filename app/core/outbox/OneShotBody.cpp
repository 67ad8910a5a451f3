#include "OneShotBody.h"

#include <cstring>

namespace ichq {

OneShotBody::OneShotBody(const QByteArray &data, QObject *parent) : QIODevice(parent), m_data(data)
{
    // Unbuffered: what Qt has read is exactly what may be on the wire, which reset() relies on.
    open(QIODevice::ReadOnly | QIODevice::Unbuffered);
}

qint64 OneShotBody::bytesAvailable() const
{
    return m_data.size() - m_read + QIODevice::bytesAvailable();
}

bool OneShotBody::reset()
{
    return m_read == 0;
}

qint64 OneShotBody::readData(char *data, qint64 maxSize)
{
    if (m_read >= m_data.size())
        return -1; // the end of a sequential device
    const qint64 n = qMin(maxSize, qint64(m_data.size()) - m_read);
    std::memcpy(data, m_data.constData() + m_read, size_t(n));
    m_read += n;
    return n;
}

qint64 OneShotBody::writeData(const char *, qint64)
{
    return -1;
}

} // namespace ichq
