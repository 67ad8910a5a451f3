#pragma once

#include <gumbo.h>

#include <unordered_map>

namespace ichq::extract {

// Text measures of every element, computed bottom-up in one pass so that the scorer and the
// cleaner can ask "how much text, how much of it in links" of any element in O(1) instead of
// re-walking subtrees (which is quadratic on deep pages).
struct NodeStats
{
    int chars = 0;     // characters of visible text (code points, so Chinese counts fairly)
    int linkChars = 0; // of which inside <a>
    int commas = 0;    // ',' and the Chinese '，'
    int images = 0;    // <img> and <amp-img>
};

class NodeStatsTable
{
public:
    explicit NodeStatsTable(const GumboNode &root);

    const NodeStats &of(const GumboNode &node) const;
    // Share of the text inside links, 0 when there is no text.
    double linkDensity(const GumboNode &node) const;

private:
    void measureText(const GumboNode &text, NodeStats &into) const;

    std::unordered_map<const GumboNode *, NodeStats> m_stats;
};

// <img>, or AMP's <amp-img>.
bool isImageElement(const GumboNode &node);

} // namespace ichq::extract
