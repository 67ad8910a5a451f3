#pragma once

#include <QByteArrayView>

namespace ichq {

// QByteArrayView in Qt 6.4 has no bounds-clamping mid().
inline QByteArrayView slice(QByteArrayView view, qsizetype pos, qsizetype length = -1)
{
    pos = qBound(qsizetype(0), pos, view.size());
    const qsizetype available = view.size() - pos;
    return view.sliced(pos, length < 0 || length > available ? available : length);
}

} // namespace ichq
