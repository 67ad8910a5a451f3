// Which feed items carry only a summary, and the article as the preparer hands it to the store.

#include "ArticlePreparer.h"
#include "FeedStage.h"
#include "WholeArticlePolicy.h"

#include <QtTest>

using namespace ichq;

namespace {

QString words(int count, const QString &ending = {})
{
    QStringList list;
    for (int i = 0; i < count; ++i)
        list << QStringLiteral("word%1").arg(i);
    return list.join(QLatin1Char(' ')) + ending;
}

} // namespace

class TestWholeArticlePolicy : public QObject
{
    Q_OBJECT
private slots:
    void needsPage_data();
    void needsPage();
    void neverFetches();
    void chineseCountsEachCharacter();
    void olderFeedPages();
};

void TestWholeArticlePolicy::needsPage_data()
{
    QTest::addColumn<QString>("summary");
    QTest::addColumn<QString>("content");
    QTest::addColumn<QString>("link");
    QTest::addColumn<int>("mode");
    QTest::addColumn<bool>("expected");

    const QString link = QStringLiteral("https://www.ichongqing.info/2026/11/story/");
    const int autoMode = int(WholeArticles::Auto);
    const QString longStory = QStringLiteral("<p>") + words(400) + QStringLiteral("</p>");
    QTest::newRow("no content") << words(55, QStringLiteral(" [&#8230;]")) << QString() << link
                                << autoMode << true;
    QTest::newRow("no content, no description")
        << QString() << QString() << link << autoMode << true;
    QTest::newRow("content equals description")
        << QStringLiteral("<p>Short text.</p>") << QStringLiteral("Short text.") << link << autoMode
        << true;
    QTest::newRow("short content ending in [...]")
        << QString()
        << QStringLiteral("<p>") + words(60, QStringLiteral(" [&#8230;]")) + QStringLiteral("</p>")
        << link << autoMode << true;
    QTest::newRow("short content ending in an ellipsis")
        << QString() << words(60, QStringLiteral("…")) << link << autoMode << true;
    QTest::newRow("short content ending in Read more")
        << QString() << words(60, QStringLiteral(" <a href=\"x\">Read more</a>")) << link
        << autoMode << true;
    QTest::newRow("appeared first on")
        << QString()
        << words(80,
                 QStringLiteral("<p>The post <a>X</a> appeared first on <a>iChongqing</a>.</p>"))
        << link << autoMode << true;
    QTest::newRow("whole story") << words(30) << longStory << link << autoMode << false;
    QTest::newRow("long story ending in an ellipsis")
        << QString()
        << QStringLiteral("<p>") + words(400, QStringLiteral("…")) + QStringLiteral("</p>") << link
        << autoMode << false;
    QTest::newRow("short whole story without an excerpt's ending")
        << QString() << QStringLiteral("<p>The bridge opens on Monday.</p>") << link << autoMode
        << false;
    QTest::newRow("always") << words(30) << longStory << link << int(WholeArticles::Always) << true;
    // Marked all the same: the page stage does not run with "Never", and a later "Auto"
    // finds it.
    QTest::newRow("never, summary") << words(55, QStringLiteral(" […]")) << QString() << link
                                    << int(WholeArticles::Never) << true;
    QTest::newRow("never, whole story")
        << words(30) << longStory << link << int(WholeArticles::Never) << false;
    QTest::newRow("no link") << words(55, QStringLiteral(" […]")) << QString() << QString()
                             << autoMode << false;
    QTest::newRow("ftp link") << words(55, QStringLiteral(" […]")) << QString()
                              << QStringLiteral("ftp://example.org/story") << autoMode << false;
    QTest::newRow("javascript link") << words(55, QStringLiteral(" […]")) << QString()
                                     << QStringLiteral("javascript:alert(1)") << autoMode << false;
}

void TestWholeArticlePolicy::needsPage()
{
    QFETCH(QString, summary);
    QFETCH(QString, content);
    QFETCH(QString, link);
    QFETCH(int, mode);
    QFETCH(bool, expected);
    FeedItem item;
    item.id = QStringLiteral("guid-1");
    item.title = QStringLiteral("A story");
    item.link = QUrl(link);
    item.summary = summary;
    item.content = content;
    const PreparedArticle article = ArticlePreparer::prepare(item, WholeArticles(mode));
    QCOMPARE(article.wantsPage, expected);
}

void TestWholeArticlePolicy::neverFetches()
{
    FeedItem item;
    item.link = QUrl(QStringLiteral("https://www.ichongqing.info/2026/11/story/"));
    QVERIFY(WholeArticlePolicy::needsPage(item, QString(), QString(), WholeArticles::Auto));
    QVERIFY(!WholeArticlePolicy::needsPage(item, QString(), QString(), WholeArticles::Never));
}

void TestWholeArticlePolicy::chineseCountsEachCharacter()
{
    QCOMPARE(WholeArticlePolicy::wordCount(QStringLiteral("两江新区 opens today")), 6);
    QCOMPARE(WholeArticlePolicy::wordCount(QStringLiteral("Café Müller, 2026: 两江")), 5);
    QCOMPARE(WholeArticlePolicy::wordCount(QStringLiteral("two words and more"), 2), 2);
    // 200 Han characters are a story, not a summary, whatever the ending.
    const QString story = QString(200, QChar(0x6C5F)) + QStringLiteral("……");
    QVERIFY(!WholeArticlePolicy::looksLikeSummary(story, QString()));
    QVERIFY(WholeArticlePolicy::looksLikeSummary(QString(60, QChar(0x6C5F)) + QStringLiteral("……"),
                                                 QString()));
}

void TestWholeArticlePolicy::olderFeedPages()
{
    QCOMPARE(FeedStage::olderPage(QUrl(QStringLiteral("https://www.ichongqing.info/feed/")), 2),
             QUrl(QStringLiteral("https://www.ichongqing.info/feed/?paged=2")));
    QCOMPARE(
        FeedStage::olderPage(QUrl(QStringLiteral("https://example.org/?feed=rss2&paged=2")), 3),
        QUrl(QStringLiteral("https://example.org/?feed=rss2&paged=3")));
}

QTEST_GUILESS_MAIN(TestWholeArticlePolicy)
#include "tst_wholearticlepolicy.moc"
