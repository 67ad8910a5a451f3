// Nothing an article page shows may reach the network, and its links leave only through the
// system's opener: the beacon test, the interceptor, link routing and pop-ups.

#include "../store/StoreFixtures.h"
#include "TestHttpServer.h"
#include "WebTestSupport.h"
#include "web/ArticleContent.h"
#include "web/ArticleProfile.h"
#include "web/ExternalLink.h"

#include <QClipboard>
#include <QImage>
#include <QWebEngineProfile>

using namespace ichq;
using namespace ichq::web;

class TestWebSecurity : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();

    void hostilePageMakesNoRequest();
    void interceptorBlocksWhatThePageWouldFetch();
    void localFilesDoNotLoad();
    void clickedLinksRoute_data();
    void clickedLinksRoute();
    void mailtoIsSanitized_data();
    void mailtoIsSanitized();
    void externalLinkTargets_data();
    void externalLinkTargets();
    void clickedMailtoKeepsOnlyAddressSubjectBody_data();
    void clickedMailtoKeepsOnlyAddressSubjectBody();
    void actionsUseTheStoredLink();
    void openOriginalThatFailsCopiesTheLink();
    void actionsForOtherArticlesAreRefused_data();
    void actionsForOtherArticlesAreRefused();
    void onlyTheRequestedArticleNavigates();
    void noNewWindows();

private:
    QString hostileBody() const;
    QString beacon(const QString &path) const
    {
        return m_server.url(path).toString(QUrl::FullyEncoded);
    }

    test::TestHttpServer m_server;
    std::unique_ptr<test::TempStore> m_store;
    std::unique_ptr<ArticleView> m_view;
    QList<QUrl> m_opened;
    qint64 m_id = 0;
};

void TestWebSecurity::initTestCase()
{
    QVERIFY(m_server.start());
    m_server.setFallback([](const test::HttpRequest &) {
        return test::HttpResponse::ok(QByteArrayLiteral("tracked"));
    });
}

void TestWebSecurity::init()
{
    m_store = std::make_unique<test::TempStore>();
    QVERIFY(m_store->isOk());
    const QList<qint64> ids = m_store->add(test::makeArticles(1, 4));
    QVERIFY(!ids.contains(0));
    m_id = ids.first();
    m_opened.clear();
    m_view = std::make_unique<ArticleView>(m_store->db(), m_store->images());
    m_view->setUrlOpener([this](const QUrl &url) {
        m_opened << url;
        return true;
    });
    m_view->resize(900, 700);
    m_view->show();
    QVERIFY(test::waitForArticle(*m_view, m_id));
    m_server.clearRequests();
}

void TestWebSecurity::cleanup()
{
    m_view.reset();
    m_store.reset();
}

QString TestWebSecurity::hostileBody() const
{
    // Everything a page can use to fetch, none of it sanitized.
    return QStringLiteral(
               "<p>Hostile body</p>"
               "<img src=\"%1\"><img srcset=\"%2 2x\" src=\"ichq://image/x\">"
               "<picture><source srcset=\"%3\"><img alt=\"p\"></picture>"
               "<link rel=\"stylesheet\" href=\"%4\"><link rel=\"prefetch\" href=\"%5\">"
               "<link rel=\"preload\" as=\"image\" href=\"%6\"><link rel=\"icon\" href=\"%7\">"
               "<style>@import url(%8); body { background: url(%9) }</style>"
               "<div style=\"background-image:url(%10)\">styled</div>"
               "<iframe src=\"%11\"></iframe><frame src=\"%11\">"
               "<script src=\"%12\"></script><script>new Image().src='%12?inline'</script>"
               "<video poster=\"%13\" src=\"%13.mp4\" autoplay></video><audio src=\"%14\" "
               "autoplay></audio><object data=\"%15\"></object><embed src=\"%15.swf\">"
               "<svg><image href=\"%16\"/></svg><input type=\"image\" src=\"%16.png\">"
               "<form action=\"%17\" method=\"post\"><input name=\"q\"></form>"
               "<a href=\"%17\" ping=\"%17?ping\">link</a>"
               "<meta http-equiv=\"refresh\" content=\"0;url=%18\"><base href=\"%18/\">"
               "<img src=\"relative.png\"><table background=\"%19\"><tr><td>t</td></tr></table>")
        .arg(beacon(QStringLiteral("/beacon.png")), beacon(QStringLiteral("/srcset.png")),
             beacon(QStringLiteral("/source.png")), beacon(QStringLiteral("/style.css")),
             beacon(QStringLiteral("/prefetch")), beacon(QStringLiteral("/preload.png")),
             beacon(QStringLiteral("/icon.png")), beacon(QStringLiteral("/import.css")),
             beacon(QStringLiteral("/bg.png")))
        .arg(beacon(QStringLiteral("/inline-bg.png")), beacon(QStringLiteral("/frame")),
             beacon(QStringLiteral("/script.js")), beacon(QStringLiteral("/poster.png")),
             beacon(QStringLiteral("/audio.mp3")), beacon(QStringLiteral("/object")),
             beacon(QStringLiteral("/svg-image.png")), beacon(QStringLiteral("/form")),
             beacon(QStringLiteral("/refresh")), beacon(QStringLiteral("/table-bg.png")));
}

void TestWebSecurity::hostilePageMakesNoRequest()
{
    // Ordinary articles first (their images' original URLs point at the server too).
    PreparedArticle online = test::preparedArticle(
        QStringLiteral("online"), QStringLiteral("Photos from the Yangtze"),
        QStringLiteral("<p>Text</p><img src=\"%1\"><img src=\"%2\">")
            .arg(beacon(QStringLiteral("/photo-1.jpg")), beacon(QStringLiteral("/photo-2.jpg"))));
    const qint64 onlineId = m_store->add(online);
    for (const qint64 id : {onlineId, m_id + 1, m_id + 2, m_id + 3})
        QVERIFY(test::waitForArticle(*m_view, id));

    const qint64 hostile = m_store->add(test::makeArticle(99));
    QVERIFY(m_store->setRawBody(hostile, hostileBody()));
    QSignalSpy refused(m_view.get(), &ArticleView::linkRefused);
    QVERIFY(test::waitForArticle(*m_view, hostile));
    QVERIFY(test::pageHtml(m_view->page()).contains(QStringLiteral("Hostile body")));
    // Give lazy loads, media, the meta refresh and any prefetch time to try.
    QTest::qWait(2500);
    QCOMPARE(m_server.requestCount(), 0);
    QCOMPARE(m_opened.size(), 0);
    QCOMPARE(m_view->page()->url(), m_view->page()->expectedUrl());
    qInfo() << "hostile page: refused navigations" << refused.size() << "; blocked requests"
            << ArticleProfile::blockedRequestCount();
}

void TestWebSecurity::interceptorBlocksWhatThePageWouldFetch()
{
    // The page's CSP stops the hostile page's fetches before they are made, so drive the
    // interceptor directly: a page on the same profile without that CSP, loading the server.
    const int before = ArticleProfile::blockedRequestCount();
    QWebEnginePage plain(ArticleProfile::instance());
    QSignalSpy finished(&plain, &QWebEnginePage::loadFinished);
    plain.load(m_server.url(QStringLiteral("/direct")));
    QVERIFY(finished.wait(30000));
    QCOMPARE(finished.last().at(0).toBool(), false);
    QVERIFY(ArticleProfile::blockedRequestCount() > before);
    QCOMPARE(m_server.requestCount(), 0);
}

void TestWebSecurity::localFilesDoNotLoad()
{
    // ichq: may load ichq: (LocalAccessAllowed); the CSP keeps file: out all the same.
    QTemporaryDir dir;
    const QString png = dir.filePath(QStringLiteral("leak.png"));
    QImage(8, 8, QImage::Format_RGB32).save(png);
    const QString css = dir.filePath(QStringLiteral("leak.css"));
    QFile file(css);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("html { background: rgb(255, 0, 0) !important; }");
    file.close();
    const qint64 id = m_store->add(test::makeArticle(50));
    QVERIFY(m_store->setRawBody(
        id, QStringLiteral("<p>Local</p><img src=\"%1\"><link rel=\"stylesheet\" href=\"%2\">")
                .arg(QUrl::fromLocalFile(png).toString(QUrl::FullyEncoded),
                     QUrl::fromLocalFile(css).toString(QUrl::FullyEncoded))));
    QVERIFY(test::waitForArticle(*m_view, id));
    QTest::qWait(500);
    QWebEnginePage *page = m_view->page();
    QCOMPARE(test::runScript(page, QStringLiteral("document.images[0].naturalWidth")).toInt(), 0);
    QVERIFY(test::runScript(
                page, QStringLiteral("getComputedStyle(document.documentElement).backgroundColor"))
                .toString() != QStringLiteral("rgb(255, 0, 0)"));
}

void TestWebSecurity::clickedLinksRoute_data()
{
    QTest::addColumn<QString>("address");
    QTest::addColumn<bool>("opened");
    QTest::newRow("http") << QStringLiteral("http://www.ichongqing.info/a") << true;
    QTest::newRow("https") << QStringLiteral("https://www.ichongqing.info/b?c=d") << true;
    QTest::newRow("mailto") << QStringLiteral("mailto:news@ichongqing.info") << true;
    QTest::newRow("javascript") << QStringLiteral("javascript:alert(1)") << false;
    QTest::newRow("file") << QStringLiteral("file:///etc/passwd") << false;
    QTest::newRow("data") << QStringLiteral("data:text/html,<script>alert(1)</script>") << false;
    QTest::newRow("ftp") << QStringLiteral("ftp://ftp.example.org/x") << false;
    QTest::newRow("ichq article") << QStringLiteral("ichq://article/2") << false;
    QTest::newRow("ichq image") << QStringLiteral("ichq://image/00") << false;
    QTest::newRow("about") << QStringLiteral("about:blank") << false;
    QTest::newRow("tel") << QStringLiteral("tel:+862300000000") << false;
}

void TestWebSecurity::clickedLinksRoute()
{
    QFETCH(QString, address);
    QFETCH(bool, opened);
    const QUrl url(address);
    ArticlePage *page = m_view->page();
    QSignalSpy external(m_view.get(), &ArticleView::externalLinkOpened);
    QSignalSpy refused(m_view.get(), &ArticleView::linkRefused);
    QVERIFY(!page->acceptNavigationRequest(url, QWebEnginePage::NavigationTypeLinkClicked, true));
    QCOMPARE(m_opened, opened ? QList<QUrl>{url} : QList<QUrl>{});
    QCOMPARE(external.size(), opened ? 1 : 0);
    QCOMPARE(refused.size(), opened ? 0 : 1);
    // The same URL arriving any other way than a click is never opened.
    for (const auto type :
         {QWebEnginePage::NavigationTypeRedirect, QWebEnginePage::NavigationTypeFormSubmitted,
          QWebEnginePage::NavigationTypeOther, QWebEnginePage::NavigationTypeTyped,
          QWebEnginePage::NavigationTypeBackForward}) {
        QVERIFY(!page->acceptNavigationRequest(url, type, true));
        QVERIFY(!page->acceptNavigationRequest(url, QWebEnginePage::NavigationTypeLinkClicked,
                                               false)); // in a frame
    }
    QCOMPARE(m_opened.size(), opened ? 1 : 0);
}

void TestWebSecurity::mailtoIsSanitized_data()
{
    // A mailto: goes to the mail client with its addresses, subject and body only; empty: refused.
    QTest::addColumn<QString>("link");
    QTest::addColumn<QString>("expected");
    const auto row = [](const char *name, const char *link, const char *expected) {
        QTest::newRow(name) << QString::fromUtf8(link) << QString::fromUtf8(expected);
    };
    row("address only", "mailto:news@ichongqing.info", "mailto:news@ichongqing.info");
    row("subject and body", "mailto:a@b.c?subject=x&body=y", "mailto:a@b.c?subject=x&body=y");
    row("attach dropped", "mailto:a@b.c?subject=x&body=y&attach=/etc/passwd",
        "mailto:a@b.c?subject=x&body=y");
    row("attachment dropped", "mailto:a@b.c?attachment=file:///etc/passwd&body=y",
        "mailto:a@b.c?body=y");
    row("cc dropped", "mailto:a@b.c?cc=spy@evil.example&subject=x", "mailto:a@b.c?subject=x");
    row("bcc dropped", "mailto:a@b.c?bcc=spy@evil.example", "mailto:a@b.c");
    row("to dropped", "mailto:a@b.c?to=spy@evil.example&body=y", "mailto:a@b.c?body=y");
    row("names in any case", "mailto:a@b.c?SUBJECT=x&Body=y&BCC=spy@evil.example",
        "mailto:a@b.c?subject=x&body=y");
    row("other headers dropped",
        "mailto:a@b.c?in-reply-to=%3Cid@x%3E&X-Mailer=evil&keywords=k&subject=x",
        "mailto:a@b.c?subject=x");
    row("first subject and body only", "mailto:a@b.c?subject=x&subject=z&body=y&body=w",
        "mailto:a@b.c?subject=x&body=y");
    row("fragment dropped", "mailto:a@b.c?subject=x#frag", "mailto:a@b.c?subject=x");
    row("CRLF in subject: subject dropped",
        "mailto:a@b.c?subject=hi%0D%0ABcc:%20spy@evil.example&body=y", "mailto:a@b.c?body=y");
    row("LF in subject: subject dropped", "mailto:a@b.c?subject=hi%0Acc:spy@evil.example",
        "mailto:a@b.c");
    row("CR in subject: subject dropped", "mailto:a@b.c?subject=hi%0D", "mailto:a@b.c");
    row("NUL in subject: subject dropped", "mailto:a@b.c?subject=hi%00x&body=y",
        "mailto:a@b.c?body=y");
    row("line breaks in the body kept", "mailto:a@b.c?body=line%201%0D%0Aline%202",
        "mailto:a@b.c?body=line%201%0D%0Aline%202");
    row("reserved characters stay data", "mailto:a@b.c?subject=a%26cc%3Dx%2By",
        "mailto:a@b.c?subject=a%26cc%3Dx%2By");
    row("spaces and Chinese", "mailto:a@b.c?subject=Hello%20world&body=%E4%BD%A0%E5%A5%BD",
        "mailto:a@b.c?subject=Hello%20world&body=%E4%BD%A0%E5%A5%BD");
    row("empty fields dropped", "mailto:a@b.c?subject=&body=", "mailto:a@b.c");
    row("several addresses kept", "mailto:a@b.c,d@e.f?subject=x", "mailto:a@b.c,d@e.f?subject=x");
    row("encoded CRLF in an address", "mailto:a@b.c%0D%0ABcc:spy@evil.example", "");
    row("encoded LF between addresses", "mailto:a@b.c,%0Ad@e.f", "");
    row("header in the address", "mailto:a@b.c%3Fbcc=spy@evil.example", "");
    row("not an address", "mailto:nobody", "");
    row("empty address", "mailto:?subject=x&body=y", "");
    row("empty address in a list", "mailto:a@b.c,,d@e.f", "");
    row("two @", "mailto:a@b@c.d", "");
    row("display name", "mailto:Eve%20%3Ce@evil.example%3E", "");
    row("authority", "mailto://evil.example/a@b.c", "");
    row("not mailto", "https://www.ichongqing.info/", "");
}

void TestWebSecurity::mailtoIsSanitized()
{
    QFETCH(QString, link);
    QFETCH(QString, expected);
    const QUrl sanitized = sanitizedMailto(QUrl(link));
    QCOMPARE(sanitized.isValid(), !expected.isEmpty());
    if (!expected.isEmpty()) {
        QCOMPARE(sanitized.toString(QUrl::FullyEncoded), expected);
        QCOMPARE(sanitized.scheme(), QStringLiteral("mailto"));
        // Sanitizing again changes nothing.
        QCOMPARE(sanitizedMailto(sanitized), sanitized);
    }
}

void TestWebSecurity::externalLinkTargets_data()
{
    QTest::addColumn<QString>("link");
    QTest::addColumn<QString>("expected");
    QTest::newRow("http") << QStringLiteral("http://www.ichongqing.info/a")
                          << QStringLiteral("http://www.ichongqing.info/a");
    QTest::newRow("https with query") << QStringLiteral("https://www.ichongqing.info/b?c=d&e=f")
                                      << QStringLiteral("https://www.ichongqing.info/b?c=d&e=f");
    QTest::newRow("mailto") << QStringLiteral("mailto:a@b.c?subject=x&body=y&attach=/etc/passwd")
                            << QStringLiteral("mailto:a@b.c?subject=x&body=y");
    QTest::newRow("bad mailto") << QStringLiteral("mailto:a@b.c%0D%0ABcc:x@y.z") << QString();
    QTest::newRow("javascript") << QStringLiteral("javascript:alert(1)") << QString();
    QTest::newRow("file") << QStringLiteral("file:///etc/passwd") << QString();
    QTest::newRow("tel") << QStringLiteral("tel:+862300000000") << QString();
    QTest::newRow("ichq") << QStringLiteral("ichq://article/1") << QString();
    QTest::newRow("invalid") << QString() << QString();
}

void TestWebSecurity::externalLinkTargets()
{
    QFETCH(QString, link);
    QFETCH(QString, expected);
    const QUrl target = externalLinkTarget(QUrl(link));
    QCOMPARE(target.isValid(), !expected.isEmpty());
    if (!expected.isEmpty())
        QCOMPARE(target.toString(QUrl::FullyEncoded), expected);
}

void TestWebSecurity::clickedMailtoKeepsOnlyAddressSubjectBody_data()
{
    // What the mail client receives, or empty when the link is refused.
    QTest::addColumn<QString>("address");
    QTest::addColumn<QString>("opened");
    QTest::newRow("attach") << QStringLiteral("mailto:a@b.c?subject=x&body=y&attach=/etc/passwd")
                            << QStringLiteral("mailto:a@b.c?subject=x&body=y");
    QTest::newRow("cc bcc to")
        << QStringLiteral("mailto:a@b.c?cc=spy@evil.example&BCC=spy@evil.example&to=c@d.e&body=y")
        << QStringLiteral("mailto:a@b.c?body=y");
    QTest::newRow("header injection in subject")
        << QStringLiteral("mailto:a@b.c?subject=hi%0D%0ABcc:%20spy@evil.example&body=y")
        << QStringLiteral("mailto:a@b.c?body=y");
    QTest::newRow("header injection in address")
        << QStringLiteral("mailto:a@b.c%0D%0ABcc:spy@evil.example") << QString();
}

void TestWebSecurity::clickedMailtoKeepsOnlyAddressSubjectBody()
{
    QFETCH(QString, address);
    QFETCH(QString, opened);
    QSignalSpy external(m_view.get(), &ArticleView::externalLinkOpened);
    QSignalSpy refused(m_view.get(), &ArticleView::linkRefused);
    QVERIFY(!m_view->page()->acceptNavigationRequest(
        QUrl(address), QWebEnginePage::NavigationTypeLinkClicked, true));
    if (opened.isEmpty()) {
        QVERIFY(m_opened.isEmpty());
        QCOMPARE(refused.size(), 1);
        return;
    }
    QCOMPARE(m_opened.size(), 1);
    QCOMPARE(m_opened.first().toString(QUrl::FullyEncoded), opened);
    QCOMPARE(external.size(), 1);
    QCOMPARE(external.first().at(0).toUrl(), m_opened.first());
}

void TestWebSecurity::actionsUseTheStoredLink()
{
    ArticlePage *page = m_view->page();
    const QUrl link = test::makeArticle(1).link;
    QSignalSpy copied(m_view.get(), &ArticleView::linkCopied);
    QGuiApplication::clipboard()->setText(QStringLiteral("before"));
    QVERIFY(
        !page->acceptNavigationRequest(QUrl(QStringLiteral("ichq://action/copy-link/%1").arg(m_id)),
                                       QWebEnginePage::NavigationTypeLinkClicked, true));
    QCOMPARE(QGuiApplication::clipboard()->text(), link.toString());
    QCOMPARE(copied.size(), 1);
    QCOMPARE(copied.first().at(0).toUrl(), link);
    QVERIFY(m_opened.isEmpty());

    QSignalSpy external(m_view.get(), &ArticleView::externalLinkOpened);
    QVERIFY(!page->acceptNavigationRequest(
        QUrl(QStringLiteral("ichq://action/open-original/%1").arg(m_id)),
        QWebEnginePage::NavigationTypeLinkClicked, true));
    QCOMPARE(m_opened, QList<QUrl>{link});
    QCOMPARE(external.size(), 1);
}

// No browser could be started: the reader says so and puts the link on the clipboard, for the
// menu's Open Original and the page's link alike.
void TestWebSecurity::openOriginalThatFailsCopiesTheLink()
{
    m_view->setUrlOpener([](const QUrl &) { return false; });
    const QUrl link = test::makeArticle(1).link;
    QSignalSpy failed(m_view.get(), &ArticleView::externalLinkFailed);
    QSignalSpy opened(m_view.get(), &ArticleView::externalLinkOpened);
    QGuiApplication::clipboard()->setText(QStringLiteral("before"));
    QVERIFY(!m_view->page()->acceptNavigationRequest(
        QUrl(QStringLiteral("ichq://action/open-original/%1").arg(m_id)),
        QWebEnginePage::NavigationTypeLinkClicked, true));
    QCOMPARE(failed.size(), 1);
    QCOMPARE(failed.first().at(0).toUrl(), link);
    QCOMPARE(opened.size(), 0);
    QCOMPARE(QGuiApplication::clipboard()->text(), link.toString());

    QGuiApplication::clipboard()->setText(QStringLiteral("before"));
    m_view->openExternally(link);
    QCOMPARE(failed.size(), 2);
    QCOMPARE(QGuiApplication::clipboard()->text(), link.toString());
}

void TestWebSecurity::actionsForOtherArticlesAreRefused_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<bool>("click");
    QTest::newRow("other article") << QStringLiteral("/copy-link/%1").arg(m_id + 1) << true;
    QTest::newRow("unknown verb") << QStringLiteral("/delete/%1").arg(m_id) << true;
    QTest::newRow("bad id") << QStringLiteral("/copy-link/0%1").arg(m_id) << true;
    QTest::newRow("extra path") << QStringLiteral("/copy-link/%1/x").arg(m_id) << true;
    QTest::newRow("not a click") << QStringLiteral("/open-original/%1").arg(m_id) << false;
}

void TestWebSecurity::actionsForOtherArticlesAreRefused()
{
    QFETCH(QString, path);
    QFETCH(bool, click);
    QGuiApplication::clipboard()->setText(QStringLiteral("untouched"));
    QSignalSpy copied(m_view.get(), &ArticleView::linkCopied);
    QVERIFY(!m_view->page()->acceptNavigationRequest(
        QUrl(QStringLiteral("ichq://action") + path),
        click ? QWebEnginePage::NavigationTypeLinkClicked : QWebEnginePage::NavigationTypeRedirect,
        true));
    QVERIFY(m_opened.isEmpty());
    QVERIFY(copied.isEmpty());
    QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("untouched"));
}

void TestWebSecurity::onlyTheRequestedArticleNavigates()
{
    ArticlePage *page = m_view->page();
    const QUrl expected = page->expectedUrl();
    QCOMPARE(ArticleContent::articleIdFromUrl(expected), m_id);
    QVERIFY(page->acceptNavigationRequest(expected, QWebEnginePage::NavigationTypeTyped, true));
    QVERIFY(page->acceptNavigationRequest(expected, QWebEnginePage::NavigationTypeReload, true));
    QVERIFY(!page->acceptNavigationRequest(expected, QWebEnginePage::NavigationTypeTyped, false));
    QVERIFY(!page->acceptNavigationRequest(ArticleContent::articleUrl(m_id + 1, Theme::Light),
                                           QWebEnginePage::NavigationTypeTyped, true));
}

void TestWebSecurity::noNewWindows()
{
    for (const auto type : {QWebEnginePage::WebBrowserWindow, QWebEnginePage::WebBrowserTab,
                            QWebEnginePage::WebDialog, QWebEnginePage::WebBrowserBackgroundTab})
        QCOMPARE(m_view->page()->createWindow(type), nullptr);
}

ICHQ_WEB_TEST_MAIN(TestWebSecurity)
#include "tst_web_security.moc"
