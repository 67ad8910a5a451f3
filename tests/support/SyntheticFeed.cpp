#include "SyntheticFeed.h"

#include "SyntheticProse.h"

#include <QBuffer>
#include <QDateTime>
#include <QImage>
#include <QStringList>

namespace ichq::test {

namespace {

const QStringList kEnglishTitles = {
    QStringLiteral("Liangjiang New Area opens its largest data centre"),
    QStringLiteral("Hongyadong lights up for the autumn festival"),
    QStringLiteral("Yangtze River cableway welcomes its ten-millionth rider"),
    QStringLiteral("Chongqing hotpot makers take their recipes abroad"),
    QStringLiteral("New rail link brings Chengdu within an hour"),
};
const QStringList kChineseTitles = {
    QStringLiteral("两江新区数字经济产业园正式开园"),
    QStringLiteral("解放碑步行街迎来国庆客流高峰"),
    QStringLiteral("重庆火锅走向世界：一家老店的故事"),
};
const QStringList kSections = {QStringLiteral("News"), QStringLiteral("Business"),
                               QStringLiteral("Culture"), QStringLiteral("Travel"),
                               QStringLiteral("In Pictures")};
const QString kEnglishParagraph = QStringLiteral(
    "The mountain city woke to mist over the Jialing River as commuters crowded the monorail "
    "that threads through apartment blocks. Officials in the Liangjiang New Area said the project "
    "would create thousands of jobs &amp; draw investors from across the Belt and Road. ");
const QString kChineseParagraph =
    QStringLiteral("两江新区管委会表示，该项目将带动上下游企业集聚发展，预计新增就业岗位三千余个。"
                   "市民在朝天门码头观看灯光秀，长江索道排起长队。");

QString body(int item, const SyntheticFeedOptions &o)
{
    QString html;
    const QString paragraph = item % 3 == 2 ? kChineseParagraph : kEnglishParagraph;
    const qsizetype paragraphBytes = (paragraph + o.variant).toUtf8().size() + 8;
    qsizetype bytes = 0;
    int image = 0;
    for (quint32 index = 0; bytes < o.bodyBytes; ++index) {
        if (o.variedText && index > 0) {
            const QString prose = syntheticParagraph(quint32(item) * 1024u + index, item % 3 == 2,
                                                     250 + int(index % 4) * 60);
            html += QStringLiteral("<p>") + prose + o.variant + QStringLiteral("</p>\n");
            bytes += (prose + o.variant).toUtf8().size() + 8;
        } else {
            html += QStringLiteral("<p>") + paragraph + o.variant + QStringLiteral("</p>\n");
            bytes += paragraphBytes;
        }
        if (image < o.imagesPerItem) {
            const QString src =
                o.imageBase.resolved(QUrl(QStringLiteral("img/%1-%2.jpg").arg(item).arg(image)))
                    .toString();
            html += QStringLiteral("<figure class=\"wp-block-image\"><img loading=\"lazy\" "
                                   "src=\"%1\" alt=\"Photo %2\" width=\"640\" height=\"480\">"
                                   "<figcaption>Photo: iChongqing / 图：%2</figcaption></figure>\n")
                        .arg(src)
                        .arg(image + 1);
            bytes += 170;
            ++image;
        }
    }
    return html;
}

QString item(int n, const SyntheticFeedOptions &o, const QDateTime &base)
{
    const bool chinese = n % 3 == 2;
    const QString title = chinese ? kChineseTitles.at((n / 3) % kChineseTitles.size())
                                  : kEnglishTitles.at(n % kEnglishTitles.size());
    const QString link = QStringLiteral("https://www.ichongqing.info/2026/11/story-%1/").arg(n);
    const QDateTime published = base.addSecs(qint64(n) * o.secondsBetweenItems);
    return QStringLiteral("<item>\n<title>%1 (%2)</title>\n<link>%3</link>\n"
                          "<dc:creator><![CDATA[Reporter %4]]></dc:creator>\n"
                          "<pubDate>%5</pubDate>\n<category><![CDATA[%6]]></category>\n"
                          "<category><![CDATA[Chongqing]]></category>\n"
                          "<guid isPermaLink=\"false\">https://www.ichongqing.info/?p=%2</guid>\n"
                          "<description><![CDATA[%7]]></description>\n"
                          "<content:encoded><![CDATA[%8]]></content:encoded>\n</item>\n")
        .arg(title.toHtmlEscaped())
        .arg(n)
        .arg(link)
        .arg(n % 7)
        .arg(published.toString(QStringLiteral("ddd, dd MMM yyyy HH:mm:ss")) +
             QStringLiteral(" +0000"))
        .arg(kSections.at(n % kSections.size()))
        .arg(chinese ? kChineseParagraph : kEnglishParagraph.left(160))
        .arg(body(n, o));
}

} // namespace

QByteArray makeSyntheticFeed(const SyntheticFeedOptions &options)
{
    QString xml = QStringLiteral(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        "<rss version=\"2.0\" xmlns:content=\"http://purl.org/rss/1.0/modules/content/\" "
        "xmlns:dc=\"http://purl.org/dc/elements/1.1/\">\n<channel>\n"
        "<title>iChongqing</title>\n<link>https://www.ichongqing.info</link>\n"
        "<description>Chongqing news in English</description>\n<language>en-US</language>\n");
    xml.reserve(options.items * (options.bodyBytes + 900));
    for (int i = options.items - 1; i >= 0; --i) // newest first, as WordPress writes it
        xml += item(options.firstItem + i, options, options.base);
    xml += QStringLiteral("</channel>\n</rss>\n");
    return xml.toUtf8();
}

QByteArray makeTestImage(int seed, int width, int height, const char *format)
{
    QImage image(width, height, QImage::Format_RGB32);
    image.fill(QColor::fromHsv((seed * 37) % 360, 160, 200));
    for (int y = 0; y < height; y += 4)
        for (int x = 0; x < width; ++x)
            image.setPixel(x, y, qRgb((x * seed) % 256, y % 256, (seed * 13) % 256));
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, format, 80);
    return bytes;
}

} // namespace ichq::test
