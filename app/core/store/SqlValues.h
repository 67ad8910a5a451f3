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

// An article's HTML (body_html, page_html) is kept zlib-compressed, as a BLOB: it is a large
// part of the store, and compresses to about half (0.50 for bench_store's feed; real article
// pages 0.34-0.52). Empty stays '' ("page_html != ''" means a page is kept). A row written as
// TEXT, before, reads as it is.
inline QVariant html(const QString &value)
{
    // Level 1 was 0.52 and took 0.30 s for the 16.6 MB of a 5,000-item feed; 6, 0.50 and 0.42 s,
    // spent on the sanitizing workers (ArticlePreparer), off the store's thread.
    constexpr int kCompression = 6;
    return value.isEmpty() ? text(value) : QVariant(qCompress(value.toUtf8(), kCompression));
}

inline QString htmlFrom(const QVariant &stored)
{
    if (stored.typeId() == QMetaType::QByteArray)
        return QString::fromUtf8(qUncompress(stored.toByteArray()));
    return stored.toString();
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
