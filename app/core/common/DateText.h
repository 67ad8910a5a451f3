#pragma once

#include <QDateTime>
#include <QLocale>

namespace ichq {

// Dates and times as the reader's locale writes them, without seconds: some locales' "short"
// time formats (C, for one) keep them, and a news list has no use for them.
QString shortTimeText(const QTime &time, const QLocale &locale = QLocale());
QString listDateText(const QDateTime &when); // "3 Oct 2026 01:50"
QString savedAtText(const QDateTime &when);  // "Friday, 27 November 2026 at 21:38"

} // namespace ichq
