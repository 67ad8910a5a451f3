// Article extraction time on a generated ~100 KB WordPress-style article page (menu, sidebar
// widgets, lazy photos with <noscript> copies, ads, related posts, comments, footer).
// Prints the median and p95 of 200 runs; the goal is <= 5 ms for the median.
#include "extract/ArticleExtractor.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <algorithm>
#include <cstdio>
#include <vector>

namespace {

QByteArray n(int i)
{
    return QByteArray::number(i);
}

QByteArray chrome()
{
    QByteArray html =
        "<header id=\"masthead\" class=\"site-header\"><nav class=\"main-navigation\"><ul>";
    for (int i = 0; i < 40; ++i)
        html += "<li class=\"menu-item\"><a href=\"/section-" + n(i) + "/\">Section " + n(i) +
                "</a></li>";
    html += "</ul></nav></header><div id=\"secondary\" class=\"widget-area\">";
    for (int w = 0; w < 10; ++w) {
        html += "<section class=\"widget widget_recent_entries\"><h2>Popular " + n(w) + "</h2><ul>";
        for (int i = 0; i < 15; ++i)
            html += "<li><a href=\"/2024/05/story-" + n(w * 100 + i) +
                    "/\">A headline about the river, the bridges and the city " + n(i) +
                    "</a> <span class=\"post-date\">May " + n(i + 1) + ", 2024</span></li>";
        html += "</ul></section>";
    }
    return html + "</div>";
}

QByteArray story()
{
    QByteArray html = "<div class=\"entry-content\">";
    for (int i = 0; i < 140; ++i) {
        html += "<p>Paragraph " + n(i) +
                " of the story: the city's new cableway, which crosses the Yangtze between "
                "Yuzhong and Nan'an, carried more than 8,000 passengers on its first day, the "
                "operator said, and queues formed before dawn at the Xinhua Road station, where "
                "residents and tourists waited, phones in hand, for the first ride at seven.</p>";
        if (i % 6 == 2)
            html += "<figure class=\"wp-caption\"><img src=\"data:image/svg+xml,%3Csvg%3E\" "
                    "data-src=\"/wp-content/uploads/2024/05/photo-" +
                    n(i) + "-1024x683.jpg\" data-srcset=\"/wp-content/uploads/2024/05/photo-" +
                    n(i) + "-1024x683.jpg 1024w, /wp-content/uploads/2024/05/photo-" + n(i) +
                    "-300x200.jpg 300w\" width=\"1024\" height=\"683\" alt=\"\"><noscript><img "
                    "src=\"/wp-content/uploads/2024/05/photo-" +
                    n(i) +
                    "-1024x683.jpg\"></noscript><figcaption class=\"wp-caption-text\">Photo " +
                    n(i) + ": the cabin crosses the river.</figcaption></figure>";
        if (i % 9 == 4)
            html += "<div class=\"ad-slot\"><span>Advertisement</span><ins class=\"adsbygoogle\">"
                    "</ins></div>";
    }
    html += "<div class=\"sharedaddy\"><a href=\"?share=facebook\">Share on Facebook</a></div>";
    return html + "</div>";
}

QByteArray comments()
{
    QByteArray html = "<div id=\"comments\"><ol class=\"comment-list\">";
    for (int i = 0; i < 80; ++i)
        html += "<li class=\"comment\"><div class=\"comment-author\"><b>reader" + n(i) +
                "</b></div><div class=\"comment-content\"><p>Comment " + n(i) +
                ": thanks for the report, we rode it on Sunday, and the view was great.</p>"
                "</div></li>";
    return html + "</ol></div>";
}

QByteArray page()
{
    QByteArray html =
        "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Cableway reopens</title>"
        "<meta property=\"og:image\" content=\"https://news.example.com/lead.jpg\">"
        "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":"
        "\"Cableway reopens\",\"author\":{\"name\":\"Zhang Min\"},\"datePublished\":"
        "\"2024-05-14T09:30:00+08:00\"}</script></head><body><div id=\"page\">";
    html += chrome();
    html += "<main id=\"main\"><article class=\"post\"><h1>Cableway reopens</h1>";
    html += story();
    html += "<div class=\"jp-relatedposts\"><h3>Related</h3>";
    for (int i = 0; i < 30; ++i)
        html += "<p><a href=\"/related-" + n(i) + "/\">Related story number " + n(i) + "</a></p>";
    html += "</div></article>" + comments() + "</main>";
    html += "<footer class=\"site-footer\">Copyright 2024 Mountain City Daily</footer></div>";
    return html + "</body></html>";
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QByteArray bytes = page();
    const QUrl url(QStringLiteral("https://news.example.com/2024/05/14/cableway/"));
    constexpr int kRuns = 200;
    std::vector<double> ms;
    ms.reserve(kRuns);
    ichq::ExtractedArticle article;
    for (int i = 0; i < kRuns; ++i) {
        QElapsedTimer timer;
        timer.start();
        article = ichq::ArticleExtractor::extract(bytes, "text/html; charset=UTF-8", url);
        ms.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(ms.begin(), ms.end());
    std::printf("page: %.1f KiB, %d paragraphs kept, %lld bytes of story\n",
                double(bytes.size()) / 1024.0, article.paragraphs,
                static_cast<long long>(article.html.toUtf8().size()));
    std::printf("extract: median %.2f ms, p95 %.2f ms, min %.2f ms (%d runs)\n", ms[kRuns / 2],
                ms[kRuns * 95 / 100], ms.front(), kRuns);
    return article.found ? 0 : 1;
}
