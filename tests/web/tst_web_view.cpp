// The article pane as a widget: lazy engine, zoom, paging, PDF export, and screenshots of real
// looking pages in both themes for a human to judge.

#include "SyntheticFeed.h"
#include "WebTestSupport.h"
#include "web/ArticleProfile.h"

#include <QDir>
#include <QFile>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QQuickWidget>
#include <QWebEngineProfile>
#include <QWebEngineView>
#include <QWindow>

using namespace ichq;
using namespace ichq::web;

namespace {

const QString kImageBase =
    QStringLiteral("https://www.ichongqing.info/wp-content/uploads/2026/11/");

QString englishBody()
{
    return QStringLiteral(
               "<p>The mist had barely lifted off the Jialing River when the first cabins of the "
               "Yangtze River Cableway began their slow glide across the water on Saturday "
               "morning, "
               "carrying commuters, schoolchildren and a growing crowd of visitors who had queued "
               "since "
               "dawn for a view of the mountain city waking up.</p>"
               "<p>Operators said the line carried its ten-millionth passenger this week, nearly "
               "four "
               "decades after it opened as a practical link between Yuzhong and the south bank. "
               "&ldquo;People come for the photographs, but many of our riders still use it to get "
               "to "
               "work,&rdquo; said station manager Chen Lu.</p>"
               "<figure><img src=\"%1cableway.jpg\" width=\"640\" height=\"400\" alt=\"Cableway\">"
               "<figcaption>A cableway cabin crosses the Yangtze at sunrise, with Chaotianmen in "
               "the "
               "distance. Photo: iChongqing / Wang Jie</figcaption></figure>"
               "<h2>A city built on slopes</h2>"
               "<p>Chongqing&rsquo;s geography has long shaped how its people move. Monorails "
               "thread "
               "through apartment blocks, escalators climb hillsides and ferries still cross where "
               "bridges have not been built. City planners say the cableway remains part of that "
               "<a href=\"https://www.ichongqing.info/transport/\">network</a>, not merely an "
               "attraction.</p>"
               "<blockquote><p>The cableway is how my grandmother went to market. Now my daughter "
               "rides "
               "it to see the river from the sky.</p></blockquote>"
               "<p>Ridership has climbed steadily since the line was renovated, and the busiest "
               "days now "
               "fall during national holidays.</p>"
               "<table><thead><tr><th>Year</th><th>Riders</th><th>Busiest day</th></tr></thead>"
               "<tbody><tr><td>2023</td><td>4.1 million</td><td>1 October</td></tr>"
               "<tr><td>2024</td><td>4.6 million</td><td>3 October</td></tr>"
               "<tr><td>2025</td><td>5.2 million</td><td>2 October</td></tr></tbody></table>"
               "<figure><img src=\"%1hongyadong.jpg\" width=\"640\" height=\"400\" "
               "alt=\"Hongyadong\">"
               "<figcaption>Hongyadong&rsquo;s stilted houses light up at dusk above the Jialing "
               "River."
               "</figcaption></figure>"
               "<p>Evening service runs until ten, when the lights of Hongyadong are reflected in "
               "the "
               "river below. A third photograph, of the south bank station, had not yet been "
               "downloaded when this page was saved:</p>"
               "<figure><img src=\"%1south-bank.jpg\" width=\"640\" height=\"400\" alt=\"South "
               "bank\">"
               "<figcaption>The south bank station, rebuilt in 2019.</figcaption></figure>"
               "<p>Tickets cost 20 yuan one way. The line is closed for maintenance on the first "
               "Tuesday of each month.</p>")
        .arg(kImageBase);
}

QString chineseBody()
{
    return QStringLiteral(
               "<p>"
               "11月14日上午，两江新区数字经济产业园正式开园。首批入驻的四十余家企业涵盖人工智能、"
               "工业互联网和智能网联汽车等领域，预计新增就业岗位三千余个。</p>"
               "<p>"
               "两江新区管委会表示，该项目将带动上下游企业集聚发展，形成“研发—制造—应用”一体化的产"
               "业"
               "生态。园区距离果园港仅十五分钟车程，可借助西部陆海新通道连接东南亚市场。</p>"
               "<figure><img src=\"%1park.jpg\" width=\"640\" height=\"400\" alt=\"产业园\">"
               "<figcaption>两江新区数字经济产业园一角。图：iChongqing / 李明</figcaption></figure>"
               "<blockquote><p>我们看中的是这里完整的产业链和便利的物流条件。</p></blockquote>"
               "<p>"
               "入驻企业负责人表示，重庆在汽车和电子信息制造方面基础雄厚，为数字化转型提供了丰富的"
               "应用"
               "场景。当天下午，市民还在朝天门码头观看了灯光秀，长江索道排起长队。</p>"
               "<h2>配套服务同步上线</h2>"
               "<p>"
               "园区同步推出人才公寓、共享实验室和一站式政务服务窗口，企业开办时间压缩至一个工作日"
               "。"
               "</p>")
        .arg(kImageBase);
}

bool hasContent(const QImage &image)
{
    // A blank grab is one colour; a rendered article has text, photos and rules.
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 7) {
        for (int x = 0; x < image.width(); x += 7) {
            colours.insert(image.pixel(x, y));
            if (colours.size() > 50)
                return true;
        }
    }
    return false;
}

} // namespace

class TestWebView : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();

    void engineIsCreatedLazily(); // first: no profile exists yet
    void emptyStateIsShownUntilAnArticle();
    void firstArticleKeepsTheNativeWindow();
    void zoomIsClamped();
    void pageDownScrollsToTheEnd();
    void exportsPdf();
    void screenshots_data();
    void screenshots();

private:
    std::unique_ptr<test::TempStore> m_store;
    qint64 m_english = 0;
    qint64 m_chinese = 0;
};

void TestWebView::init()
{
    m_store = std::make_unique<test::TempStore>();
    QVERIFY(m_store->isOk());
    m_english = m_store->add(test::preparedArticle(
        QStringLiteral("cableway"),
        QStringLiteral("Yangtze River Cableway welcomes its ten-millionth rider"), englishBody(),
        {QStringLiteral("Travel"), QStringLiteral("Chongqing")}));
    PreparedArticle zh = test::preparedArticle(QStringLiteral("park"),
                                               QStringLiteral("两江新区数字经济产业园正式开园"),
                                               chineseBody(), {QStringLiteral("财经")});
    zh.author = QStringLiteral("李明");
    m_chinese = m_store->add(zh);
    QVERIFY(m_english > 0 && m_chinese > 0);
    const auto cache = [this](const QString &name, int seed) {
        QVERIFY(m_store->cacheImage(QUrl(kImageBase + name), test::makeTestImage(seed, 640, 400),
                                    "image/jpeg", 640, 400));
    };
    cache(QStringLiteral("cableway.jpg"), 3);
    cache(QStringLiteral("hongyadong.jpg"), 11);
    cache(QStringLiteral("park.jpg"), 5);
}

void TestWebView::cleanup()
{
    m_store.reset();
}

void TestWebView::engineIsCreatedLazily()
{
    ArticleView view(m_store->db(), m_store->images());
    view.resize(800, 600);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QVERIFY(!view.isEngineCreated());
    QVERIFY(view.findChildren<QWebEngineView *>().isEmpty());
    QVERIFY(!view.engineView());
    QVERIFY(!ArticleProfile::exists());

    QSignalSpy created(&view, &ArticleView::engineCreated);
    QVERIFY(test::waitForArticle(view, m_english));
    QCOMPARE(created.size(), 1);
    QVERIFY(view.isEngineCreated());
    QCOMPARE(view.findChildren<QWebEngineView *>().size(), 1);
    QCOMPARE(view.currentArticle(), m_english);
    QCOMPARE(view.engineView()->page()->profile(), ArticleProfile::instance());
    QVERIFY(view.engineView()->page()->profile()->isOffTheRecord());
}

void TestWebView::emptyStateIsShownUntilAnArticle()
{
    ArticleView view(m_store->db(), m_store->images());
    auto *label = view.findChild<QLabel *>();
    QVERIFY(label);
    QCOMPARE(label->text(), QStringLiteral("Select an article to read it."));
    view.show();
    QVERIFY(label->isVisible());
    QVERIFY(test::waitForArticle(view, m_chinese));
    QVERIFY(!label->isVisible());
    view.clear();
    QVERIFY(label->isVisible());
    QCOMPARE(view.currentArticle(), 0);
    QVERIFY(!view.pageDown());
}

void TestWebView::firstArticleKeepsTheNativeWindow()
{
    // The engine draws into a QQuickWidget, which needs a window composed through the scene
    // graph's graphics API (OpenGL on a desktop). A window made for raster painting would be
    // destroyed and made again when it first appears (a flicker, a new window id, the focus
    // lost). The pane asks for the right window before that window is first shown.
    // What such a window is on this platform: OpenGL on X11 and Wayland; raster on offscreen,
    // where the scene graph has no OpenGL (and Qt never recreates the window).
    QWidget probe;
    new QQuickWidget(&probe);
    probe.winId();
    const QSurface::SurfaceType needed = probe.windowHandle()->surfaceType();
    qInfo() << "the engine's window needs" << needed;

    QWidget window;
    auto *layout = new QHBoxLayout(&window);
    auto *list = new QLineEdit(&window);
    layout->addWidget(list);
    auto *view = new ArticleView(m_store->db(), m_store->images(), &window);
    layout->addWidget(view);
    window.resize(1000, 700);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    list->setFocus();
    QTRY_VERIFY(list->hasFocus());
    QVERIFY(!view->isEngineCreated());
    // Declared up front, so even a platform without OpenGL checks the fix.
    QVERIFY(view->findChild<QQuickWidget *>());
    const QPointer<QWindow> handle = window.windowHandle();
    QVERIFY(handle);
    QCOMPARE(handle->surfaceType(), needed);
    const WId before = window.winId();

    QVERIFY(test::waitForArticle(*view, m_english));
    QTest::qWait(300);
    QVERIFY(handle);
    QCOMPARE(window.windowHandle(), handle.data());
    QCOMPARE(handle->surfaceType(), needed);
    QCOMPARE(window.winId(), before);
    QVERIFY(list->hasFocus());
    QVERIFY(test::waitForArticle(*view, m_chinese));
    QCOMPARE(window.winId(), before);
}

void TestWebView::zoomIsClamped()
{
    ArticleView view(m_store->db(), m_store->images());
    QSignalSpy changed(&view, &ArticleView::zoomChanged);
    view.setZoomFactor(10);
    QCOMPARE(view.zoomFactor(), 3.0);
    view.zoomIn();
    QCOMPARE(view.zoomFactor(), 3.0);
    view.setZoomFactor(0.01);
    QCOMPARE(view.zoomFactor(), 0.5);
    view.zoomOut();
    QCOMPARE(view.zoomFactor(), 0.5);
    view.setZoomFactor(1.0);
    view.zoomIn();
    QVERIFY(qFuzzyCompare(view.zoomFactor(), 1.1));
    QCOMPARE(changed.size(), 4); // 3.0, 0.5, 1.0, 1.1
    view.show();
    QVERIFY(test::waitForArticle(view, m_english));
    QVERIFY(qFuzzyCompare(view.engineView()->zoomFactor(), 1.1)); // applied on creation
    view.zoomOut();
    QVERIFY(qFuzzyCompare(view.engineView()->zoomFactor(), 1.0));
}

void TestWebView::pageDownScrollsToTheEnd()
{
    ArticleView view(m_store->db(), m_store->images());
    view.resize(1000, 800);
    view.show();
    QVERIFY(test::waitForArticle(view, m_english));
    QWebEnginePage *page = view.page();
    QTRY_VERIFY_WITH_TIMEOUT(page->contentsSize().height() > 1600, 10000);
    int pages = 0;
    qreal last = page->scrollPosition().y();
    while (view.pageDown()) {
        QTRY_VERIFY_WITH_TIMEOUT(page->scrollPosition().y() > last, 5000);
        last = page->scrollPosition().y();
        QVERIFY(++pages < 50);
    }
    qInfo() << "paged" << pages << "times to" << last << "of" << page->contentsSize();
    QVERIFY(pages >= 1);
    QVERIFY(last + 800 >= page->contentsSize().height() - 1);
    QVERIFY(!view.pageDown());
}

void TestWebView::exportsPdf()
{
    ArticleView view(m_store->db(), m_store->images());
    view.resize(900, 700);
    view.show();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("article.pdf"));
    QSignalSpy exported(&view, &ArticleView::pdfExported);
    view.exportPdf(path); // nothing on show yet
    QCOMPARE(exported.size(), 1);
    QCOMPARE(exported.first().at(1).toBool(), false);

    QVERIFY(test::waitForArticle(view, m_english));
    view.exportPdf(path);
    QVERIFY(exported.wait(30000));
    QCOMPARE(exported.last().at(0).toString(), path);
    QVERIFY(exported.last().at(1).toBool());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.size() > 1000);
    QVERIFY(file.read(5).startsWith("%PDF"));
}

void TestWebView::screenshots_data()
{
    QTest::addColumn<bool>("chinese");
    QTest::addColumn<bool>("dark");
    QTest::newRow("english-light") << false << false;
    QTest::newRow("english-dark") << false << true;
    QTest::newRow("chinese-light") << true << false;
    QTest::newRow("chinese-dark") << true << true;
}

void TestWebView::screenshots()
{
    QFETCH(bool, chinese);
    QFETCH(bool, dark);
    // The interface language decides the date's form: English UI for the English story,
    // Chinese UI for the Chinese one.
    QLocale::setDefault(chinese ? QLocale(QLocale::Chinese, QLocale::China)
                                : QLocale(QLocale::English, QLocale::UnitedKingdom));
    ArticleView view(m_store->db(), m_store->images());
    if (dark) {
        QPalette palette = view.palette();
        palette.setColor(QPalette::Window, QColor(0x20, 0x22, 0x25));
        palette.setColor(QPalette::WindowText, QColor(0xe0, 0xe0, 0xe0));
        view.setPalette(palette);
    }
    view.resize(1000, 800);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QVERIFY(test::waitForArticle(view, chinese ? m_chinese : m_english));
    QTest::qWait(800); // images decode and the compositor presents a frame
    QImage shot = view.grab().toImage();
    if (!hasContent(shot))
        shot = view.engineView()->grab().toImage();
    QVERIFY(QDir().mkpath(QStringLiteral(ICHQ_SCREENSHOT_DIR)));
    const QString name = QStringLiteral(ICHQ_SCREENSHOT_DIR "/%1.png")
                             .arg(QString::fromLatin1(QTest::currentDataTag()));
    QVERIFY(shot.save(name));
    QVERIFY2(hasContent(shot), qPrintable(name));
    QLocale::setDefault(QLocale::c());
    // Below the fold too: the rest of the page.
    for (int page = 2; page <= 5 && view.pageDown(); ++page) {
        QTest::qWait(600);
        QVERIFY(view.grab().save(
            QString(name).replace(QStringLiteral(".png"), QStringLiteral("-%1.png").arg(page))));
    }
}

ICHQ_WEB_TEST_MAIN(TestWebView)
#include "tst_web_view.moc"
