#pragma once

#include "RefreshTypes.h"
#include "feed/FeedTypes.h"

#include <limits>

namespace ichq {

// Which feed items carry only a summary, so that the story has to come from the item's page.
class WholeArticlePolicy
{
public:
    // Summaries are short; a real story ending in an ellipsis is not.
    static constexpr int kSummaryWords = 150;

    // contentText / summaryText: the plain text of the item's content and description, which
    // the preparer has already (the sanitizer's parse is not paid twice).
    static bool needsPage(const FeedItem &item, const QString &contentText,
                          const QString &summaryText, WholeArticles mode);
    // Auto's test, on its own: no content; content equal to the description; or a short
    // content ending the way excerpts end ("[…]", "…", "Read more", "appeared first on").
    static bool looksLikeSummary(const QString &contentText, const QString &summaryText);

    // Words for the threshold: Latin words, and each Han character as a word; at most atMost.
    static int wordCount(const QString &plainText, int atMost = std::numeric_limits<int>::max());
};

} // namespace ichq
