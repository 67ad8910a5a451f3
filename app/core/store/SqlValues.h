#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QUrl>
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

// "<feedIdColumn> IN (SELECT id FROM feeds WHERE url IN (?, …))": the articles of these feeds,
// known by the address they are stored under. Appends the addresses to `values`.
inline QString inFeeds(const QString &feedIdColumn, const QList<QUrl> &feeds, QVariantList *values)
{
    QStringList marks;
    for (const QUrl &feed : feeds) {
        marks << QStringLiteral("?");
        *values << feed.toString(QUrl::FullyEncoded);
    }
    return feedIdColumn + QStringLiteral(" IN (SELECT id FROM feeds WHERE url IN (") +
           marks.join(QLatin1String(", ")) + QStringLiteral("))");
}

} // namespace ichq::sql
