// The ichq: scheme: what it serves for each URL, checked directly and through a live page.

#include "SyntheticFeed.h"
#include "WebTestSupport.h"
#include "web/ArticleContent.h"
#include "web/ArticleTemplate.h"

using namespace ichq;
using namespace ichq::web;

namespace {

const QString kCsp = QStringLiteral(
    "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; img-src ichq:; "
    "style-src ichq:; font-src ichq:; base-uri 'none'; form-action 'none'\">");

QUrl url(const QString &text)
{
    return QUrl(text);
}

} // namespace

class TestWebContent : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();

    void articlePageIsFilledAndEscaped();
    void darkThemeIsAClassOnHtml();
    void templateFillIsSinglePass();
    void leadPhotoOnlyWhenBodyHasNone();
    void chineseArticleIsMarkedChinese();
    void cachedImageIsServedWithItsType();
    void missingImageGetsPlaceholder();
    void styleSheetIsServed();
    void malformedUrlsAreNotFound_data();
    void malformedUrlsAreNotFound();
    void livePageLoadsStyleAndImages();
    void missingArticleFailsToLoad();

private:
    std::unique_ptr<test::TempStore> m_store;
    std::unique_ptr<ArticleContent> m_content;
    qint64 m_id = 0;
    QUrl m_cachedImage{QStringLiteral("https://www.ichongqing.info/img/cached.jpg")};
    QUrl m_missingImage{QStringLiteral("https://www.ichongqing.info/img/missing.jpg")};
    QByteArray m_jpeg;
};

void TestWebContent::init()
{
    m_store = std::make_unique<test::TempStore>();
    QVERIFY(m_store->isOk());
    const QString body =
        QStringLiteral("<p>Fog lifted over the Jialing River.</p>"
                       "<figure><img src=\"%1\" width=\"600\" height=\"360\"><figcaption>Cached"
                       "</figcaption></figure><figure><img src=\"%2\"></figure>")
            .arg(m_cachedImage.toString(), m_missingImage.toString());
    PreparedArticle a = test::preparedArticle(
        QStringLiteral("cable"), QStringLiteral("Cableway <rides> & \"records\""), body,
        {QStringLiteral("Travel"), QStringLiteral("<b>Chongqing</b>")});
    a.author = QStringLiteral("Li <Ming>");
    m_id = m_store->add(a);
    QVERIFY(m_id > 0);
    m_jpeg = test::makeTestImage(7, 600, 360);
    QVERIFY(m_store->cacheImage(m_cachedImage, m_jpeg, "image/jpeg", 600, 360));
    m_content = std::make_unique<ArticleContent>(m_store->db(), m_store->images());
}

void TestWebContent::cleanup()
{
    m_content.reset();
    m_store.reset();
}

void TestWebContent::articlePageIsFilledAndEscaped()
{
    const auto reply = m_content->serve(ArticleContent::articleUrl(m_id, Theme::Light));
    QVERIFY(reply);
    QCOMPARE(reply->mimeType, QByteArray("text/html"));
    const QString html = QString::fromUtf8(reply->body);
    QVERIFY(html.contains(kCsp));
    QVERIFY(html.contains(QStringLiteral("Cableway &lt;rides&gt; &amp; &quot;records&quot;")));
    QVERIFY(!html.contains(QStringLiteral("<rides>")));
    QVERIFY(html.contains(QStringLiteral("By Li &lt;Ming&gt;")));
    QVERIFY(html.contains(QStringLiteral("Travel, &lt;b&gt;Chongqing&lt;/b&gt;")));
    const QDateTime published(QDate(2026, 11, 14), QTime(9, 30), Qt::UTC);
    QVERIFY(html.contains(ArticleTemplate::formatDate(published, QLocale()).toHtmlEscaped()));
    QVERIFY(html.contains(QStringLiteral("datetime=\"2026-11-14T09:30:00Z\"")));
    QVERIFY(html.contains(QStringLiteral("ichq://action/open-original/%1").arg(m_id)));
    QVERIFY(html.contains(QStringLiteral("ichq://action/copy-link/%1").arg(m_id)));
    QVERIFY(html.contains(QStringLiteral(">Open original<")));
    QVERIFY(html.contains(QStringLiteral("<p>Fog lifted over the Jialing River.</p>")));
    QVERIFY(html.contains(QStringLiteral("class=\"light\"")));
    QVERIFY(html.contains(QStringLiteral("lang=\"en\"")));
}

void TestWebContent::darkThemeIsAClassOnHtml()
{
    const auto reply = m_content->serve(ArticleContent::articleUrl(m_id, Theme::Dark));
    QVERIFY(reply);
    QVERIFY(QString::fromUtf8(reply->body)
                .contains(QStringLiteral("<html lang=\"en\" class=\"dark\">")));
}

void TestWebContent::templateFillIsSinglePass()
{
    const QHash<QString, QString> values{{QStringLiteral("title"), QStringLiteral("{{body}}")},
                                         {QStringLiteral("body"), QStringLiteral("<p>b</p>")}};
    QCOMPARE(
        ArticleTemplate::fill(QStringLiteral("<h1>{{title}}</h1>{{body}}{{unknown}}{{"), values),
        QStringLiteral("<h1>{{body}}</h1><p>b</p>{{"));
}

void TestWebContent::leadPhotoOnlyWhenBodyHasNone()
{
    // The first image of a body without one (a feed-level media image) leads the page.
    PreparedArticle plain = test::preparedArticle(QStringLiteral("plain"), QStringLiteral("Plain"),
                                                  QStringLiteral("<p>Text only.</p>"));
    plain.imageUrls = {m_cachedImage};
    const qint64 plainId = m_store->add(plain);
    const QString key = imageKeyForUrl(m_cachedImage);
    auto reply = m_content->serve(ArticleContent::articleUrl(plainId, Theme::Light));
    QVERIFY(reply);
    QVERIFY(
        QString::fromUtf8(reply->body)
            .contains(
                QStringLiteral("<figure class=\"lead\"><img src=\"ichq://image/%1\"").arg(key)));
    reply = m_content->serve(ArticleContent::articleUrl(m_id, Theme::Light));
    QVERIFY(reply);
    QVERIFY(!QString::fromUtf8(reply->body).contains(QStringLiteral("class=\"lead\"")));
}

void TestWebContent::chineseArticleIsMarkedChinese()
{
    const qint64 id = m_store->add(test::preparedArticle(
        QStringLiteral("zh"), QStringLiteral("两江新区数字经济产业园正式开园"),
        QStringLiteral("<p>两江新区管委会表示，该项目将带动上下游企业集聚发展。</p>")));
    const auto reply = m_content->serve(ArticleContent::articleUrl(id, Theme::Light));
    QVERIFY(reply);
    QVERIFY(QString::fromUtf8(reply->body).contains(QStringLiteral("lang=\"zh-Hans\"")));
}

void TestWebContent::cachedImageIsServedWithItsType()
{
    const auto reply =
        m_content->serve(url(QStringLiteral("ichq://image/") + imageKeyForUrl(m_cachedImage)));
    QVERIFY(reply);
    QCOMPARE(reply->mimeType, QByteArray("image/jpeg"));
    QCOMPARE(reply->body, m_jpeg);
}

void TestWebContent::missingImageGetsPlaceholder()
{
    const auto reply =
        m_content->serve(url(QStringLiteral("ichq://image/") + imageKeyForUrl(m_missingImage)));
    QVERIFY(reply);
    QCOMPARE(reply->mimeType, QByteArray("image/svg+xml"));
    QVERIFY(reply->body.startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\""));
    QVERIFY(!reply->body.contains("<script"));
    QVERIFY(!reply->body.contains("href"));
}

void TestWebContent::styleSheetIsServed()
{
    const auto reply = m_content->serve(url(QStringLiteral("ichq://style/article.css")));
    QVERIFY(reply);
    QCOMPARE(reply->mimeType, QByteArray("text/css"));
    QVERIFY(reply->body.contains("html.dark"));
    QVERIFY(reply->body.contains("max-width"));
}

void TestWebContent::malformedUrlsAreNotFound_data()
{
    QTest::addColumn<QString>("address");
    const QString key = imageKeyForUrl(m_cachedImage);
    QTest::newRow("id zero") << QStringLiteral("ichq://article/0");
    QTest::newRow("id negative") << QStringLiteral("ichq://article/-1");
    QTest::newRow("id leading zero") << QStringLiteral("ichq://article/01");
    QTest::newRow("id plus") << QStringLiteral("ichq://article/+1");
    QTest::newRow("id text") << QStringLiteral("ichq://article/abc");
    QTest::newRow("id overflow") << QStringLiteral("ichq://article/99999999999999999999");
    QTest::newRow("id extra path") << QStringLiteral("ichq://article/1/2");
    QTest::newRow("id trailing slash") << QStringLiteral("ichq://article/1/");
    QTest::newRow("id no path") << QStringLiteral("ichq://article");
    QTest::newRow("id missing article") << QStringLiteral("ichq://article/987654");
    QTest::newRow("theme unknown") << QStringLiteral("ichq://article/1?theme=evil");
    QTest::newRow("theme extra") << QStringLiteral("ichq://article/1?theme=dark&x=1");
    QTest::newRow("user info") << QStringLiteral("ichq://user@article/1");
    QTest::newRow("port") << QStringLiteral("ichq://article:81/1");
    QTest::newRow("wrong scheme") << QStringLiteral("http://article/1");
    QTest::newRow("unknown host") << QStringLiteral("ichq://other/1");
    QTest::newRow("action host") << QStringLiteral("ichq://action/copy-link/1");
    QTest::newRow("key short") << QStringLiteral("ichq://image/abc123");
    QTest::newRow("key upper") << QStringLiteral("ichq://image/") + key.toUpper();
    QTest::newRow("key long") << QStringLiteral("ichq://image/") + key + QStringLiteral("0");
    QTest::newRow("key traversal") << QStringLiteral("ichq://image/..%2F..%2Freader.sqlite");
    QTest::newRow("key query") << QStringLiteral("ichq://image/") + key + QStringLiteral("?a");
    QTest::newRow("key subpath") << QStringLiteral("ichq://image/ab/") + key;
    QTest::newRow("style other") << QStringLiteral("ichq://style/other.css");
    QTest::newRow("style resource escape") << QStringLiteral("ichq://style/article.html");
    QTest::newRow("style query") << QStringLiteral("ichq://style/article.css?v=1");
}

void TestWebContent::malformedUrlsAreNotFound()
{
    QFETCH(QString, address);
    QVERIFY(!m_content->serve(QUrl(address)));
}

void TestWebContent::livePageLoadsStyleAndImages()
{
    ArticleView view(m_store->db(), m_store->images());
    view.resize(900, 700);
    view.show();
    QVERIFY(test::waitForArticle(view, m_id));
    QWebEnginePage *page = view.page();
    QVERIFY(test::pageHtml(page).contains(QStringLiteral("Fog lifted over the Jialing River.")));
    // The style sheet applied (served by ichq://style), and the images decoded: the cached
    // JPEG at its own size, the missing one as the 640x400 placeholder.
    QTRY_COMPARE_WITH_TIMEOUT(
        test::runScript(page, QStringLiteral("Array.from(document.images).map(i => i.complete "
                                             "&& i.naturalWidth + 'x' + i.naturalHeight).join()"))
            .toString(),
        QStringLiteral("600x360,640x400"), 10000);
    QCOMPARE(
        test::runScript(page, QStringLiteral("getComputedStyle(document.querySelector('.button'))"
                                             ".borderTopLeftRadius"))
            .toString(),
        QStringLiteral("999px"));
    // Page scripts stay off even though the application world runs.
    QCOMPARE(test::runScript(page, QStringLiteral("document.scripts.length")).toInt(), 0);
}

void TestWebContent::missingArticleFailsToLoad()
{
    ArticleView view(m_store->db(), m_store->images());
    view.resize(600, 400);
    view.show();
    QSignalSpy spy(&view, &ArticleView::articleLoaded);
    view.showArticle(987654);
    QVERIFY(spy.wait(30000));
    QCOMPARE(spy.last().at(0).toLongLong(), 987654);
    QCOMPARE(spy.last().at(1).toBool(), false);
}

ICHQ_WEB_TEST_MAIN(TestWebContent)
#include "tst_web_content.moc"
