// The Fetcher's pure decisions and messages, tested without a server.

#include "net/FetchPolicy.h"
#include "net/Fetcher.h"

#include <QtTest>

using namespace ichq;
using Error = FetchResult::Error;

class TstFetchPolicy : public QObject
{
    Q_OBJECT

private slots:
    void redirectPolicy_data()
    {
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::addColumn<bool>("allowed");
        QTest::newRow("https->http")
            << QStringLiteral("https://a.example/") << QStringLiteral("http://a.example/") << false;
        QTest::newRow("HTTPS->http")
            << QStringLiteral("HTTPS://a.example/") << QStringLiteral("http://b.example/") << false;
        QTest::newRow("https->https")
            << QStringLiteral("https://a.example/") << QStringLiteral("https://b.example/") << true;
        QTest::newRow("http->https")
            << QStringLiteral("http://a.example/") << QStringLiteral("https://a.example/") << true;
        QTest::newRow("http->http")
            << QStringLiteral("http://a.example/") << QStringLiteral("http://b.example/x") << true;
        QTest::newRow("http->ftp")
            << QStringLiteral("http://a.example/") << QStringLiteral("ftp://a.example/") << false;
        QTest::newRow("http->file")
            << QStringLiteral("http://a.example/") << QStringLiteral("file:///etc/passwd") << false;
        QTest::newRow("http->no host")
            << QStringLiteral("http://a.example/") << QStringLiteral("http:///x") << false;
    }

    void redirectPolicy()
    {
        QFETCH(QString, from);
        QFETCH(QString, to);
        QFETCH(bool, allowed);
        QCOMPARE(fetchpolicy::isRedirectAllowed(QUrl(from), QUrl(to)), allowed);
    }

    void parseRetryAfter_data()
    {
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<QDateTime>("expected");
        const QDateTime now(QDate(2024, 1, 1), QTime(0, 0), QTimeZone::utc());
        const QDateTime date(QDate(1994, 11, 6), QTime(8, 49, 37), QTimeZone::utc());
        QTest::newRow("delta") << QByteArray(" 30 ") << now.addSecs(30);
        QTest::newRow("zero") << QByteArray("0") << now;
        QTest::newRow("huge capped") << QByteArray("99999999999") << now.addDays(7);
        QTest::newRow("negative") << QByteArray("-5") << QDateTime();
        QTest::newRow("imf") << QByteArray("Sun, 06 Nov 1994 08:49:37 GMT") << date;
        QTest::newRow("rfc850") << QByteArray("Sunday, 06-Nov-94 08:49:37 GMT") << date;
        QTest::newRow("asctime") << QByteArray("Sun Nov  6 08:49:37 1994") << date;
        QTest::newRow("garbage") << QByteArray("soon") << QDateTime();
        QTest::newRow("empty") << QByteArray() << QDateTime();
    }

    void parseRetryAfter()
    {
        QFETCH(QByteArray, value);
        QFETCH(QDateTime, expected);
        const QDateTime now(QDate(2024, 1, 1), QTime(0, 0), QTimeZone::utc());
        QCOMPARE(fetchpolicy::parseRetryAfter(value, now), expected);
    }

    void sizeCapMessageInMegabytes()
    {
        const QString message =
            Fetcher::messageFor(Error::TooLarge, QStringLiteral("www.ichongqing.info"), 20 << 20);
        QVERIFY2(message.contains(QLatin1String("20 MB")), qPrintable(message));
        QVERIFY(message.contains(QLatin1String("www.ichongqing.info")));
    }

    void everyErrorHasAMessage()
    {
        for (Error e :
             {Error::UnsupportedUrl, Error::Network, Error::Tls, Error::Timeout, Error::Deadline,
              Error::TooLarge, Error::TooManyRedirects, Error::InsecureRedirect, Error::HttpStatus})
            QVERIFY(!Fetcher::messageFor(e, QStringLiteral("h.example"), 1024).isEmpty());
        QVERIFY(Fetcher::messageFor(Error::None, QStringLiteral("h.example")).isEmpty());
        const QString dns = Fetcher::messageForNetworkError(QNetworkReply::HostNotFoundError,
                                                            QStringLiteral("www.ichongqing.info"));
        QCOMPARE(dns, QStringLiteral("Cannot reach www.ichongqing.info: no network connection or "
                                     "the name cannot be resolved."));
        QVERIFY(Fetcher::messageForNetworkError(QNetworkReply::SslHandshakeFailedError,
                                                QStringLiteral("h.example"))
                    .contains(QLatin1String("certificate")));
    }
};

QTEST_GUILESS_MAIN(TstFetchPolicy)
#include "tst_fetchpolicy.moc"
