#include "FeedDates.h"

#include <array>

namespace ichq {

namespace {

bool isDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

bool isAsciiLetter(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
}

// Reads a run of digits (at most maxDigits); returns the value and how many digits were read.
int readNumber(QStringView s, qsizetype &pos, int maxDigits, int *count = nullptr)
{
    int value = 0;
    int n = 0;
    while (pos < s.size() && n < maxDigits && isDigit(s[pos])) {
        value = value * 10 + (s[pos].unicode() - u'0');
        ++pos;
        ++n;
    }
    if (count)
        *count = n;
    return n == 0 ? -1 : value;
}

int readExactly(QStringView s, qsizetype &pos, int n)
{
    int count = 0;
    const int value = readNumber(s, pos, n, &count);
    return count == n ? value : -1;
}

struct Fields
{
    int year = -1;
    int month = -1;
    int day = -1;
    int hour = 0;
    int minute = 0;
    int second = 0;
    int msec = 0;
    int offsetSeconds = 0;
};

QDateTime toUtc(const Fields &f)
{
    const QDate date(f.year, f.month, f.day);
    if (!date.isValid() || f.hour < 0 || f.hour > 23 || f.minute < 0 || f.minute > 59 ||
        f.second < 0 || f.second > 60)
        return {};
    // A leap second cannot be represented; the second before it is close enough for a feed.
    const QTime time(f.hour, f.minute, qMin(f.second, 59), f.msec);
    return QDateTime(date, time, Qt::UTC).addSecs(-f.offsetSeconds);
}

// "+hh:mm", "+hhmm" or "+hh" at pos (sign included); false when malformed.
bool readNumericOffset(QStringView s, qsizetype &pos, int &offsetSeconds)
{
    const int sign = s[pos] == u'-' ? -1 : 1;
    ++pos;
    const int hours = readExactly(s, pos, 2);
    if (hours < 0)
        return false;
    int minutes = 0;
    if (pos < s.size() && s[pos] == u':')
        ++pos;
    if (pos < s.size() && isDigit(s[pos]))
        minutes = readExactly(s, pos, 2);
    if (minutes < 0 || minutes > 59 || hours > 23)
        return false;
    offsetSeconds = sign * (hours * 3600 + minutes * 60);
    return true;
}

// hh:mm[:ss[.fraction]]
bool readTime(QStringView s, qsizetype &pos, Fields &f)
{
    f.hour = readNumber(s, pos, 2);
    if (f.hour < 0 || pos >= s.size() || s[pos] != u':')
        return false;
    ++pos;
    f.minute = readExactly(s, pos, 2);
    if (f.minute < 0)
        return false;
    if (pos < s.size() && s[pos] == u':') {
        ++pos;
        f.second = readExactly(s, pos, 2);
        if (f.second < 0)
            return false;
        if (pos + 1 < s.size() && (s[pos] == u'.' || s[pos] == u',') && isDigit(s[pos + 1])) {
            ++pos;
            int scale = 100;
            for (; pos < s.size() && isDigit(s[pos]); ++pos, scale /= 10)
                f.msec += (s[pos].unicode() - u'0') * scale;
        }
    }
    return true;
}

QDateTime parseIso8601(QStringView s)
{
    Fields f;
    qsizetype pos = 0;
    f.year = readExactly(s, pos, 4);
    f.month = 1;
    f.day = 1;
    if (pos < s.size() && s[pos] == u'-') {
        ++pos;
        f.month = readExactly(s, pos, 2);
        if (pos < s.size() && s[pos] == u'-') {
            ++pos;
            f.day = readExactly(s, pos, 2);
        }
    }
    if (pos < s.size()) {
        const QChar sep = s[pos];
        if (sep != u'T' && sep != u't' && sep != u' ')
            return {};
        while (pos < s.size() && (s[pos] == u'T' || s[pos] == u't' || s[pos].isSpace()))
            ++pos;
        if (!readTime(s, pos, f))
            return {};
        while (pos < s.size() && s[pos].isSpace())
            ++pos;
        if (pos < s.size() && (s[pos] == u'Z' || s[pos] == u'z')) {
            ++pos;
        } else if (pos < s.size() && (s[pos] == u'+' || s[pos] == u'-')) {
            if (!readNumericOffset(s, pos, f.offsetSeconds))
                return {};
        }
        while (pos < s.size() && s[pos].isSpace())
            ++pos;
    }
    if (pos != s.size())
        return {};
    return toUtc(f);
}

constexpr std::array<const char *, 12> kMonths = {"january",   "february", "march",    "april",
                                                  "may",       "june",     "july",     "august",
                                                  "september", "october",  "november", "december"};
constexpr std::array<const char *, 7> kDays = {"monday", "tuesday",  "wednesday", "thursday",
                                               "friday", "saturday", "sunday"};

struct NamedZone
{
    const char *name;
    int hours;
};

// RFC 822 names plus a few that real feeds use.
constexpr NamedZone kZones[] = {
    {"ut", 0},   {"utc", 0},  {"gmt", 0},  {"z", 0},    {"est", -5}, {"edt", -4}, {"cst", -6},
    {"cdt", -5}, {"mst", -7}, {"mdt", -6}, {"pst", -8}, {"pdt", -7}, {"ast", -4}, {"adt", -3},
    {"bst", 1},  {"cet", 1},  {"cest", 2}, {"met", 1},  {"eet", 2},  {"jst", 9},  {"hkt", 8},
};

// Index of the name `word` abbreviates (at least three letters), or -1.
template <size_t N> int matchName(const QString &word, const std::array<const char *, N> &names)
{
    if (word.size() < 3)
        return -1;
    for (size_t i = 0; i < N; ++i) {
        if (QLatin1String(names[i]).startsWith(word))
            return int(i);
    }
    return -1;
}

bool zoneOffset(const QString &word, int &hours)
{
    for (const NamedZone &zone : kZones) {
        if (word == QLatin1String(zone.name)) {
            hours = zone.hours;
            return true;
        }
    }
    if (word.size() != 1 || word[0] == u'j')
        return false;
    const char16_t c = word[0].unicode();
    if (c >= u'a' && c <= u'i')
        hours = -(c - u'a' + 1);
    else if (c >= u'k' && c <= u'm')
        hours = -(c - u'k' + 10);
    else if (c >= u'n' && c <= u'y')
        hours = c - u'n' + 1;
    else
        hours = 0; // 'z'
    return true;
}

struct Rfc822State
{
    Fields f;
    bool haveTime = false;
    bool haveZone = false;
    int yearDigits = 0;
    int meridiem = 0; // +1 pm, -1 am
};

bool takeWord(const QString &word, Rfc822State &st)
{
    const int month = matchName(word, kMonths);
    if (month >= 0 && st.f.month < 0) {
        st.f.month = month + 1;
        return true;
    }
    if (matchName(word, kDays) >= 0)
        return true;
    if (word == QLatin1String("am") || word == QLatin1String("pm")) {
        st.meridiem = word == QLatin1String("pm") ? 1 : -1;
        return true;
    }
    int hours = 0;
    if (!st.haveZone && zoneOffset(word, hours)) {
        st.haveZone = true;
        st.f.offsetSeconds = hours * 3600;
        return true;
    }
    return false;
}

bool takeNumber(QStringView s, qsizetype &pos, Rfc822State &st)
{
    const qsizetype start = pos;
    int count = 0;
    const int value = readNumber(s, pos, 9, &count);
    if (pos < s.size() && s[pos] == u':') {
        if (st.haveTime)
            return false;
        pos = start;
        st.haveTime = true;
        return readTime(s, pos, st.f);
    }
    if (count == 4 || (st.f.day >= 0 && st.f.year < 0)) {
        if (st.f.year >= 0 || count > 4)
            return false;
        st.f.year = value;
        st.yearDigits = count;
        return true;
    }
    if (st.f.day >= 0 || count > 2)
        return false;
    st.f.day = value;
    return true;
}

bool takeToken(QStringView s, qsizetype &pos, Rfc822State &st)
{
    const QChar c = s[pos];
    if (c.isSpace() || c == u',' || c == u'.') {
        ++pos;
        return true;
    }
    if (c == u'(') { // an RFC 822 comment, e.g. "(PST)" after the offset
        const qsizetype close = s.indexOf(u')', pos);
        pos = close < 0 ? s.size() : close + 1;
        return true;
    }
    if ((c == u'+' || c == u'-') && pos + 1 < s.size() && isDigit(s[pos + 1]) &&
        (st.haveTime || st.f.year >= 0)) {
        int offset = 0;
        if (!readNumericOffset(s, pos, offset))
            return false;
        // "GMT+0800": the name said UTC, the number says how far from it.
        st.f.offsetSeconds += offset;
        st.haveZone = true;
        return true;
    }
    if (c == u'-' || c == u'/') {
        ++pos;
        return true;
    }
    if (isDigit(c))
        return takeNumber(s, pos, st);
    if (!isAsciiLetter(c))
        return false;
    const qsizetype start = pos;
    while (pos < s.size() && isAsciiLetter(s[pos]))
        ++pos;
    return takeWord(s.mid(start, pos - start).toString().toLower(), st);
}

QDateTime parseRfc822(QStringView s)
{
    Rfc822State st;
    qsizetype pos = 0;
    while (pos < s.size()) {
        if (!takeToken(s, pos, st))
            return {};
    }
    Fields f = st.f;
    if (f.day < 0 || f.month < 0 || f.year < 0)
        return {};
    if (st.yearDigits <= 2)
        f.year += f.year < 50 ? 2000 : 1900;
    else if (st.yearDigits == 3)
        f.year += 1900; // RFC 2822 obsolete syntax: years since 1900
    if (st.meridiem > 0 && f.hour < 12)
        f.hour += 12;
    else if (st.meridiem < 0 && f.hour == 12)
        f.hour = 0;
    return toUtc(f);
}

bool looksLikeIso8601(QStringView s)
{
    if (s.size() < 4)
        return false;
    for (qsizetype i = 0; i < 4; ++i) {
        if (!isDigit(s[i]))
            return false;
    }
    return s.size() == 4 || s[4] == u'-';
}

} // namespace

QDateTime parseFeedDate(QStringView text)
{
    const QStringView s = text.trimmed();
    if (s.isEmpty() || s.size() > 200)
        return {};
    return looksLikeIso8601(s) ? parseIso8601(s) : parseRfc822(s);
}

} // namespace ichq
