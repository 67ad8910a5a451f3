#include "DateText.h"

#include <QCoreApplication>
#include <QLocale>

namespace ichq {

namespace {

QString withoutSeconds(QString format)
{
    format.remove(QStringLiteral(":ss"));
    format.remove(QStringLiteral(".ss"));
    return format;
}

} // namespace

QString shortTimeText(const QTime &time, const QLocale &locale)
{
    return locale.toString(time, withoutSeconds(locale.timeFormat(QLocale::ShortFormat)));
}

QString listDateText(const QDateTime &when)
{
    const QDateTime local = when.toLocalTime();
    const QLocale locale;
    return locale.toString(local.date(), QLocale::ShortFormat) + QLatin1Char(' ') +
           shortTimeText(local.time());
}

QString savedAtText(const QDateTime &when)
{
    const QDateTime local = when.toLocalTime();
    //: A date and a time, e.g. "Friday, 27 November 2026 at 21:38"
    return QCoreApplication::translate("DateText", "%1 at %2")
        .arg(QLocale().toString(local.date(), QLocale::LongFormat), shortTimeText(local.time()));
}

} // namespace ichq
