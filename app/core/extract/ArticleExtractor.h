#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QUrl>

namespace ichq {

// The story of a downloaded article page, for feeds that carry only an excerpt.
struct ExtractedArticle
{
    bool found = false; // a story body was found
    // The story's markup only, unsanitized: the caller sanitizes it with
    // HtmlSanitizer::sanitize(html, pageUrl). <img src> holds the real absolute photo URL.
    QString html;
    QString title;       // plain text, from the page metadata
    QString author;      // plain text; several authors joined with ", "
    QDateTime published; // UTC, invalid when the page names no date
    QUrl leadImage;      // absolute http(s), may be invalid
    int paragraphs = 0;  // paragraphs kept (for tests and heuristics)
};

// A readability-style extractor: gumbo parses the whole page, paragraphs vote for their
// containers, the best container is the story; the chrome inside it is cleaned out and photos
// are resolved (lazy loading, <noscript>, srcset, AMP) with their captions. Everything in the
// page is hostile: sizes, depth, image count and output are capped.
class ArticleExtractor
{
public:
    // Larger pages are cut: a story starts in the first megabytes.
    static constexpr qsizetype kMaxInputBytes = 5 * 1024 * 1024;

    // bytes: the page as downloaded; contentType: the HTTP Content-Type header (may name a
    // charset, may be empty); pageUrl: the final URL, used as base (a <base href> in the page
    // wins when it is http(s)).
    static ExtractedArticle extract(const QByteArray &bytes, const QByteArray &contentType,
                                    const QUrl &pageUrl);
};

} // namespace ichq
