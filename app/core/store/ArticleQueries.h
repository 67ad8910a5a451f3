#pragma once

#include "StoreTypes.h"

#include <optional>

namespace ichq {

class Database;

// Reads articles for lists, the article view, sections and search.
class ArticleQueries
{
public:
    explicit ArticleQueries(Database &database);

    QList<ArticleSummary> list(const ArticleFilter &filter) const;
    // With atMost >= 0, stops counting there: a search checks each match against the text, and
    // a list needs to know only whether there is another page.
    int count(const ArticleFilter &filter, int atMost = -1) const;
    std::optional<Article> article(qint64 id) const;
    // Categories with totals and unread counts, in the order the feeds first listed them; of these
    // feeds' articles (empty: all).
    QList<Section> sections(const QList<QUrl> &feeds = {}) const;
    QStringList imageKeys(qint64 articleId) const;
    QList<ArticleImage> images(qint64 articleId) const; // in the order the article shows them
    QUrl feedOf(qint64 articleId) const;                // the feed it came from; empty if none
    int totalArticles() const;

    // How much of one feed is stored: the number of its articles and the newest date shown.
    struct FeedSpan
    {
        int articles = 0;
        QDateTime newest; // invalid when none
    };
    FeedSpan span(const QUrl &feedUrl) const;

private:
    Database &m_db;
};

} // namespace ichq
