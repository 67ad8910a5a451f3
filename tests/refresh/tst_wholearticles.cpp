// Whole articles end to end, through the real binary: an excerpt-only WordPress site on
// 127.0.0.1 with two feed pages; one --refresh must store every post whole, with every
// paragraph and caption, every photo cached and none of the page's chrome.

#include "AppProcess.h"
#include "WordPressSite.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using namespace ichq::test;

using Run = ichq::test::AppRun;

class TestWholeArticles : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();

    void oneRefreshStoresEveryPostWhole();
    void secondRefreshDownloadsNoUnchangedPage();
    void changedEntryAsksForItsPageAgain();
    void failedPageKeepsTheSummaryAndIsRetried();
    void goneOrStoryLessPagesAreNotRetried();
    void atMostThreePagesAtOnce();
    void retryAfterHoldsBackTheServersPages();
    void wholeArticlesNeverKeepsSummaries();
    void wholeArticlesOptionIsChecked();
    void feedsThatAreNotWordPressAreNotPaged();
    void showPlainTextAndUnknownId();

private:
    Run run(const QStringList &args);
    Run refresh(const QStringList &extra = {});
    QJsonArray list();
    QJsonObject show(qint64 id);
    qint64 idOfPost(int post);
    void verifyWhole(int post);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<TestHttpServer> m_server;
    std::unique_ptr<WordPressSite> m_site;
};

void TestWholeArticles::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_server = std::make_unique<TestHttpServer>();
    QVERIFY(m_server->start());
    m_site = std::make_unique<WordPressSite>(*m_server, 20, 10);
}

void TestWholeArticles::cleanup()
{
    m_site.reset();
    m_server.reset();
    m_dir.reset();
}

Run TestWholeArticles::run(const QStringList &args)
{
    return runApp(m_dir->path(), args);
}

Run TestWholeArticles::refresh(const QStringList &extra)
{
    return run(QStringList{QStringLiteral("--refresh"), QStringLiteral("--feed"),
                           m_site->feedUrl().toString()} +
               extra);
}

QJsonArray TestWholeArticles::list()
{
    const Run r = run({QStringLiteral("--list"), QStringLiteral("--json"),
                       QStringLiteral("--limit"), QStringLiteral("1000")});
    return QJsonDocument::fromJson(r.out.toUtf8()).array();
}

QJsonObject TestWholeArticles::show(qint64 id)
{
    const Run r = run({QStringLiteral("--show"), QString::number(id), QStringLiteral("--json")});
    return r.exitCode == 0 ? QJsonDocument::fromJson(r.out.toUtf8()).object() : QJsonObject();
}

qint64 TestWholeArticles::idOfPost(int post)
{
    const QString title = WordPressSite::titleOf(post);
    const QJsonArray rows = list();
    for (const QJsonValue &row : rows) {
        if (row[QStringLiteral("title")].toString() == title)
            return row[QStringLiteral("id")].toInteger();
    }
    return 0;
}

void TestWholeArticles::verifyWhole(int post)
{
    const qint64 id = idOfPost(post);
    QVERIFY2(id > 0, qPrintable(QStringLiteral("post %1 is not stored").arg(post)));
    const QJsonObject article = show(id);
    QCOMPARE(article[QStringLiteral("source")].toString(), QStringLiteral("page"));
    const QString content = article[QStringLiteral("content")].toString();
    for (const QString &paragraph : WordPressSite::paragraphsOf(post))
        QVERIFY2(content.contains(paragraph.toHtmlEscaped()), qPrintable(paragraph));
    for (const QString &caption : WordPressSite::captionsOf(post))
        QVERIFY2(content.contains(QStringLiteral("<figcaption>") + caption.toHtmlEscaped()),
                 qPrintable(caption));
    for (const QString &chrome : WordPressSite::chromePhrases())
        QVERIFY2(!content.contains(chrome), qPrintable(chrome));
    QVERIFY(!content.contains(QStringLiteral("http://127.0.0.1"))); // photos are ichq: only
    const QJsonArray images = article[QStringLiteral("images")].toArray();
    QStringList urls;
    for (const QJsonValue &image : images) {
        urls << image[QStringLiteral("url")].toString();
        QVERIFY2(image[QStringLiteral("cached")].toBool(),
                 qPrintable(image[QStringLiteral("url")].toString()));
        QVERIFY(content.contains(QStringLiteral("ichq://image/") +
                                 image[QStringLiteral("hash")].toString()));
    }
    QCOMPARE(urls, QStringList({m_site->photoUrl(post, 1).toString(),
                                m_site->photoUrl(post, 2).toString()}));
}

void TestWholeArticles::oneRefreshStoresEveryPostWhole()
{
    const Run r = refresh();
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(QStringLiteral("new: 20,")), qPrintable(r.out));
    QVERIFY2(r.out.contains(QStringLiteral("whole articles: 20 (not modified: 0, failed: 0)")),
             qPrintable(r.out));
    QVERIFY2(r.out.contains(QStringLiteral("images fetched: 40, images failed: 0")),
             qPrintable(r.out));
    // Two feed pages, then the 404 that ends the walk.
    QCOMPARE(m_site->olderFeedPagesRequested(), 2);
    QCOMPARE(list().size(), 20);
    for (int post = 1; post <= 20; ++post)
        verifyWhole(post);
    // The page's scripts, styles and placeholders were never asked for.
    for (const HttpRequest &request : m_server->requests())
        QVERIFY2(!request.path.startsWith("/wp-includes/") &&
                     !request.path.startsWith("/wp-content/themes/"),
                 request.path.constData());
}

void TestWholeArticles::secondRefreshDownloadsNoUnchangedPage()
{
    QCOMPARE(refresh().exitCode, 0);
    const int served = m_site->pagesServed();
    const int requests = m_server->requestCount();
    const Run again = refresh();
    QVERIFY2(again.exitCode == 0, qPrintable(again.err));
    QCOMPARE(m_site->pagesServed(), served);
    // Only the feed is asked again: no page, no photo, no older feed page.
    QCOMPARE(m_server->requestCount() - requests, 1);
    QVERIFY2(again.out.contains(QStringLiteral("new: 0,")), qPrintable(again.out));
}

void TestWholeArticles::changedEntryAsksForItsPageAgain()
{
    QCOMPARE(refresh().exitCode, 0);
    const int served = m_site->pagesServed();
    m_site->setExcerptVariant(3, QStringLiteral(" (updated)"));
    const Run again = refresh();
    QVERIFY2(again.exitCode == 0, qPrintable(again.err));
    QVERIFY2(again.out.contains(QStringLiteral("updated: 1,")), qPrintable(again.out));
    // Asked with the validators of the copy we have: the unchanged page costs a 304.
    QCOMPARE(m_site->pagesNotModified(), 1);
    QCOMPARE(m_site->pagesServed(), served);
    verifyWhole(3);
}

void TestWholeArticles::failedPageKeepsTheSummaryAndIsRetried()
{
    m_site->setPageStatus(4, 500);
    const Run first = refresh();
    QCOMPARE(first.exitCode, 0); // the feed worked; one page will be tried again
    QVERIFY2(first.out.contains(QStringLiteral("whole articles: 19 (not modified: 0, failed: 1)")),
             qPrintable(first.out));
    const qint64 id = idOfPost(4);
    QCOMPARE(show(id)[QStringLiteral("source")].toString(), QStringLiteral("feed"));
    const Run plain = run({QStringLiteral("--show"), QString::number(id)});
    QCOMPARE(plain.exitCode, 0);
    QVERIFY2(plain.out.contains(QStringLiteral("Showing the summary; the whole article could "
                                               "not be downloaded")),
             qPrintable(plain.out));
    QVERIFY(plain.out.contains(QStringLiteral("[…]")));

    m_site->setPageStatus(4, 0);
    const Run second = refresh();
    QCOMPARE(second.exitCode, 0);
    QVERIFY2(second.out.contains(QStringLiteral("whole articles: 1 (not modified: 0, failed: 0)")),
             qPrintable(second.out));
    verifyWhole(4);
}

void TestWholeArticles::goneOrStoryLessPagesAreNotRetried()
{
    m_site->setPageStatus(5, 404);
    QCOMPARE(refresh().exitCode, 0);
    const int requests = m_server->requestCount();
    m_site->setPageStatus(5, 0);
    QCOMPARE(refresh().exitCode, 0);
    QCOMPARE(m_server->requestCount() - requests, 1); // the feed only
    QCOMPARE(show(idOfPost(5))[QStringLiteral("source")].toString(), QStringLiteral("feed"));
}

void TestWholeArticles::atMostThreePagesAtOnce()
{
    // Slow pages: with no limit, the network manager would open a connection per page.
    m_site->setPageDelayMs(150);
    QCOMPARE(refresh({QStringLiteral("--no-images")}).exitCode, 0);
    QCOMPARE(m_site->pagesServed(), 20);
    // One connection for the feeds, at most three for the pages.
    QVERIFY2(m_server->connectionCount() <= 4,
             qPrintable(QString::number(m_server->connectionCount())));
}

void TestWholeArticles::retryAfterHoldsBackTheServersPages()
{
    // Pages are asked newest first: post 1's 429 comes while few others have been sent.
    m_site->setPageStatus(1, 429);
    m_site->setPageDelayMs(100);
    const Run first = refresh({QStringLiteral("--no-images")});
    QCOMPARE(first.exitCode, 0);
    const int served = m_site->pagesServed();
    QVERIFY2(served < 20, qPrintable(first.out)); // the rest of the server's pages wait
    m_site->setPageStatus(1, 0);
    const int requests = m_server->requestCount();
    QCOMPARE(refresh({QStringLiteral("--no-images")}).exitCode, 0);
    // Within the hour the server asked for, no page of it is asked again: only the feed.
    QCOMPARE(m_server->requestCount() - requests, 1);
    QCOMPARE(m_site->pagesServed(), served);
    QCOMPARE(show(idOfPost(1))[QStringLiteral("source")].toString(), QStringLiteral("feed"));
}

void TestWholeArticles::wholeArticlesNeverKeepsSummaries()
{
    const Run r = refresh({QStringLiteral("--whole-articles"), QStringLiteral("never")});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(m_site->pagesServed(), 0);
    QCOMPARE(show(idOfPost(1))[QStringLiteral("source")].toString(), QStringLiteral("feed"));
    // "never" also means no "could not be downloaded" line: nothing was wanted.
    const Run plain = run({QStringLiteral("--show"), QString::number(idOfPost(1))});
    QVERIFY(!plain.out.contains(QStringLiteral("Showing the summary")));
    // A later run that wants them fetches them.
    QCOMPARE(refresh({QStringLiteral("--whole-articles"), QStringLiteral("always")}).exitCode, 0);
    QCOMPARE(m_site->pagesServed(), 20);
    verifyWhole(1);
}

void TestWholeArticles::wholeArticlesOptionIsChecked()
{
    const Run r = refresh({QStringLiteral("--whole-articles"), QStringLiteral("sometimes")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.err.contains(QStringLiteral("always, auto or never")));
    QCOMPARE(m_server->requestCount(), 0);
}

void TestWholeArticles::feedsThatAreNotWordPressAreNotPaged()
{
    m_site->setGenerator({});
    QCOMPARE(refresh().exitCode, 0);
    QCOMPARE(m_site->olderFeedPagesRequested(), 0);
    QCOMPARE(list().size(), 10);
}

void TestWholeArticles::showPlainTextAndUnknownId()
{
    QCOMPARE(refresh({QStringLiteral("--no-images")}).exitCode, 0);
    const Run plain = run({QStringLiteral("--show"), QString::number(idOfPost(2))});
    QCOMPARE(plain.exitCode, 0);
    const QStringList lines = plain.out.split(QLatin1Char('\n'));
    QCOMPARE(lines.value(0), WordPressSite::titleOf(2));
    QCOMPARE(lines.value(1), QStringLiteral("By iChongqing · City"));
    QVERIFY(lines.value(2).endsWith(QStringLiteral("UTC")));
    QVERIFY(plain.out.contains(WordPressSite::paragraphsOf(2).constLast()));
    QVERIFY(plain.out.contains(WordPressSite::captionsOf(2).constFirst()));
    QVERIFY(!plain.out.contains(QLatin1Char('<')));

    const Run unknown = run({QStringLiteral("--show"), QStringLiteral("99999")});
    QCOMPARE(unknown.exitCode, 2);
    QVERIFY(!unknown.err.isEmpty());
    QCOMPARE(run({QStringLiteral("--show"), QStringLiteral("abc")}).exitCode, 2);
}

QTEST_GUILESS_MAIN(TestWholeArticles)
#include "tst_wholearticles.moc"
