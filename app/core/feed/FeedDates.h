#pragma once

#include <QDateTime>
#include <QStringView>

namespace ichq {

// Parses the date forms found in feeds and returns the instant in UTC (Qt::UTC), or an invalid
// QDateTime when the text is not a date.
//  - RFC 822 / 2822 as used by RSS, tolerantly: optional (full or short) day name, full or short
//    month names, missing seconds, two-digit years (< 50 means 20xx), extra whitespace and commas,
//    named zones (UT, GMT, UTC, Z, EST/EDT, CST/CDT, MST/MDT, PST/PDT and a few more), RFC 822
//    military letters (A..M = -1..-12 h, N..Y = +1..+12 h, as RFC 822 wrote them), +hhmm offsets.
//  - RFC 3339 / ISO 8601 / W3C-DTF: YYYY, YYYY-MM, YYYY-MM-DD, 'T' or space before the time,
//    optional seconds and fraction, Z or +hh:mm / +hhmm / +hh.
// A time without a zone is taken as UTC; a date without a time is midnight UTC.
QDateTime parseFeedDate(QStringView text);

} // namespace ichq
