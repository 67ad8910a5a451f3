#include "NodeStats.h"

#include "DomUtil.h"

#include <cstring>
#include <vector>

namespace ichq::extract {

namespace {

const NodeStats kEmpty;

struct Frame
{
    const GumboNode *node;
    unsigned nextChild;
};

} // namespace

bool isImageElement(const GumboNode &node)
{
    if (tagOf(node) == GUMBO_TAG_IMG)
        return true;
    return tagOf(node) == GUMBO_TAG_UNKNOWN && unknownTagName(node) == "amp-img";
}

NodeStatsTable::NodeStatsTable(const GumboNode &root)
{
    m_stats.reserve(4096);
    // Post-order with an explicit stack: the tree may be a couple of thousand levels deep.
    std::vector<Frame> stack{{&root, 0}};
    m_stats[&root];
    while (!stack.empty()) {
        Frame &frame = stack.back();
        const GumboNode &node = *frame.node;
        if (frame.nextChild < childCount(node)) {
            const GumboNode &child = childAt(node, frame.nextChild++);
            if (child.type == GUMBO_NODE_TEXT || child.type == GUMBO_NODE_WHITESPACE)
                measureText(child, m_stats[&node]);
            else if (isElement(child) && !isNonContentTag(child.v.element.tag))
                stack.push_back({&child, 0});
            continue;
        }
        stack.pop_back();
        NodeStats &own = m_stats[&node];
        if (isImageElement(node))
            ++own.images;
        if (tagOf(node) == GUMBO_TAG_A)
            own.linkChars = own.chars;
        if (node.parent && !stack.empty()) {
            NodeStats &parent = m_stats[node.parent];
            parent.chars += own.chars;
            parent.linkChars += own.linkChars;
            parent.commas += own.commas;
            parent.images += own.images;
        }
    }
}

void NodeStatsTable::measureText(const GumboNode &text, NodeStats &into) const
{
    const auto *p = reinterpret_cast<const unsigned char *>(text.v.text.text);
    for (; *p; ++p) {
        const unsigned char c = *p;
        if (c == ',')
            ++into.commas;
        else if (c == 0xEF && p[1] == 0xBC && p[2] == 0x8C) // U+FF0C FULLWIDTH COMMA
            ++into.commas;
        // Count code points (skip UTF-8 continuation bytes) and leave out whitespace.
        if ((c & 0xC0) != 0x80 && c > ' ')
            ++into.chars;
    }
}

const NodeStats &NodeStatsTable::of(const GumboNode &node) const
{
    const auto it = m_stats.find(&node);
    return it == m_stats.end() ? kEmpty : it->second;
}

double NodeStatsTable::linkDensity(const GumboNode &node) const
{
    const NodeStats &stats = of(node);
    return stats.chars > 0 ? double(stats.linkChars) / stats.chars : 0.0;
}

} // namespace ichq::extract
