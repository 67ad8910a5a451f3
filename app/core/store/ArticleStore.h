#pragma once

#include "StoreTypes.h"
#include "common/UserActivity.h"

#include <QSet>

#include <functional>

class QSqlError;

namespace ichq {

class Database;

// Writes articles: one transaction per feed, upsert keyed by feed + article key. A changed
// article is updated in place; read and starred state are never touched by a refresh.
class ArticleStore
{
public:
    explicit ArticleStore(Database &database);

    // Called after each article is written inside the transaction (progress; tests use it to
    // kill a process mid-transaction).
    using ArticleHook = std::function<void(int index)>;
    StoreOutcome storeFeed(const QUrl &feedUrl, const FeedInfo &info,
                           const QList<PreparedArticle> &articles, const ArticleHook &hook = {});
    // The same, with the articles handed over a chunk at a time while they are still being
    // prepared (PreparedArticleStream): `next` fills the next chunk, or returns false at the end.
    // With an activity, it pauses between articles while the user acts, after committing what it
    // wrote so far: the window's marks never wait for a pause. (A crash or a failure then may
    // leave part of the feed stored, each article whole, and the outcome counts what was
    // committed; the feed's validators are saved only after the last article, so the next
    // refresh reads it all again.)
    using ArticleSource = std::function<bool(QList<PreparedArticle> *next)>;
    StoreOutcome storeFeed(const QUrl &feedUrl, const FeedInfo &info, const ArticleSource &next,
                           const ArticleHook &hook = {}, const UserActivity *activity = nullptr);

    bool setRead(qint64 articleId, bool read);
    bool setStarred(qint64 articleId, bool starred);
    // Of one section (empty: every one), of these feeds (empty: every one).
    bool markAllRead(const QString &section = {}, const QList<QUrl> &feeds = {});
    // The same for the articles with ids from `fromId` to `toId`, but those in `except`.
    bool markReadBetween(qint64 fromId, qint64 toId, const QString &section,
                         const QList<QUrl> &feeds, const QSet<qint64> &except,
                         QSqlError *error = nullptr);

private:
    Database &m_db;
};

} // namespace ichq
