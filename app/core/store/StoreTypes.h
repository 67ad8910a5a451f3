#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <QVariant>

namespace ichq {

// What the store writes of an article besides its plain fields (StoredArticle.h).
struct StoredForms
{
    QVariant body;       // sql::body: the HTML and the text, compressed
    QString searchWords; // search::indexWords
    // Identifies a version of an article: a changed title, body, link or categories changes it.
    QString contentHash;
};

// An article ready to keep: sanitized, keyed, with the images its body references.
struct PreparedArticle
{
    QString key; // unique within its feed: guid, else link, else a hash of the content
    QString title;
    QUrl link;
    QString author;
    QDateTime published;
    QDateTime updated;
    QStringList categories;
    QString excerpt;  // plain text, short
    QString bodyHtml; // sanitized
    QString bodyText; // plain text, for search
    // Made ahead, with a hash of the fields they were made from (StoredArticle.h).
    StoredForms storedForms;
    size_t storedFormsFrom = 0;
    QList<QUrl>
        imageUrls; // the images of the body, then feed-level media images; first = lead photo
    // The feed carries only a summary (or the user wants every page): the article's page is
    // downloaded and its story extracted by the refresh's whole-articles stage, when whole
    // articles are not turned off.
    bool wantsPage = false;
};

// Where an article's page stands. Stored as an integer: never renumber.
enum class PageState {
    NotNeeded = 0, // the feed carries the whole story
    Wanted = 1,    // to download on this or the next refresh
    Fetched = 2,   // page_html holds the whole story
    Failed = 3,    // the last try failed; tried again on a later refresh
    GaveUp = 4,    // failed too often, or the page has no story we could find
};

struct FeedInfo
{
    QString title;
    QUrl link;
    QString description;
    QString language;
};

struct StoreOutcome
{
    bool ok = false;
    QString error;
    int added = 0;
    int updated = 0;
    int unchanged = 0;
};

// What the reader shows in a list.
struct ArticleSummary
{
    qint64 id = 0;
    qint64 feedId = 0;
    QString title;
    QUrl link;
    QString author;
    QDateTime published; // UTC; the time first seen when the feed gave none
    QString excerpt;
    QString leadImageKey;
    QStringList categories;
    bool read = false;
    bool starred = false;
};

struct Article : ArticleSummary
{
    QDateTime updated;
    QString bodyHtml; // the whole article from its page when there is one, else the feed's
    bool fromPage = false;
    PageState pageState = PageState::NotNeeded;
    // The page was wanted and could not be had (yet): the reader sees the feed's summary.
    bool showsSummaryOnly() const
    {
        return !fromPage && (pageState == PageState::Failed || pageState == PageState::GaveUp);
    }
};

// A photo an article shows, and whether the cache holds it.
struct ArticleImage
{
    QString key; // ichq://image/<key>
    QUrl url;
    bool cached = false;
};

// One article page to download: its address and the validators of the copy we have.
struct PageRequest
{
    qint64 articleId = 0;
    QUrl url;
    QByteArray etag;
    QByteArray lastModified;
    int attempts = 0;
};

// What the whole-articles stage keeps of a page.
struct StoredPage
{
    QString html;      // sanitized
    QString plainText; // for search
    QList<QUrl> imageUrls;
    QByteArray etag;
    QByteArray lastModified;
    // From the page's metadata; used only where the feed left the field empty.
    QString title;
    QString author;
    QDateTime published;
};

struct Section
{
    QString name;
    int total = 0;
    int unread = 0;
};

struct ArticleFilter
{
    QString section;   // a category name; empty for all
    QString search;    // full-text, substring, any script
    QList<QUrl> feeds; // only the articles of these feeds (an edition); empty for all
    bool unreadOnly = false;
    bool starredOnly = false;
    int limit = 100;
    int offset = 0;
};

struct FeedState
{
    qint64 id = 0;
    QUrl url;
    QString title;
    QByteArray etag;
    QByteArray lastModified;
    QDateTime lastAttempt;
    QDateTime lastSuccess;
    QDateTime retryAfter;
    int failures = 0;
    QString lastError;
};

} // namespace ichq
