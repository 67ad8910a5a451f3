#pragma once

#include <gumbo.h>

#include <QDateTime>
#include <QString>
#include <QUrl>

namespace ichq::extract {

// The story's title, author, date and lead photo as the page declares them, and the base URL
// for its relative links. Sources, best first:
//   title:     JSON-LD headline, og:title, the first <h1>, <title>
//   author:    JSON-LD author(s), <meta name=author>, article:author (unless a URL), the byline
//   published: JSON-LD datePublished, article:published_time, the first <time datetime>
//   lead:      JSON-LD image, og:image
struct PageMetadata
{
    QUrl baseUrl;
    QString title;
    QString author;
    QDateTime published; // UTC
    QUrl leadImage;      // absolute http(s), or invalid
};

PageMetadata readPageMetadata(const GumboNode &htmlRoot, const QUrl &pageUrl);

// ISO 8601 / RFC 3339 (and RFC 2822, as some CMSs write) in UTC; a time without a zone is
// read as UTC. Invalid when the text is no date.
QDateTime parsePageDate(const QString &text);

} // namespace ichq::extract
