#pragma once

#include "NodeStats.h"

#include <gumbo.h>

#include <unordered_map>
#include <vector>

namespace ichq::extract {

// readability's choice of the story: every paragraph-like element scores by its length and
// commas and gives that score to its parent, half to its grandparent and less to the level
// above; the best-scoring container (after discounting its links) is the story, joined by
// siblings that score nearly as well. Chrome (see ClassHints) is never scored.
class ContentScorer
{
public:
    explicit ContentScorer(const NodeStatsTable &stats) : m_stats(stats) {}

    // The elements holding the story, in document order (usually one); empty when the page
    // has no story.
    std::vector<const GumboNode *> selectContent(const GumboNode &body);

private:
    void scoreParagraphs(const GumboNode &body);
    void addScore(const GumboNode &paragraph);
    double &candidateScore(const GumboNode &node);
    const GumboNode *topCandidate() const;
    std::vector<const GumboNode *> withSiblings(const GumboNode &top) const;
    bool siblingBelongs(const GumboNode &sibling, const GumboNode &top, double threshold) const;

    const NodeStatsTable &m_stats;
    std::unordered_map<const GumboNode *, double> m_scores;
};

// When scores are weak: the element the page itself marks as the story
// ([itemprop=articleBody], then the only <article>, then <main>), or nullptr.
const GumboNode *markedArticle(const GumboNode &body);

} // namespace ichq::extract
