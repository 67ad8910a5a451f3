#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace ichq::extract {

// What schema.org markup says about the story: the first NewsArticle, Article, BlogPosting or
// ReportageNewsArticle found in the page's <script type="application/ld+json"> blocks, at the
// top level, in an array or in a Yoast-style @graph (where author and image are often
// {"@id": ...} references to other nodes of the graph, which are followed).
struct JsonLdArticle
{
    bool found = false;
    QString headline;
    QStringList authors;
    QString datePublished;
    QString image; // as written: may be relative
};

// Scripts larger than kMaxScriptBytes are skipped: the page author controls them.
constexpr qsizetype kMaxJsonLdScriptBytes = 256 * 1024;

JsonLdArticle readJsonLd(const QList<QByteArray> &scripts);

} // namespace ichq::extract
