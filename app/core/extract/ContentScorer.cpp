#include "ContentScorer.h"

#include "ClassHints.h"
#include "DomUtil.h"

#include <algorithm>
#include <cstring>

namespace ichq::extract {

namespace {

constexpr int kMinParagraphChars = 25;
// Below this the winner is a guess: prefer what the page marks as its article.
constexpr double kWeakScore = 20.0;

// Phrasing content: a div holding only these (and text) is a paragraph in disguise.
bool isInline(GumboTag tag)
{
    switch (tag) {
    case GUMBO_TAG_A:
    case GUMBO_TAG_SPAN:
    case GUMBO_TAG_B:
    case GUMBO_TAG_I:
    case GUMBO_TAG_EM:
    case GUMBO_TAG_STRONG:
    case GUMBO_TAG_U:
    case GUMBO_TAG_S:
    case GUMBO_TAG_BR:
    case GUMBO_TAG_FONT:
    case GUMBO_TAG_SMALL:
    case GUMBO_TAG_SUB:
    case GUMBO_TAG_SUP:
    case GUMBO_TAG_CODE:
    case GUMBO_TAG_ABBR:
    case GUMBO_TAG_TIME:
    case GUMBO_TAG_MARK:
    case GUMBO_TAG_Q:
    case GUMBO_TAG_CITE:
        return true;
    default:
        return false;
    }
}

// p, pre, td, and a div that only holds text and inline markup (readability turns those
// into paragraphs: many CMSs write paragraphs as <div>s or as text with <br>s).
bool isParagraphLike(const GumboNode &node)
{
    const GumboTag tag = tagOf(node);
    if (tag == GUMBO_TAG_P || tag == GUMBO_TAG_PRE || tag == GUMBO_TAG_TD)
        return true;
    if (tag != GUMBO_TAG_DIV && tag != GUMBO_TAG_SECTION)
        return false;
    for (unsigned i = 0; i < childCount(node); ++i) {
        const GumboNode &child = childAt(node, i);
        if (isElement(child) && !isInline(tagOf(child)))
            return false;
    }
    return true;
}

double tagBaseScore(GumboTag tag)
{
    switch (tag) {
    case GUMBO_TAG_DIV:
        return 5;
    case GUMBO_TAG_PRE:
    case GUMBO_TAG_TD:
    case GUMBO_TAG_BLOCKQUOTE:
        return 3;
    case GUMBO_TAG_ADDRESS:
    case GUMBO_TAG_OL:
    case GUMBO_TAG_UL:
    case GUMBO_TAG_DL:
    case GUMBO_TAG_DD:
    case GUMBO_TAG_DT:
    case GUMBO_TAG_LI:
    case GUMBO_TAG_FORM:
        return -3;
    case GUMBO_TAG_H1:
    case GUMBO_TAG_H2:
    case GUMBO_TAG_H3:
    case GUMBO_TAG_H4:
    case GUMBO_TAG_H5:
    case GUMBO_TAG_H6:
    case GUMBO_TAG_TH:
        return -5;
    default:
        return 0;
    }
}

bool attributeIs(const GumboNode &node, const char *name, const char *value)
{
    const char *actual = attribute(node, name);
    return actual && std::strcmp(actual, value) == 0;
}

} // namespace

std::vector<const GumboNode *> ContentScorer::selectContent(const GumboNode &body)
{
    scoreParagraphs(body);
    const GumboNode *top = topCandidate();
    if (!top || m_scores.at(top) < kWeakScore) {
        if (const GumboNode *marked = markedArticle(body))
            return {marked};
    }
    if (!top)
        return {};
    return withSiblings(*top);
}

void ContentScorer::scoreParagraphs(const GumboNode &body)
{
    std::vector<const GumboNode *> stack{&body};
    while (!stack.empty()) {
        const GumboNode *node = stack.back();
        stack.pop_back();
        if (!isElement(*node) || isNonContentTag(tagOf(*node)) || isUnlikelyCandidate(*node))
            continue;
        if (isParagraphLike(*node)) {
            addScore(*node);
            if (tagOf(*node) != GUMBO_TAG_TD)
                continue; // a paragraph holds no further paragraphs worth scoring
        }
        for (unsigned i = childCount(*node); i > 0; --i)
            stack.push_back(&childAt(*node, i - 1));
    }
}

void ContentScorer::addScore(const GumboNode &paragraph)
{
    const NodeStats &stats = m_stats.of(paragraph);
    if (stats.chars < kMinParagraphChars)
        return;
    const double score = 1.0 + stats.commas + std::min(stats.chars / 100, 3);
    const GumboNode *ancestor = paragraph.parent;
    for (int level = 0; level < 3 && ancestor && isElement(*ancestor); ++level) {
        const double divider = level == 0 ? 1.0 : level == 1 ? 2.0 : level * 3.0;
        candidateScore(*ancestor) += score / divider;
        ancestor = ancestor->parent;
    }
}

double &ContentScorer::candidateScore(const GumboNode &node)
{
    const auto it = m_scores.find(&node);
    if (it != m_scores.end())
        return it->second;
    return m_scores[&node] = tagBaseScore(tagOf(node)) + classWeight(node);
}

const GumboNode *ContentScorer::topCandidate() const
{
    const GumboNode *best = nullptr;
    double bestScore = 0;
    for (const auto &[node, score] : m_scores) {
        // Links are navigation, not story: a list of headlines scores by its link share.
        const double adjusted = score * (1.0 - m_stats.linkDensity(*node));
        const bool tieBreak = best && adjusted == bestScore && node < best; // stable choice
        if (adjusted > bestScore || tieBreak) {
            best = node;
            bestScore = adjusted;
        }
    }
    return best;
}

std::vector<const GumboNode *> ContentScorer::withSiblings(const GumboNode &top) const
{
    const GumboNode *parent = top.parent;
    if (!parent || !isElement(*parent) || tagOf(top) == GUMBO_TAG_BODY)
        return {&top};
    const double topScore = m_scores.at(&top) * (1.0 - m_stats.linkDensity(top));
    const double threshold = std::max(10.0, topScore * 0.2);
    std::vector<const GumboNode *> result;
    for (unsigned i = 0; i < childCount(*parent); ++i) {
        const GumboNode &sibling = childAt(*parent, i);
        if (&sibling == &top || (isElement(sibling) && siblingBelongs(sibling, top, threshold)))
            result.push_back(&sibling);
    }
    return result;
}

bool ContentScorer::siblingBelongs(const GumboNode &sibling, const GumboNode &top,
                                   double threshold) const
{
    if (isUnlikelyCandidate(sibling) || isNonContentTag(tagOf(sibling)))
        return false;
    const char *topClass = attribute(top, "class");
    const char *siblingClass = attribute(sibling, "class");
    // Same class as the winner (a story split in two containers around an ad) earns a bonus.
    double bonus = 0;
    if (topClass && siblingClass && *topClass && std::strcmp(topClass, siblingClass) == 0)
        bonus = m_scores.at(&top) * 0.2;
    const auto it = m_scores.find(&sibling);
    if (it != m_scores.end() &&
        it->second * (1.0 - m_stats.linkDensity(sibling)) + bonus >= threshold)
        return true;
    if (tagOf(sibling) != GUMBO_TAG_P)
        return false;
    const NodeStats &stats = m_stats.of(sibling);
    const double density = m_stats.linkDensity(sibling);
    return (stats.chars > 80 && density < 0.25) ||
           (stats.chars > 0 && density == 0 && stats.chars <= 80 && stats.commas > 0);
}

const GumboNode *markedArticle(const GumboNode &body)
{
    const GumboNode *firstArticle = nullptr;
    const GumboNode *firstMain = nullptr;
    int articles = 0;
    std::vector<const GumboNode *> stack{&body};
    while (!stack.empty()) {
        const GumboNode *node = stack.back();
        stack.pop_back();
        if (!isElement(*node) || isNonContentTag(tagOf(*node)))
            continue;
        if (attributeIs(*node, "itemprop", "articleBody"))
            return node;
        if (tagOf(*node) == GUMBO_TAG_ARTICLE && articles++ == 0)
            firstArticle = node;
        if (tagOf(*node) == GUMBO_TAG_MAIN && !firstMain)
            firstMain = node;
        for (unsigned i = childCount(*node); i > 0; --i)
            stack.push_back(&childAt(*node, i - 1));
    }
    if (articles == 1)
        return firstArticle;
    return firstMain;
}

} // namespace ichq::extract
