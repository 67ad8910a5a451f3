#pragma once

#include "ImageResolver.h"
#include "NodeStats.h"

#include "html/HtmlSerializer.h"

#include <gumbo.h>

#include <QByteArray>
#include <QUrl>

#include <vector>

namespace ichq::extract {

struct CleanedArticle
{
    QByteArray html;    // UTF-8 markup of the story
    int paragraphs = 0; // <p>s with text, captions excluded
    int textChars = 0;  // visible characters written, captions excluded
};

// Writes the chosen subtree(s) as plain story markup: headings, paragraphs, lists, quotes,
// tables, and photos as <figure><img><figcaption>. The page's chrome that sits inside the
// story's container (share buttons, ads, related posts, author box, tags, comments, forms) and
// link-heavy blocks are left out; lazy photos are resolved to their real absolute URL.
class ArticleCleaner
{
public:
    static constexpr qsizetype kMaxOutputBytes = 2 * 1024 * 1024;

    ArticleCleaner(const NodeStatsTable &stats, const QUrl &baseUrl);

    CleanedArticle clean(const std::vector<const GumboNode *> &roots);

private:
    void children(const GumboNode &node, int depth);
    void element(const GumboNode &node, int depth);
    bool isDropped(const GumboNode &node) const;
    bool isLinkHeavy(const GumboNode &node) const;
    void keep(const GumboNode &node, const char *name, int depth);
    void link(const GumboNode &node, int depth);
    void figure(const GumboNode &container, const GumboNode *captionLine, int depth);
    void caption(const GumboNode &node, int depth);
    void image(const GumboNode &node, const GumboNode *noscript);
    void writeImage(const QUrl &url, const char *alt);
    void flatten(const GumboNode &node);
    void text(const GumboNode &node);
    bool full() const { return m_out.html().size() > kMaxOutputBytes; }

    const NodeStatsTable &m_stats;
    QUrl m_baseUrl;
    ImageResolver m_images;
    html::HtmlWriter m_out;
    int m_paragraphs = 0;
    int m_textChars = 0;
    bool m_inCaption = false;
};

} // namespace ichq::extract
