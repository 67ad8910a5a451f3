#include "feed/FeedJson.h"
#include "feed/FeedParser.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QTest>

using namespace ichq;

// Every feed in fixtures/feeds is parsed and compared with <name>.expected.json.
// ICHQ_UPDATE_GOLDEN=1 rewrites the expected files: review the diff before committing them.
class TestFeedGolden : public QObject
{
    Q_OBJECT

private slots:
    void golden_data();
    void golden();
};

namespace {

QString feedsDir()
{
    return QStringLiteral(ICHQ_FIXTURES_DIR "/feeds");
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

} // namespace

void TestFeedGolden::golden_data()
{
    QTest::addColumn<QString>("feedPath");
    QTest::addColumn<QString>("expectedPath");

    const QDir dir(feedsDir());
    const QStringList feeds = dir.entryList({QStringLiteral("*.xml"), QStringLiteral("*.rss"),
                                             QStringLiteral("*.rdf"), QStringLiteral("*.atom")},
                                            QDir::Files, QDir::Name);
    QVERIFY2(feeds.size() >= 15, "fixtures/feeds is missing its feeds");
    for (const QString &name : feeds) {
        const QString base = name.left(name.lastIndexOf(u'.'));
        QTest::newRow(qPrintable(name))
            << dir.filePath(name) << dir.filePath(base + QStringLiteral(".expected.json"));
    }
}

void TestFeedGolden::golden()
{
    QFETCH(QString, feedPath);
    QFETCH(QString, expectedPath);

    const QByteArray bytes = readAll(feedPath);
    QVERIFY(!bytes.isEmpty());
    const QUrl documentUrl(QStringLiteral("https://fixtures.example/feeds/") +
                           QFileInfo(feedPath).fileName());
    const QByteArray actual = feedToJson(FeedParser::parse(bytes, documentUrl));

    if (qEnvironmentVariableIsSet("ICHQ_UPDATE_GOLDEN")) {
        QFile out(expectedPath);
        QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
        out.write(actual);
        return;
    }
    const QByteArray expected = readAll(expectedPath);
    QVERIFY2(!expected.isEmpty(), qPrintable(expectedPath + QStringLiteral(" is missing")));
    QJsonParseError error;
    const QJsonDocument expectedDoc = QJsonDocument::fromJson(expected, &error);
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
    // Compare re-serialised text so a failure shows the first differing line.
    QCOMPARE(QString::fromUtf8(actual), QString::fromUtf8(expectedDoc.toJson()));
}

QTEST_APPLESS_MAIN(TestFeedGolden)
#include "tst_feedgolden.moc"
