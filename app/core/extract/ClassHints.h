#pragma once

#include <gumbo.h>

namespace ichq::extract {

// What a page's class and id names say about an element. Themes differ, but the words they
// use for their chrome (sidebar, widget, share, related, comment...) and for their story
// (content, article, entry-content...) are few; readability's insight is to read those words,
// not to keep a list of selectors per theme.
struct ClassHints
{
    bool positive = false; // a name of the story's container
    bool negative = false; // a name of chrome: navigation, widgets, ads, comments...
};

ClassHints classHints(const GumboNode &node);

// readability's class weight: +25 for a positive class, -25 for a negative one, the same
// again for the id.
int classWeight(const GumboNode &node);

// An element that is chrome, never story: nav/aside/footer, landmark roles of chrome, hidden
// elements, and negative names without a positive one. <article>, <main>, <body> and
// [itemprop=articleBody] never are, whatever their classes say (WordPress puts the post's tag
// slugs, such as "tag-share-economy", into the <article>'s classes).
bool isUnlikelyCandidate(const GumboNode &node);

} // namespace ichq::extract
