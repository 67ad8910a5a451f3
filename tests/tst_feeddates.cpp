#include "feed/FeedDates.h"

#include <QTest>

using namespace ichq;

class TestFeedDates : public QObject
{
    Q_OBJECT

private slots:
    void parse_data();
    void parse();
};

namespace {

void row(const char *name, const char *text, const char *expected)
{
    QTest::newRow(name) << QString::fromUtf8(text) << QString::fromUtf8(expected);
}

void addRfc822Rows()
{
    // RFC 822 / 2822
    row("rfc822 +0000", "Tue, 12 Mar 2024 09:41:07 +0000", "2024-03-12T09:41:07.000Z");
    row("rfc822 +0800", "Sun, 10 Mar 2024 11:00:00 +0800", "2024-03-10T03:00:00.000Z");
    row("rfc822 -0330", "Sun, 10 Mar 2024 11:00:00 -0330", "2024-03-10T14:30:00.000Z");
    row("GMT", "Sat, 09 Mar 2024 07:00:00 GMT", "2024-03-09T07:00:00.000Z");
    row("UT", "Sat, 09 Mar 2024 07:00:00 UT", "2024-03-09T07:00:00.000Z");
    row("UTC", "Sat, 09 Mar 2024 07:00:00 UTC", "2024-03-09T07:00:00.000Z");
    row("EST", "Tue, 05 Mar 2024 10:00:00 EST", "2024-03-05T15:00:00.000Z");
    row("EDT", "Tue, 05 Mar 2024 10:00:00 EDT", "2024-03-05T14:00:00.000Z");
    row("CST", "Tue, 05 Mar 2024 10:00:00 CST", "2024-03-05T16:00:00.000Z");
    row("CDT", "Tue, 05 Mar 2024 10:00:00 CDT", "2024-03-05T15:00:00.000Z");
    row("MST", "Tue, 05 Mar 2024 10:00:00 MST", "2024-03-05T17:00:00.000Z");
    row("MDT", "Tue, 05 Mar 2024 10:00:00 MDT", "2024-03-05T16:00:00.000Z");
    row("PST", "Tue, 05 Mar 2024 10:00:00 PST", "2024-03-05T18:00:00.000Z");
    row("PDT", "Tue, 05 Mar 2024 10:00:00 PDT", "2024-03-05T17:00:00.000Z");
    row("lower-case zone", "Tue, 05 Mar 2024 10:00:00 pst", "2024-03-05T18:00:00.000Z");
    row("military Z", "Tue, 05 Mar 2024 10:00:00 Z", "2024-03-05T10:00:00.000Z");
    row("military A (-1h)", "Tue, 05 Mar 2024 10:00:00 A", "2024-03-05T11:00:00.000Z");
    row("military M (-12h)", "Tue, 05 Mar 2024 10:00:00 M", "2024-03-05T22:00:00.000Z");
    row("military N (+1h)", "Tue, 05 Mar 2024 10:00:00 N", "2024-03-05T09:00:00.000Z");
    row("military Y (+12h)", "Tue, 05 Mar 2024 10:00:00 Y", "2024-03-04T22:00:00.000Z");
    row("military J is not a zone", "Tue, 05 Mar 2024 10:00:00 J", "");
    row("no seconds", "Tue, 05 Mar 2024 10:07 +0000", "2024-03-05T10:07:00.000Z");
    row("no day name", "05 Mar 2024 10:00:00 GMT", "2024-03-05T10:00:00.000Z");
    row("single-digit day", "Tue, 5 Mar 2024 10:00:00 GMT", "2024-03-05T10:00:00.000Z");
    row("two-digit year 24", "Thu, 07 Mar 24 13:45 PDT", "2024-03-07T20:45:00.000Z");
    row("two-digit year 49", "01 Jan 49 00:00:00 GMT", "2049-01-01T00:00:00.000Z");
    row("two-digit year 50", "01 Jan 50 00:00:00 GMT", "1950-01-01T00:00:00.000Z");
    row("two-digit year 99", "31 Dec 99 23:59:59 Z", "1999-12-31T23:59:59.000Z");
    row("full names", "Wednesday, 06 March 2024 08:05:09 +0000", "2024-03-06T08:05:09.000Z");
    row("extra whitespace", "  Wed,   6  Mar   2024   08:05:09   +0530  ",
        "2024-03-06T02:35:09.000Z");
    row("no comma", "Wed 06 Mar 2024 08:05:09 GMT", "2024-03-06T08:05:09.000Z");
    row("month first", "Wed, Mar 06 2024 08:05:09 GMT", "2024-03-06T08:05:09.000Z");
    row("zone comment", "Wed, 06 Mar 2024 08:05:09 -0800 (PST)", "2024-03-06T16:05:09.000Z");
    row("GMT+0800", "Wed, 06 Mar 2024 08:05:09 GMT+0800", "2024-03-06T00:05:09.000Z");
    row("no zone means UTC", "Wed, 06 Mar 2024 08:05:09", "2024-03-06T08:05:09.000Z");
    row("Sept", "Mon, 02 Sept 2024 08:00:00 GMT", "2024-09-02T08:00:00.000Z");
    row("crosses year", "Thu, 01 Jan 2015 01:00:00 +0800", "2014-12-31T17:00:00.000Z");
    row("leap day", "Thu, 29 Feb 2024 12:00:00 GMT", "2024-02-29T12:00:00.000Z");
    row("not a leap day", "Thu, 29 Feb 2023 12:00:00 GMT", "");
    row("hour 25", "Tue, 05 Mar 2024 25:00:00 GMT", "");
    row("unknown zone word", "Tue, 05 Mar 2024 10:00:00 XYZT", "");
    row("month missing", "Tue, 05 2024 10:00:00 GMT", "");
}

void addIso8601Rows()
{
    // RFC 3339 / ISO 8601 / W3C-DTF
    row("iso Z", "2024-03-04T06:07:08Z", "2024-03-04T06:07:08.000Z");
    row("iso lower z", "2024-03-04t06:07:08z", "2024-03-04T06:07:08.000Z");
    row("iso +08:00", "2024-03-04T14:07:08+08:00", "2024-03-04T06:07:08.000Z");
    row("iso -05:00", "2024-03-04T01:07:08-05:00", "2024-03-04T06:07:08.000Z");
    row("iso +0800", "2024-03-04T14:07:08+0800", "2024-03-04T06:07:08.000Z");
    row("iso +08", "2024-03-04T14:07:08+08", "2024-03-04T06:07:08.000Z");
    row("iso fraction", "2024-03-04T06:07:08.123456Z", "2024-03-04T06:07:08.123Z");
    row("iso fraction one digit", "2024-03-04T06:07:08.5+00:00", "2024-03-04T06:07:08.500Z");
    row("iso no seconds", "2024-03-04T06:07Z", "2024-03-04T06:07:00.000Z");
    row("iso space", "2024-03-04 06:07:08Z", "2024-03-04T06:07:08.000Z");
    row("iso no zone", "2024-03-04T06:07:08", "2024-03-04T06:07:08.000Z");
    row("date only", "2024-03-04", "2024-03-04T00:00:00.000Z");
    row("year-month", "2024-03", "2024-03-01T00:00:00.000Z");
    row("year", "2024", "2024-01-01T00:00:00.000Z");
    row("iso bad month", "2024-13-04T06:07:08Z", "");
    row("iso trailing junk", "2024-03-04T06:07:08Z junk", "");
    row("iso bad offset", "2024-03-04T06:07:08+8", "");
    // Not dates
    row("empty", "", "");
    row("spaces", "   ", "");
    row("words", "yesterday afternoon", "");
    row("number", "1709539628", "");
}

} // namespace

void TestFeedDates::parse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected"); // ISO UTC with milliseconds, or "" for invalid
    addRfc822Rows();
    addIso8601Rows();
}

void TestFeedDates::parse()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);

    const QDateTime parsed = parseFeedDate(text);
    if (expected.isEmpty()) {
        QVERIFY2(!parsed.isValid(), qPrintable(parsed.toString(Qt::ISODateWithMs)));
        return;
    }
    QVERIFY(parsed.isValid());
    QCOMPARE(parsed.timeSpec(), Qt::UTC);
    QCOMPARE(parsed.toString(Qt::ISODateWithMs), expected);
}

QTEST_APPLESS_MAIN(TestFeedDates)
#include "tst_feeddates.moc"
