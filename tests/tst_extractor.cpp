#include "extract/ArticleExtractor.h"
#include "html/HtmlSanitizer.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QStringEncoder>
#include <QTest>

using namespace ichq;

// Every page in fixtures/pages is extracted, sanitized as the refresh stores it, and checked
// against <name>.expected.json: the story's paragraphs and captions are there, the chrome's
// phrases are not, the photos are exactly the expected ones, and the metadata matches.
// ICHQ_DUMP_EXTRACT=1 prints the extracted markup (to write a new golden file).
class TestExtractor : public QObject
{
    Q_OBJECT

private slots:
    void golden_data();
    void golden();
    void deepNestingFinishesFast();
    void manyImagesAreCapped();
    void emptyAndGarbagePages_data();
    void emptyAndGarbagePages();
    void pageWithOnlyLinksHasNoStory();
    void gb18030PageWithMetaCharset();
    void gbkPageWithContentTypeCharset();
};

namespace {

QString pagesDir()
{
    return QStringLiteral(ICHQ_FIXTURES_DIR "/pages");
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QStringList strings(const QJsonValue &value)
{
    QStringList list;
    const QJsonArray array = value.toArray();
    for (const QJsonValue &entry : array)
        list.append(entry.toString());
    return list;
}

// The plain text of every <figcaption> of sanitized markup.
QStringList figcaptionTexts(const QString &html)
{
    static const QRegularExpression figcaption(QStringLiteral("<figcaption>(.*?)</figcaption>"),
                                               QRegularExpression::DotMatchesEverythingOption);
    QStringList texts;
    auto it = figcaption.globalMatch(html);
    while (it.hasNext())
        texts.append(HtmlSanitizer::toPlainText(it.next().captured(1)));
    return texts;
}

// A story of `paragraphs` paragraphs, wrapped in a plain page.
QByteArray storyPage(const QByteArray &inside, int paragraphs = 6)
{
    QByteArray page = "<html><head><title>Story</title></head><body><div class=\"content\">";
    for (int i = 0; i < paragraphs; ++i)
        page += "<p>Paragraph " + QByteArray::number(i) +
                " of the story, long enough to count, with a comma, and another one.</p>";
    return page + inside + "</div></body></html>";
}

} // namespace

void TestExtractor::golden_data()
{
    QTest::addColumn<QString>("pagePath");
    const QDir dir(pagesDir());
    const QStringList pages = dir.entryList({QStringLiteral("*.html")}, QDir::Files, QDir::Name);
    QVERIFY2(pages.size() >= 5, "fixtures/pages is missing its pages");
    for (const QString &name : pages)
        QTest::newRow(qPrintable(name)) << dir.filePath(name);
}

void TestExtractor::golden()
{
    QFETCH(QString, pagePath);
    const QString expectedPath = pagePath.chopped(5) + QStringLiteral(".expected.json");
    const QJsonObject expected = QJsonDocument::fromJson(readAll(expectedPath)).object();
    QVERIFY2(!expected.isEmpty(), qPrintable(expectedPath + QStringLiteral(" is missing")));
    const QUrl pageUrl(expected.value(QLatin1String("url")).toString());
    const QByteArray contentType = expected.value(QLatin1String("contentType")).toString().toUtf8();

    QElapsedTimer timer;
    timer.start();
    const ExtractedArticle article =
        ArticleExtractor::extract(readAll(pagePath), contentType, pageUrl);
    const qint64 elapsedMs = timer.elapsed();
    const SanitizedHtml sanitized = HtmlSanitizer::sanitize(article.html, pageUrl);
    if (qEnvironmentVariableIsSet("ICHQ_DUMP_EXTRACT"))
        qInfo().noquote() << article.html << "\n---\n" << sanitized.plainText;

    QVERIFY(article.found);
    QCOMPARE(article.title, expected.value(QLatin1String("title")).toString());
    QCOMPARE(article.author, expected.value(QLatin1String("author")).toString());
    QCOMPARE(
        article.published,
        QDateTime::fromString(expected.value(QLatin1String("published")).toString(), Qt::ISODate));
    QCOMPARE(article.leadImage, QUrl(expected.value(QLatin1String("leadImage")).toString()));

    const QStringList paragraphs = strings(expected.value(QLatin1String("paragraphs")));
    for (const QString &paragraph : paragraphs)
        QVERIFY2(sanitized.plainText.contains(paragraph), qPrintable(paragraph));
    QVERIFY(article.paragraphs >= 5);

    const QStringList figcaptions = figcaptionTexts(sanitized.html);
    const QStringList captions = strings(expected.value(QLatin1String("captions")));
    for (const QString &caption : captions)
        QVERIFY2(figcaptions.contains(caption), qPrintable(caption));
    QCOMPARE(figcaptions.size(), captions.size());

    QList<QUrl> images;
    const QStringList imageTexts = strings(expected.value(QLatin1String("images")));
    for (const QString &image : imageTexts)
        images.append(QUrl(image));
    QCOMPARE(sanitized.imageUrls, images);

    const QStringList absent = strings(expected.value(QLatin1String("absent")));
    for (const QString &phrase : absent)
        QVERIFY2(!sanitized.plainText.contains(phrase, Qt::CaseInsensitive), qPrintable(phrase));
    QVERIFY2(elapsedMs < 500, qPrintable(QString::number(elapsedMs)));
}

void TestExtractor::deepNestingFinishesFast()
{
    QByteArray page = "<html><body>";
    page += QByteArray("<div>").repeated(100000);
    page += "<p>Deep text, with a comma, far down the page where nobody should look.</p>";
    page += QByteArray("</div>").repeated(100000);
    page += "</body></html>";
    QElapsedTimer timer;
    timer.start();
    const ExtractedArticle article =
        ArticleExtractor::extract(page, {}, QUrl(QStringLiteral("https://example.com/deep")));
    QVERIFY2(timer.elapsed() < 1000, qPrintable(QString::number(timer.elapsed())));
    QVERIFY(!article.found);

    // Deep but not hostile: 150 levels still yield the story.
    const QByteArray deep = storyPage(QByteArray("<div>").repeated(150) + "<p>Inner</p>" +
                                      QByteArray("</div>").repeated(150));
    QVERIFY(
        ArticleExtractor::extract(deep, {}, QUrl(QStringLiteral("https://example.com/"))).found);
}

void TestExtractor::manyImagesAreCapped()
{
    QByteArray images;
    for (int i = 0; i < 20000; ++i)
        images += "<img src=\"/photos/" + QByteArray::number(i) + ".jpg\">";
    const QUrl url(QStringLiteral("https://example.com/story"));
    QElapsedTimer timer;
    timer.start();
    const ExtractedArticle article = ArticleExtractor::extract(storyPage(images), {}, url);
    QVERIFY(timer.elapsed() < 2000);
    QVERIFY(article.found);
    const QList<QUrl> kept = HtmlSanitizer::extractImageUrls(article.html, url);
    QCOMPARE(kept.size(), 100);
    QCOMPARE(kept.first(), QUrl(QStringLiteral("https://example.com/photos/0.jpg")));
}

void TestExtractor::emptyAndGarbagePages_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("whitespace") << QByteArray("  \n\t ");
    QTest::newRow("empty document") << QByteArray("<html><head></head><body></body></html>");
    QByteArray noise(64 * 1024, '\0');
    QRandomGenerator generator(42);
    for (char &c : noise)
        c = static_cast<char>(generator.bounded(256));
    QTest::newRow("random bytes") << noise;
    QTest::newRow("unclosed tags") << QByteArray("<div><p><a href=x><img src=").repeated(500);
}

void TestExtractor::emptyAndGarbagePages()
{
    QFETCH(QByteArray, bytes);
    const ExtractedArticle article =
        ArticleExtractor::extract(bytes, {}, QUrl(QStringLiteral("https://example.com/")));
    QVERIFY(!article.found);
}

void TestExtractor::pageWithOnlyLinksHasNoStory()
{
    QByteArray page = "<html><head><title>Index</title></head><body><main><ul>";
    for (int i = 0; i < 60; ++i)
        page += "<li><a href=\"/story/" + QByteArray::number(i) +
                "\">A headline about the city, its river, and its bridges</a></li>";
    page += "</ul></main></body></html>";
    const ExtractedArticle article =
        ArticleExtractor::extract(page, {}, QUrl(QStringLiteral("https://example.com/")));
    QVERIFY(!article.found);
    QCOMPARE(article.title, QStringLiteral("Index"));
}

void TestExtractor::gb18030PageWithMetaCharset()
{
    const QString paragraph = QStringLiteral(
        "重庆两江新区今年一季度实现地区生产总值同比增长百分之七，其中汽车产业贡献最大，"
        "电子信息产业紧随其后，新能源汽车产量再创新高。");
    QString page = QStringLiteral("<html><head><meta charset=\"gb2312\"><title>两江新区</title>"
                                  "</head><body><div class=\"detail\">");
    for (int i = 0; i < 5; ++i)
        page += QStringLiteral("<p>") + paragraph + QStringLiteral("</p>");
    page += QStringLiteral("</div></body></html>");
    QStringEncoder encoder("GB18030");
    const QByteArray bytes = encoder.encode(page);
    QVERIFY(!bytes.contains(paragraph.toUtf8()));
    const ExtractedArticle article =
        ArticleExtractor::extract(bytes, {}, QUrl(QStringLiteral("https://example.cn/a")));
    QVERIFY(article.found);
    QCOMPARE(article.title, QStringLiteral("两江新区"));
    QVERIFY(HtmlSanitizer::toPlainText(article.html).contains(paragraph));
    QCOMPARE(article.paragraphs, 5);
}

void TestExtractor::gbkPageWithContentTypeCharset()
{
    const QString paragraph =
        QStringLiteral("长江索道恢复运营后，首日客流超过八千人次，市民和游客在新华路站排队等候，"
                       "不少人专程前来体验新车厢。");
    QString page = QStringLiteral("<html><body><article>");
    for (int i = 0; i < 4; ++i)
        page += QStringLiteral("<p>") + paragraph + QStringLiteral("</p>");
    page += QStringLiteral("</article></body></html>");
    QStringEncoder encoder("GB18030");
    const ExtractedArticle article =
        ArticleExtractor::extract(encoder.encode(page), "text/html; charset=GBK",
                                  QUrl(QStringLiteral("https://example.cn/b")));
    QVERIFY(article.found);
    QVERIFY(HtmlSanitizer::toPlainText(article.html).contains(paragraph));
}

QTEST_GUILESS_MAIN(TestExtractor)
#include "tst_extractor.moc"
