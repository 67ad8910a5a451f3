#pragma once

#include <QString>

namespace ichq {

// When the refresh downloads an article's page to keep the whole story.
enum class WholeArticles {
    Always, // every article with a web link
    Auto,   // only when the feed carries a summary (WholeArticlePolicy says which)
    Never,
};

// "always", "auto", "never"; anything else reads as Auto with *ok = false.
QString wholeArticlesName(WholeArticles mode);
WholeArticles wholeArticlesFromName(const QString &name, bool *ok = nullptr);

} // namespace ichq
