#include "FetchPolicy.h"

#include <QLocale>

namespace ichq::fetchpolicy {

bool isFetchableUrl(const QUrl &url)
{
    const QString scheme = url.scheme().toLower();
    return url.isValid() && !url.host().isEmpty() &&
           (scheme == QLatin1String("http") || scheme == QLatin1String("https"));
}

bool isRedirectStatus(int httpStatus)
{
    return httpStatus == 301 || httpStatus == 302 || httpStatus == 303 || httpStatus == 307 ||
           httpStatus == 308;
}

bool isRedirectAllowed(const QUrl &from, const QUrl &to)
{
    if (!isFetchableUrl(to))
        return false;
    const bool fromSecure = from.scheme().compare(QLatin1String("https"), Qt::CaseInsensitive) == 0;
    const bool toSecure = to.scheme().compare(QLatin1String("https"), Qt::CaseInsensitive) == 0;
    return !fromSecure || toSecure;
}

namespace {
QDateTime parseHttpDate(const QByteArray &value)
{
    // simplified() folds asctime's double space before a one-digit day.
    const QString text = QString::fromLatin1(value).simplified();
    const QLocale c = QLocale::c();
    const QString formats[] = {
        QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"), // IMF-fixdate, the one to send
        QStringLiteral("dddd, dd-MMM-yy HH:mm:ss 'GMT'"),  // obsolete RFC 850
        QStringLiteral("ddd MMM d HH:mm:ss yyyy"),         // obsolete asctime
    };
    for (const QString &format : formats) {
        const QDateTime local = c.toDateTime(text, format);
        if (local.isValid())
            return QDateTime(local.date(), local.time(), Qt::UTC);
    }
    const QDateTime rfc2822 = QDateTime::fromString(text, Qt::RFC2822Date);
    return rfc2822.isValid() ? rfc2822.toUTC() : QDateTime();
}
} // namespace

QDateTime parseRetryAfter(const QByteArray &value, const QDateTime &nowUtc)
{
    const QByteArray trimmed = value.trimmed();
    if (trimmed.isEmpty())
        return {};
    bool isNumber = false;
    const qint64 seconds = trimmed.toLongLong(&isNumber);
    if (isNumber) {
        // A week is already longer than any sensible wait; a huge value must not overflow.
        constexpr qint64 kMaxSeconds = 7 * 24 * 3600;
        return seconds < 0 ? QDateTime() : nowUtc.toUTC().addSecs(qMin(seconds, kMaxSeconds));
    }
    return parseHttpDate(trimmed);
}

} // namespace ichq::fetchpolicy
