#pragma once

#include "RefreshTypes.h"
#include "feed/FeedTypes.h"
#include "store/StoreTypes.h"

namespace ichq {

// FeedItem (what the feed said) -> PreparedArticle (what we keep): the body sanitized, the
// images it needs listed, a plain-text excerpt, and a key that stays stable across refreshes.
class ArticlePreparer
{
public:
    // `wholeArticles` decides whether the article's page is wanted (WholeArticlePolicy).
    static PreparedArticle prepare(const FeedItem &item,
                                   WholeArticles wholeArticles = WholeArticles::Auto);
    // All of them, on every core (PreparedArticleStream).
    static QList<PreparedArticle> prepareAll(const QList<FeedItem> &items,
                                             WholeArticles wholeArticles = WholeArticles::Auto);

    // guid, else link, else a hash of title and content: feeds without guids still update in place.
    static QString keyFor(const FeedItem &item);
    static QString excerptOf(const QString &plainText, int maxChars = 280);
    // The images an article shows: those of its body, then the feed's own (media:*, enclosures)
    // that the body does not already use; http(s) only, each once.
    static QList<QUrl> withMediaImages(QList<QUrl> bodyImages, const QList<QUrl> &mediaImages);
};

} // namespace ichq
