#include "htmlsanitizer_domcheck.h"
#include "htmlsanitizer_vectors.h"

#include "html/HtmlSanitizer.h"
#include "html/MarkupBounds.h"

#include <gumbo.h>

#include <QTest>

#include <algorithm>

using namespace ichq;

namespace {

const QUrl kBase(QStringLiteral("https://www.ichongqing.info/2024/05/article.html"));

QString u(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

QString imgSrc(const char *absoluteUrl)
{
    return imageSchemeUrl(QUrl(u(absoluteUrl))).toString();
}

// A realistic WordPress (Gutenberg) body: lazy images, srcset, captions, a table, a list.
QString wordpressBody()
{
    return u(
        "<p class=\"has-drop-cap\" style=\"font-size:18px\">重庆，2024年5月 — The "
        "<strong>Yangtze</strong> cable car reopened.</p>\n"
        "<figure class=\"wp-block-image size-large\"><img loading=\"lazy\" decoding=\"async\" "
        "width=\"1024\" height=\"683\" src=\"/wp-content/uploads/2024/05/cable-1024x683.jpg\" "
        "alt=\"Cable car over the river\" class=\"wp-image-42\" srcset=\"/wp-content/uploads/"
        "2024/05/cable-1024x683.jpg 1024w, /wp-content/uploads/2024/05/cable-300x200.jpg 300w\" "
        "sizes=\"(max-width: 1024px) 100vw, 1024px\" /><figcaption class=\"wp-element-caption\">"
        "长江索道 &amp; the river</figcaption></figure>\n"
        "<figure class=\"wp-block-image\"><img src=\"data:image/gif;base64,R0lGODlhAQABAAAAACw=\" "
        "data-src=\"https://cdn.ichongqing.info/2024/05/night.jpg\" class=\"lazyload\" alt=\"\">"
        "<noscript><img src=\"https://cdn.ichongqing.info/2024/05/night.jpg\"></noscript>"
        "</figure>\n"
        "<table class=\"wp-block-table\"><thead><tr><th>Line</th><th>Length</th></tr></thead>"
        "<tbody><tr><td>2</td><td colspan=\"1\">19 km</td></tr></tbody></table>\n"
        "<ul><li>One</li><li><a href=\"/tag/travel/\" class=\"tag\">Travel</a></li></ul>"
        "<script>var tracking = 1;</script>");
}

} // namespace

class TestHtmlSanitizer : public QObject
{
    Q_OBJECT

private slots:
    void hostileVectorsAreHarmless_data();
    void hostileVectorsAreHarmless();
    void exactOutput_data();
    void exactOutput();
    void imageChoice_data();
    void imageChoice();
    void plainText_data();
    void plainText();
    void toPlainText_data();
    void toPlainText();
    void wordpressArticle();
    void chineseTextIsByteExact();
    void imageUrlsAreUniqueAndOrdered();
    void extractImageUrlsMatchesSanitize();
    void imageKeyKnownVectors();
    void deepNestingDoesNotCrash();
    void markupIsBoundedBeforeParsing();
    void hostileNestingKeepsItsText();
};

void TestHtmlSanitizer::hostileVectorsAreHarmless_data()
{
    test::addHostileVectorRows();
}

void TestHtmlSanitizer::hostileVectorsAreHarmless()
{
    QFETCH(QString, input);
    const SanitizedHtml result = HtmlSanitizer::sanitize(input, kBase);

    const QStringList violations = test::domViolations(result.html);
    if (!violations.isEmpty())
        qWarning().noquote() << "output:" << result.html;
    QCOMPARE(violations, QStringList());
    QVERIFY(!result.html.contains(QLatin1String("<script"), Qt::CaseInsensitive));
    for (const QUrl &url : result.imageUrls)
        QVERIFY2(url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https"),
                 qPrintable(url.toString()));

    // The output is a fixed point: re-parsing it builds the same tree, so nothing mutates
    // between our serializer and the browser's parser. Images are the exception by design:
    // their ichq:// src is not an accepted input URL, so a second pass drops them.
    if (result.imageUrls.isEmpty())
        QCOMPARE(HtmlSanitizer::sanitize(result.html, kBase).html, result.html);
}

void TestHtmlSanitizer::exactOutput_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    const QString rel = u(" rel=\"noopener noreferrer\"");

    QTest::newRow("link kept, handlers dropped")
        << u("<a href=\"https://example.com/x?a=1&amp;b=2\" onclick=\"y\" target=_blank>t</a>")
        << u("<a href=\"https://example.com/x?a=1&amp;b=2\"") + rel + u(">t</a>");
    QTest::newRow("link title kept and escaped")
        << u("<a href=\"https://e.example/\" title='a\"b<c>&amp;'>x</a>")
        << u("<a href=\"https://e.example/\"") + rel + u(" title=\"a&quot;b&lt;c&gt;&amp;\">x</a>");
    QTest::newRow("relative link resolved")
        << u("<a href=\"../news/2\">n</a>")
        << u("<a href=\"https://www.ichongqing.info/2024/news/2\"") + rel + u(">n</a>");
    QTest::newRow("protocol-relative link")
        << u("<a href=\"//example.org/p\">n</a>")
        << u("<a href=\"https://example.org/p\"") + rel + u(">n</a>");
    QTest::newRow("mailto kept") << u("<a href=\"MAILTO:news@example.com\">m</a>")
                                 << u("<a href=\"mailto:news@example.com\"") + rel + u(">m</a>");
    QTest::newRow("javascript link unwrapped")
        << u("<p><a href=\"javascript:alert(1)\">click</a></p>") << u("<p>click</p>");
    QTest::newRow("ftp link unwrapped") << u("<a href=\"ftp://e.example/f\">f</a>") << u("f");
    QTest::newRow("anchor without href unwrapped") << u("<a name=\"top\">top</a>") << u("top");
    QTest::newRow("h1 demoted") << u("<h1 id=\"t\">T</h1><h3>S</h3>") << u("<h2>T</h2><h3>S</h3>");
    QTest::newRow("span unwrapped")
        << u("<p><span style=\"color:red\">x</span>y</p>") << u("<p>xy</p>");
    QTest::newRow("section becomes div")
        << u("<section><p>a</p></section>") << u("<div><p>a</p></div>");
    QTest::newRow("text escaped") << u("<p>a &lt;b&gt; &amp; \"c\" 'd'</p>")
                                  << u("<p>a &lt;b&gt; &amp; \"c\" 'd'</p>");
    QTest::newRow("script dropped with content")
        << u("<p>a<script>alert(1)</script>b</p>") << u("<p>ab</p>");
    QTest::newRow("style dropped with content") << u("<style>p{}</style><p>x</p>") << u("<p>x</p>");
    QTest::newRow("unknown element unwrapped") << u("<foo bar=1>baz</foo>") << u("baz");
    QTest::newRow("font and center")
        << u("<center><font color=red>x</font></center>") << u("<div>x</div>");
    QTest::newRow("noscript text dropped")
        << u("<p>a</p><noscript>Enable JavaScript</noscript>") << u("<p>a</p>");
    QTest::newRow("table tbody inserted")
        << u("<table border=1><tr><td colspan=\"2\" style=\"x\" rowspan=\"x\">a</td></tr></table>")
        << u("<table><tbody><tr><td colspan=\"2\">a</td></tr></tbody></table>");
    QTest::newRow("void elements") << u("a<br/>b<hr class=x>") << u("a<br>b<hr>");
    QTest::newRow("pre keeps leading newline") << u("<pre>\n\nx</pre>") << u("<pre>\n\nx</pre>");
    QTest::newRow("ol start") << u("<ol start=\"3\" type=\"a\"><li>c</li></ol>")
                              << u("<ol start=\"3\"><li>c</li></ol>");
    QTest::newRow("time and abbr")
        << u("<time datetime=\"2024-05-01\">May</time><abbr title=\"PRC\">中国</abbr>")
        << u("<time datetime=\"2024-05-01\">May</time><abbr title=\"PRC\">中国</abbr>");
    QTest::newRow("inline formatting")
        << u("<em>e</em><strong>s</strong><sub>1</sub><sup>2</sup><mark>m</mark>")
        << u("<em>e</em><strong>s</strong><sub>1</sub><sup>2</sup><mark>m</mark>");
    QTest::newRow("blockquote cite dropped")
        << u("<blockquote cite=\"javascript:x\"><p>q</p></blockquote>")
        << u("<blockquote><p>q</p></blockquote>");
    QTest::newRow("img without source removed")
        << u("<p>a<img alt=\"lost\">b</p>") << u("<p>ab</p>");
    QTest::newRow("empty") << QString() << QString();
}

void TestHtmlSanitizer::exactOutput()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(HtmlSanitizer::sanitize(input, kBase).html, expected);
}

void TestHtmlSanitizer::imageChoice_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expectedUrl"); // empty: the image is removed
    const char *gif =
        "data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7";

    QTest::newRow("plain src") << u("<img src=\"https://e.example/a.jpg\">")
                               << u("https://e.example/a.jpg");
    QTest::newRow("relative src") << u("<img src=\"img/a.jpg\">")
                                  << u("https://www.ichongqing.info/2024/05/img/a.jpg");
    QTest::newRow("root-relative src")
        << u("<img src=\"/wp/a.jpg\">") << u("https://www.ichongqing.info/wp/a.jpg");
    QTest::newRow("src with spaces around")
        << u("<img src=\"  https://e.example/a.jpg \n\">") << u("https://e.example/a.jpg");
    QTest::newRow("data-src beats data uri")
        << u("<img src=\"%1\" data-src=\"https://e.example/real.jpg\">").arg(u(gif))
        << u("https://e.example/real.jpg");
    QTest::newRow("data-src beats placeholder gif")
        << u("<img src=\"/wp-content/plugins/lazy/blank.gif\" data-src=\"/real.jpg\">")
        << u("https://www.ichongqing.info/real.jpg");
    QTest::newRow("data-lazy-src") << u("<img src=\"\" data-lazy-src=\"https://e.example/l.jpg\">")
                                   << u("https://e.example/l.jpg");
    QTest::newRow("data-original")
        << u("<img data-original=\"https://e.example/o.jpg\">") << u("https://e.example/o.jpg");
    QTest::newRow("jetpack large file")
        << u("<img src=\"%1\" data-orig-file=\"https://e.example/orig.jpg\" "
             "data-large-file=\"https://e.example/large.jpg\">")
               .arg(u(gif))
        << u("https://e.example/large.jpg");
    QTest::newRow("real src beats jetpack")
        << u("<img src=\"https://e.example/s.jpg\" data-orig-file=\"https://e.example/orig.jpg\">")
        << u("https://e.example/s.jpg");
    QTest::newRow("srcset widths largest")
        << u("<img src=\"%1\" srcset=\"https://e.example/a-300.jpg 300w, "
             "https://e.example/a-1024.jpg 1024w, https://e.example/a-640.jpg 640w\">")
               .arg(u(gif))
        << u("https://e.example/a-1024.jpg");
    QTest::newRow("srcset density largest")
        << u("<img srcset=\"/a.jpg, /a@2x.jpg 2x, /a@1.5x.jpg 1.5x\">")
        << u("https://www.ichongqing.info/a@2x.jpg");
    QTest::newRow("srcset url with commas")
        << u("<img srcset=\"https://cdn.example/w_300,h_200/a.jpg "
             "300w,https://cdn.example/w_900,h_600/a.jpg 900w\">")
        << u("https://cdn.example/w_900,h_600/a.jpg");
    QTest::newRow("srcset skips unusable candidate")
        << u("<img srcset=\"javascript:alert(1) 2000w, https://e.example/ok.jpg 100w\">")
        << u("https://e.example/ok.jpg");
    QTest::newRow("data-srcset")
        << u("<img src=\"%1\" data-srcset=\"/s.jpg 300w, /l.jpg 900w\">").arg(u(gif))
        << u("https://www.ichongqing.info/l.jpg");
    QTest::newRow("picture source") << u("<picture><source type=\"image/webp\" srcset=\"/p.webp "
                                         "800w, /p-big.webp 1600w\"><img alt=\"p\"></picture>")
                                    << u("https://www.ichongqing.info/p-big.webp");
    QTest::newRow("picture img src wins")
        << u("<picture><source srcset=\"/p.webp\"><img src=\"/p.jpg\"></picture>")
        << u("https://www.ichongqing.info/p.jpg");
    QTest::newRow("placeholder-looking name kept when alone")
        << u("<img src=\"/photos/lazy-river.jpg\">")
        << u("https://www.ichongqing.info/photos/lazy-river.jpg");
    QTest::newRow("noscript rescues lazy photo")
        << u("<img src=\"%1\" class=\"lazy\"><noscript><img src=\"/n.jpg\" onerror=x></noscript>")
               .arg(u(gif))
        << u("https://www.ichongqing.info/n.jpg");
    QTest::newRow("data uri only removed") << u("<img src=\"%1\">").arg(u(gif)) << QString();
    QTest::newRow("empty src removed") << u("<img src=\"\" alt=\"a\">") << QString();
    QTest::newRow("ichq src removed") << u("<img src=\"ichq://image/0123\">") << QString();
    QTest::newRow("ftp src removed") << u("<img src=\"ftp://e.example/a.jpg\">") << QString();
}

void TestHtmlSanitizer::imageChoice()
{
    QFETCH(QString, input);
    QFETCH(QString, expectedUrl);
    const SanitizedHtml result = HtmlSanitizer::sanitize(input, kBase);
    if (expectedUrl.isEmpty()) {
        QCOMPARE(result.imageUrls, QList<QUrl>());
        QVERIFY2(!result.html.contains(QLatin1String("<img")), qPrintable(result.html));
        return;
    }
    QCOMPARE(result.imageUrls, QList<QUrl>{QUrl(expectedUrl)});
    QCOMPARE(result.html.count(QLatin1String("<img")), 1);
    QVERIFY2(result.html.contains(
                 u("<img src=\"%1\" alt=\"").arg(imageSchemeUrl(QUrl(expectedUrl)).toString())),
             qPrintable(result.html));
    QCOMPARE(test::domViolations(result.html), QStringList());
}

void TestHtmlSanitizer::plainText_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::newRow("blocks separated") << u("<p>Hello <b>wor</b>ld</p><p>Second&nbsp;&nbsp;para</p>")
                                      << u("Hello world Second para");
    QTest::newRow("script and style invisible")
        << u("<style>p{}</style>a<script>b()</script>c") << u("ac");
    QTest::newRow("entities decoded")
        << u("&lt;tag&gt; &amp; &quot;q&quot; &#20013;&#x6587;") << u("<tag> & \"q\" 中文");
    QTest::newRow("whitespace collapsed") << u("\n  a \t\r\n b  \n") << u("a b");
    QTest::newRow("cells and breaks")
        << u("<table><tr><td>1</td><td>2</td></tr></table>x<br>y") << u("1 2 x y");
    QTest::newRow("list items") << u("<ul><li>a</li><li>b</li></ul>") << u("a b");
    QTest::newRow("dropped content invisible")
        << u("<p>a</p><iframe>b</iframe><svg><text>c</text></svg>") << u("a");
}

void TestHtmlSanitizer::plainText()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(HtmlSanitizer::sanitize(input, kBase).plainText, expected);
}

void TestHtmlSanitizer::toPlainText_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::newRow("markup removed") << u("  Foo &amp; <b>bar</b>\n") << u("Foo & bar");
    QTest::newRow("chinese title") << u("重庆&nbsp;“两江新区”发布") << u("重庆 “两江新区”发布");
    QTest::newRow("double escaped stays once decoded") << u("AT&amp;amp;T") << u("AT&amp;T");
    QTest::newRow("script in title") << u("Hi<script>alert(1)</script>!") << u("Hi!");
    QTest::newRow("plain text untouched") << u("Plain title") << u("Plain title");
    QTest::newRow("empty") << QString() << QString();
}

void TestHtmlSanitizer::toPlainText()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(HtmlSanitizer::toPlainText(input), expected);
}

void TestHtmlSanitizer::wordpressArticle()
{
    const SanitizedHtml result = HtmlSanitizer::sanitize(wordpressBody(), kBase);
    QCOMPARE(test::domViolations(result.html), QStringList());
    const QList<QUrl> expectedImages{
        QUrl(u("https://www.ichongqing.info/wp-content/uploads/2024/05/cable-1024x683.jpg")),
        QUrl(u("https://cdn.ichongqing.info/2024/05/night.jpg"))};
    QCOMPARE(result.imageUrls, expectedImages);

    const QString expected =
        u("<p>重庆，2024年5月 — The <strong>Yangtze</strong> cable car reopened.</p>\n"
          "<figure><img src=\"%1\" alt=\"Cable car over the river\" width=\"1024\" height=\"683\">"
          "<figcaption>长江索道 &amp; the river</figcaption></figure>\n"
          "<figure><img src=\"%2\" alt=\"\"></figure>\n"
          "<table><thead><tr><th>Line</th><th>Length</th></tr></thead>"
          "<tbody><tr><td>2</td><td colspan=\"1\">19 km</td></tr></tbody></table>\n"
          "<ul><li>One</li><li><a href=\"https://www.ichongqing.info/tag/travel/\" "
          "rel=\"noopener noreferrer\">Travel</a></li></ul>")
            .arg(
                imgSrc("https://www.ichongqing.info/wp-content/uploads/2024/05/cable-1024x683.jpg"),
                imgSrc("https://cdn.ichongqing.info/2024/05/night.jpg"));
    QCOMPARE(result.html, expected);
    QCOMPARE(result.plainText, u("重庆，2024年5月 — The Yangtze cable car reopened. 长江索道 & the "
                                 "river Line Length 2 19 km One Travel"));
}

void TestHtmlSanitizer::chineseTextIsByteExact()
{
    const QString body = u("<p>重庆日报：两江新区发布新政策，“一带一路”建设加速推进。𠀋𡈽</p>"
                           "<blockquote><p>山城步道 · 解放碑</p></blockquote>");
    const SanitizedHtml result = HtmlSanitizer::sanitize(body, kBase);
    QCOMPARE(result.html.toUtf8(), body.toUtf8());
    QCOMPARE(result.plainText,
             u("重庆日报：两江新区发布新政策，“一带一路”建设加速推进。𠀋𡈽 山城步道 · 解放碑"));
}

void TestHtmlSanitizer::imageUrlsAreUniqueAndOrdered()
{
    const QString body = u("<img src=\"/b.jpg\"><p><img src=\"https://e.example/a.jpg\"></p>"
                           "<img src=\"/b.jpg\"><img src=\"/c.jpg\">");
    const SanitizedHtml result = HtmlSanitizer::sanitize(body, kBase);
    const QList<QUrl> expected{QUrl(u("https://www.ichongqing.info/b.jpg")),
                               QUrl(u("https://e.example/a.jpg")),
                               QUrl(u("https://www.ichongqing.info/c.jpg"))};
    QCOMPARE(result.imageUrls, expected);
    QCOMPARE(result.html.count(QLatin1String("<img")), 4); // a repeated photo is still shown twice
}

void TestHtmlSanitizer::extractImageUrlsMatchesSanitize()
{
    QCOMPARE(HtmlSanitizer::extractImageUrls(wordpressBody(), kBase),
             HtmlSanitizer::sanitize(wordpressBody(), kBase).imageUrls);
}

void TestHtmlSanitizer::imageKeyKnownVectors()
{
    QCOMPARE(imageKeyForUrl(QUrl(u("https://example.com/a.jpg"))),
             u("276a1ac00ba4f0ea47eeeafca24284f41bc78dc593af1f048615aceba44ab9d9"));
    // The key is taken over the fully encoded form, so the same photo has one key however
    // its URL was spelled.
    const QString encodedKey =
        u("4b622c67668ed179cbffe3fca5139016caecfbe78ad9ba7bc4857f0744832467");
    QCOMPARE(imageKeyForUrl(QUrl(u("https://example.com/图片.jpg"))), encodedKey);
    QCOMPARE(imageKeyForUrl(QUrl(u("https://example.com/%E5%9B%BE%E7%89%87.jpg"))), encodedKey);
    QCOMPARE(imageSchemeUrl(QUrl(u("https://example.com/a.jpg"))).toString(),
             u("ichq://image/276a1ac00ba4f0ea47eeeafca24284f41bc78dc593af1f048615aceba44ab9d9"));
}

void TestHtmlSanitizer::deepNestingDoesNotCrash()
{
    // Past the walker's depth limit, elements are flattened to text instead of recursed into.
    const int depth = 5000;
    const QString body = u("<div>").repeated(depth) + u("<b>deep</b><script>x</script>");
    const SanitizedHtml result = HtmlSanitizer::sanitize(body, kBase);
    QCOMPARE(result.plainText, u("deep"));
    QVERIFY(result.html.endsWith(u("deep") + u("</div>").repeated(200)));
    QCOMPARE(result.html.count(u("<div>")), 200);
}

// gumbo's time grows with depth x elements: the pre-pass must leave it a shallow tree, and do
// so without losing text.
void TestHtmlSanitizer::markupIsBoundedBeforeParsing()
{
    const html::MarkupLimits limits{200, 20000, 0};
    const QByteArray nested = QByteArray("<div>t").repeated(100000);
    const QByteArray flat = html::flattenBeyondLimits(nested, limits);
    QCOMPARE(flat.count("<div>"), 200);
    QCOMPARE(flat.count('t'), 100000);

    const QByteArray photos = QByteArray("<p><img src=\"/a.jpg\"></p>").repeated(30000);
    QCOMPARE(html::flattenBeyondLimits(photos, limits).count("<img"), 20000 / 2);

    // Closing tags of flattened levels go too; the levels below keep theirs.
    const QByteArray closed = QByteArray("<span>").repeated(300) + "x" +
                              QByteArray("</span>").repeated(300) + "<p>after</p>";
    const QByteArray closedFlat = html::flattenBeyondLimits(closed, limits);
    QCOMPARE(closedFlat.count("<span>"), 200);
    QCOMPARE(closedFlat.count("</span>"), 200);
    QVERIFY(closedFlat.endsWith("<p>after</p>"));

    // A script past the limit goes whole: its source never becomes text.
    const QByteArray script =
        QByteArray("<div>").repeated(250) + "<script>var secret = 1;</script>z";
    QVERIFY(!html::flattenBeyondLimits(script, limits).contains("secret"));

    // Ordinary markup is left exactly as it was.
    const QByteArray body = wordpressBody().toUtf8();
    QCOMPARE(html::flattenBeyondLimits(body, limits), body);
    QCOMPARE(html::safeParseLength(body), body.size());
}

void TestHtmlSanitizer::hostileNestingKeepsItsText()
{
    QString body;
    for (int i = 0; i < 100000; ++i)
        body += u("<div>w") + QString::number(i % 10);
    const SanitizedHtml result = HtmlSanitizer::sanitize(body, kBase);
    QCOMPARE(result.html.count(u("<div>")), 200);
    QString text = result.plainText;
    text.remove(QLatin1Char(' '));
    QVERIFY2(text.startsWith(u("w0w1w2")), qPrintable(text.left(40)));
    QVERIFY(text.endsWith(u("w7w8w9")));
    QCOMPARE(text.count(QLatin1Char('w')), 100000);
}

QTEST_GUILESS_MAIN(TestHtmlSanitizer)
#include "tst_htmlsanitizer.moc"
