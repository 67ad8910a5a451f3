#include "common/AppInfo.h"
#include "common/DataPaths.h"
#include "common/Settings.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace ichq;

class TestSettings : public QObject
{
    Q_OBJECT
private slots:
    void defaults();
    void valuesAreClampedAndKept();
    void onlyWebFeedsAreKept();
};

void TestSettings::defaults()
{
    QTemporaryDir dir;
    Settings settings{DataPaths(dir.path())};
    QCOMPARE(settings.refreshIntervalMinutes(), 30);
    QCOMPARE(settings.articleZoom(), 1.0);
    QCOMPARE(settings.notifyNewArticles(), false);
    QCOMPARE(settings.feeds(), QList<QUrl>{QUrl(defaultFeedUrl())});
    QCOMPARE(settings.lastArticleId(), 0);
}

void TestSettings::valuesAreClampedAndKept()
{
    QTemporaryDir dir;
    {
        Settings settings{DataPaths(dir.path())};
        settings.setRefreshIntervalMinutes(100000);
        settings.setArticleZoom(9.0);
        settings.setLastArticleId(42);
        settings.setNotifyNewArticles(true);
        settings.sync();
    }
    QVERIFY(QFile::exists(dir.filePath(QStringLiteral("settings.ini"))));
    Settings again{DataPaths(dir.path())};
    QCOMPARE(again.refreshIntervalMinutes(), 24 * 60);
    QCOMPARE(again.articleZoom(), 3.0);
    QCOMPARE(again.lastArticleId(), 42);
    QVERIFY(again.notifyNewArticles());
}

void TestSettings::onlyWebFeedsAreKept()
{
    QTemporaryDir dir;
    Settings settings{DataPaths(dir.path())};
    settings.setFeeds({QUrl(QStringLiteral("file:///etc/passwd")),
                       QUrl(QStringLiteral("https://www.ichongqing.info/category/news/feed/"))});
    QCOMPARE(settings.feeds(),
             QList<QUrl>{QUrl(QStringLiteral("https://www.ichongqing.info/category/news/feed/"))});
}

QTEST_GUILESS_MAIN(TestSettings)
#include "tst_settings.moc"
