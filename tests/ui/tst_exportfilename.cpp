#include "ui/ExportFileName.h"

#include <QtTest>

using namespace ichq::ui;

class TestExportFileName : public QObject
{
    Q_OBJECT
private slots:
    void suggestsTheTitleInTheFolder_data();
    void suggestsTheTitleInTheFolder();
    void addsTheSuffixWhenMissing_data();
    void addsTheSuffixWhenMissing();
};

void TestExportFileName::suggestsTheTitleInTheFolder_data()
{
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("file");
    QTest::newRow("plain") << QStringLiteral("Cableway reopens")
                           << QStringLiteral("Cableway reopens.pdf");
    QTest::newRow("chinese") << QStringLiteral("两江新区：数字经济")
                             << QStringLiteral("两江新区：数字经济.pdf");
    QTest::newRow("refused characters") << QStringLiteral("Q&A: 5/8 \"best\" spots? <new>|*")
                                        << QStringLiteral("Q&A 5 8 best spots new.pdf");
    QTest::newRow("hidden or trailing dots")
        << QStringLiteral("...and more...") << QStringLiteral("and more.pdf");
    QTest::newRow("nothing left") << QStringLiteral(" /// ") << QStringLiteral("article.pdf");
    QTest::newRow("long") << QString(300, QLatin1Char('x'))
                          << QString(120, QLatin1Char('x')) + QStringLiteral(".pdf");
}

void TestExportFileName::suggestsTheTitleInTheFolder()
{
    QFETCH(QString, title);
    QFETCH(QString, file);
    QCOMPARE(suggestedPdfPath(title, QStringLiteral("/home/reader/Documents")),
             QStringLiteral("/home/reader/Documents/") + file);
}

void TestExportFileName::addsTheSuffixWhenMissing_data()
{
    QTest::addColumn<QString>("chosen");
    QTest::addColumn<QString>("saved");
    QTest::newRow("missing") << QStringLiteral("/tmp/story") << QStringLiteral("/tmp/story.pdf");
    QTest::newRow("other suffix") << QStringLiteral("/tmp/story.txt")
                                  << QStringLiteral("/tmp/story.txt.pdf");
    QTest::newRow("present") << QStringLiteral("/tmp/story.pdf")
                             << QStringLiteral("/tmp/story.pdf");
    QTest::newRow("upper case") << QStringLiteral("/tmp/STORY.PDF")
                                << QStringLiteral("/tmp/STORY.PDF");
    QTest::newRow("cancelled") << QString() << QString();
}

void TestExportFileName::addsTheSuffixWhenMissing()
{
    QFETCH(QString, chosen);
    QFETCH(QString, saved);
    QCOMPARE(withPdfSuffix(chosen), saved);
}

QTEST_GUILESS_MAIN(TestExportFileName)
#include "tst_exportfilename.moc"
