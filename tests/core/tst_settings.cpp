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
    void editionPerLanguage();
    void chineseFallsBackToEnglish();
    void oldFeedListIsTheEnglishEdition();
};

void TestSettings::defaults()
{
    QTemporaryDir dir;
    Settings settings{DataPaths(dir.path())};
    QCOMPARE(settings.refreshIntervalMinutes(), 30);
    QCOMPARE(settings.articleZoom(), 1.0);
    QCOMPARE(settings.notifyNewArticles(), false);
    QCOMPARE(settings.feedsFor(QStringLiteral("en")), QList<QUrl>{QUrl(defaultFeedUrl())});
    QCOMPARE(builtInEditionFeeds(QStringLiteral("en")), QList<QUrl>{QUrl(defaultFeedUrl())});
    QVERIFY(builtInEditionFeeds(QStringLiteral("zh")).isEmpty()); // the site has none
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
    settings.setFeedsFor(QStringLiteral("en"),
                         {QUrl(QStringLiteral("file:///etc/passwd")),
                          QUrl(QStringLiteral("https://www.ichongqing.info/category/news/feed/"))});
    QCOMPARE(settings.feedsFor(QStringLiteral("en")),
             QList<QUrl>{QUrl(QStringLiteral("https://www.ichongqing.info/category/news/feed/"))});
    // Nothing usable for Chinese: no Chinese edition, whatever was written.
    settings.setFeedsFor(QStringLiteral("zh"), {QUrl(QStringLiteral("ftp://example.com/feed"))});
    QCOMPARE(settings.contentLanguage(QStringLiteral("zh")), u"en");
}

void TestSettings::editionPerLanguage()
{
    QTemporaryDir dir;
    const QUrl chinese(QStringLiteral("https://cn.example.com/feed/"));
    {
        Settings settings{DataPaths(dir.path())};
        settings.setFeedsFor(QStringLiteral("zh_CN"), {chinese}); // any spelling of the code
        settings.sync();
    }
    Settings settings{DataPaths(dir.path())};
    QCOMPARE(settings.raw().value(QStringLiteral("feeds/zh")).toStringList(),
             QStringList{chinese.toString()});
    QCOMPARE(settings.configuredFeedsFor(QStringLiteral("zh")), QList<QUrl>{chinese});
    QCOMPARE(settings.contentLanguage(QStringLiteral("zh")), u"zh");
    QCOMPARE(settings.feedsFor(QStringLiteral("zh")), QList<QUrl>{chinese});
    // English keeps its own edition; an unknown language reads English.
    QCOMPARE(settings.contentLanguage(QStringLiteral("en")), u"en");
    QCOMPARE(settings.feedsFor(QStringLiteral("en")), QList<QUrl>{QUrl(defaultFeedUrl())});
    QCOMPARE(settings.feedsFor(QStringLiteral("fr")), QList<QUrl>{QUrl(defaultFeedUrl())});
    QVERIFY(settings.configuredFeedsFor(QStringLiteral("en")).isEmpty());
}

void TestSettings::chineseFallsBackToEnglish()
{
    QTemporaryDir dir;
    Settings settings{DataPaths(dir.path())};
    const QList<QUrl> english{QUrl(QStringLiteral("https://en.example.com/feed/"))};
    settings.setFeedsFor(QStringLiteral("en"), english);
    QCOMPARE(settings.contentLanguage(QStringLiteral("zh")), u"en");
    QCOMPARE(settings.feedsFor(QStringLiteral("zh")), english);
    // One edition: everything stored is shown in both languages.
    QVERIFY(settings.shownFeedsFor(QStringLiteral("en")).isEmpty());
    QVERIFY(settings.shownFeedsFor(QStringLiteral("zh")).isEmpty());
    const QList<QUrl> chinese{QUrl(QStringLiteral("https://cn.example.com/"))};
    settings.setFeedsFor(QStringLiteral("zh"), chinese);
    QCOMPARE(settings.contentLanguage(QStringLiteral("zh")), u"zh");
    // Two editions: each language shows its own.
    QCOMPARE(settings.shownFeedsFor(QStringLiteral("en")), english);
    QCOMPARE(settings.shownFeedsFor(QStringLiteral("zh")), chinese);
    settings.setFeedsFor(QStringLiteral("zh"), {}); // emptied in Settings: none again
    QVERIFY(!settings.raw().contains(QStringLiteral("feeds/zh")));
    QCOMPARE(settings.contentLanguage(QStringLiteral("zh")), u"en");
    QCOMPARE(settings.feedsFor(QStringLiteral("zh")), english);
    QVERIFY(settings.shownFeedsFor(QStringLiteral("zh")).isEmpty());
}

void TestSettings::oldFeedListIsTheEnglishEdition()
{
    QTemporaryDir dir;
    const QStringList old{QStringLiteral("https://www.ichongqing.info/category/news/feed/")};
    {
        QSettings ini(DataPaths(dir.path()).settingsFile(), QSettings::IniFormat);
        ini.setValue(QStringLiteral("refresh/feeds"), old);
    }
    {
        Settings settings{DataPaths(dir.path())};
        QCOMPARE(settings.feedsFor(QStringLiteral("en")), QList<QUrl>{QUrl(old.constFirst())});
        QVERIFY(!settings.raw().contains(QStringLiteral("refresh/feeds")));
        settings.sync();
    }
    Settings again{DataPaths(dir.path())};
    QCOMPARE(again.raw().value(QStringLiteral("feeds/en")).toStringList(), old);
    QCOMPARE(again.feedsFor(QStringLiteral("en")), QList<QUrl>{QUrl(old.constFirst())});
}

QTEST_GUILESS_MAIN(TestSettings)
#include "tst_settings.moc"
