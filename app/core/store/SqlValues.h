#pragma once

#include <QDateTime>
#include <QString>
#include <QVariant>

namespace ichq::sql {

// Qt binds a null QString as SQL NULL; the schema keeps text NOT NULL DEFAULT ''.
inline QVariant text(const QString &value)
{
    return value.isNull() ? QVariant(QString(QLatin1String(""))) : QVariant(value);
}

inline QVariant epochOrNull(const QDateTime &time)
{
    return time.isValid() ? QVariant(time.toSecsSinceEpoch())
                          : QVariant(QMetaType(QMetaType::LongLong));
}

inline QDateTime fromEpoch(const QVariant &value)
{
    return value.isNull() ? QDateTime()
                          : QDateTime::fromSecsSinceEpoch(value.toLongLong(), Qt::UTC);
}

} // namespace ichq::sql
