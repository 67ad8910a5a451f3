#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace ichq {

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
    QList<QUrl>
        imageUrls; // the images of the body, then feed-level media images; first = lead photo
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
    QString bodyHtml;
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
