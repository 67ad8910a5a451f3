#include "ArticleQueries.h"

#include "Database.h"
#include "SearchLookup.h"
#include "SqlValues.h"
#include "StoredBody.h"
#include "common/Logging.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <optional>

namespace ichq {

namespace {

const QChar kSeparator(0x1f);

// WHERE clause and its bound values for a filter. Each word of a search is a substring of the
// title, author or text. The search index names the articles that may hold them all
// (SearchLookup.h), newest first (its rowid is search_key), so a first page is read from it and
// stops there; unless the index names exactly the hits, each is checked (TextMatcher). Without
// a piece the index can look up, every article is checked, newest first.
struct WhereClause
{
    QStringList conditions;
    QVariantList values;
    bool searchIndex = false; // FROM the index, joined to articles
    std::optional<search::TextMatcher> check;

    WhereClause(const ArticleFilter &filter, QSqlDatabase db)
    {
        addSearch(filter.search, db);
        if (!filter.section.isEmpty()) {
            conditions << QStringLiteral(
                "a.id IN (SELECT ac.article_id FROM article_categories ac JOIN categories c "
                "ON c.id = ac.category_id WHERE c.name = ?)");
            values << filter.section;
        }
        if (!filter.feeds.isEmpty())
            conditions << sql::inFeeds(QStringLiteral("a.feed_id"), filter.feeds, &values);
        if (filter.unreadOnly)
            conditions << QStringLiteral("a.is_read = 0");
        if (filter.starredOnly)
            conditions << QStringLiteral("a.is_starred = 1");
    }

    void addSearch(const QString &search, QSqlDatabase db)
    {
        // Quotes carry no meaning for a reader typing a few words; each word is a substring.
        QString cleaned = search;
        cleaned.remove(QLatin1Char('"'));
        const QStringList words = cleaned.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (words.isEmpty())
            return;
        const search::IndexLookup lookup = search::lookUp(db, words);
        if (lookup.nothing) {
            conditions << QStringLiteral("0");
            return;
        }
        if (!lookup.match.isEmpty()) {
            conditions << QStringLiteral("s.article_search MATCH ?");
            values << lookup.match;
            searchIndex = true;
        }
        if (!lookup.exact || lookup.match.isEmpty())
            check.emplace(words);
    }

    QString from() const
    {
        return searchIndex ? QStringLiteral(
                                 " FROM article_search s JOIN articles a ON a.search_key = s.rowid")
                           : QStringLiteral(" FROM articles a");
    }

    QString order() const
    {
        return searchIndex ? QStringLiteral(" ORDER BY s.rowid DESC")
                           : QStringLiteral(
                                 " ORDER BY COALESCE(a.published, a.first_seen) DESC, a.id DESC");
    }

    QString sql() const
    {
        return conditions.isEmpty()
                   ? QString()
                   : QStringLiteral(" WHERE ") + conditions.join(QLatin1String(" AND "));
    }

    void bind(QSqlQuery &query) const
    {
        for (const QVariant &value : values)
            query.addBindValue(value);
    }

    // The columns check() reads, after the ones a query asks for.
    static QString checkedColumns()
    {
        return QStringLiteral(", a.title, a.author, a.body_html, a.page_html, a.body_text");
    }

    // Whether the row, whose checkedColumns() begin at column first, holds every search word.
    bool passes(const QSqlQuery &row, int first) const
    {
        return !check ||
               check->matches(row.value(first).toString(), row.value(first + 1).toString(),
                              sql::searchTextUtf8From(row.value(first + 2), row.value(first + 3),
                                                      row.value(first + 4)));
    }
};

constexpr int kSummaryColumnCount = 11;

const QString kSummaryColumns = QStringLiteral(
    "a.id, a.feed_id, a.title, a.link, a.author, COALESCE(a.published, a.first_seen), a.excerpt, "
    "a.first_image, a.is_read, a.is_starred, "
    "(SELECT group_concat(c.name, char(31)) FROM article_categories ac "
    " JOIN categories c ON c.id = ac.category_id WHERE ac.article_id = a.id)");

void readSummary(const QSqlQuery &query, ArticleSummary *summary)
{
    summary->id = query.value(0).toLongLong();
    summary->feedId = query.value(1).toLongLong();
    summary->title = query.value(2).toString();
    summary->link = QUrl(query.value(3).toString());
    summary->author = query.value(4).toString();
    summary->published = sql::fromEpoch(query.value(5));
    summary->excerpt = query.value(6).toString();
    summary->leadImageKey = query.value(7).toString();
    summary->read = query.value(8).toBool();
    summary->starred = query.value(9).toBool();
    summary->categories = query.value(10).toString().split(kSeparator, Qt::SkipEmptyParts);
}

} // namespace

ArticleQueries::ArticleQueries(Database &database) : m_db(database) {}

QList<ArticleSummary> ArticleQueries::list(const ArticleFilter &filter) const
{
    const WhereClause where(filter, m_db.connection());
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    // Checked rows are skipped and counted here; the others, by SQLite.
    const bool checked = where.check.has_value();
    query.prepare(QStringLiteral("SELECT ") + kSummaryColumns +
                  (checked ? WhereClause::checkedColumns() : QString()) + where.from() +
                  where.sql() + where.order() +
                  (checked ? QString() : QStringLiteral(" LIMIT ? OFFSET ?")));
    where.bind(query);
    if (!checked) {
        query.addBindValue(filter.limit);
        query.addBindValue(filter.offset);
    }
    QList<ArticleSummary> rows;
    if (!query.exec()) {
        qCWarning(lcStore) << "article list failed:" << query.lastError().text();
        return rows;
    }
    int skip = checked ? filter.offset : 0;
    while (rows.size() < filter.limit && query.next()) {
        if (!where.passes(query, kSummaryColumnCount) || skip-- > 0)
            continue;
        ArticleSummary summary;
        readSummary(query, &summary);
        rows << summary;
    }
    return rows;
}

int ArticleQueries::count(const ArticleFilter &filter, int atMost) const
{
    const WhereClause where(filter, m_db.connection());
    QSqlQuery query(m_db.connection());
    if (where.check) {
        query.setForwardOnly(true);
        query.prepare(QStringLiteral("SELECT 1") + WhereClause::checkedColumns() + where.from() +
                      where.sql() + where.order());
        where.bind(query);
        int found = 0;
        if (!query.exec())
            return 0;
        while ((atMost < 0 || found < atMost) && query.next())
            found += where.passes(query, 1);
        return found;
    }
    if (atMost < 0) {
        query.prepare(QStringLiteral("SELECT count(*)") + where.from() + where.sql());
        where.bind(query);
    } else {
        query.prepare(QStringLiteral("SELECT count(*) FROM (SELECT 1") + where.from() +
                      where.sql() + where.order() + QStringLiteral(" LIMIT ?)"));
        where.bind(query);
        query.addBindValue(atMost);
    }
    return query.exec() && query.next() ? query.value(0).toInt() : 0;
}

std::optional<Article> ArticleQueries::article(qint64 id) const
{
    QSqlQuery query(m_db.connection());
    query.prepare(
        QStringLiteral("SELECT ") + kSummaryColumns +
        QStringLiteral(", a.updated, a.page_html != '', "
                       "CASE WHEN a.page_html != '' THEN a.page_html ELSE a.body_html END, "
                       "a.page_state FROM articles a WHERE a.id = ?"));
    query.addBindValue(id);
    if (!query.exec() || !query.next())
        return std::nullopt;
    Article article;
    readSummary(query, &article);
    article.updated = sql::fromEpoch(query.value(11));
    article.fromPage = query.value(12).toBool();
    article.bodyHtml = sql::htmlFrom(query.value(13));
    article.pageState = PageState(query.value(14).toInt());
    return article;
}

QList<Section> ArticleQueries::sections(const QList<QUrl> &feeds) const
{
    QVariantList values;
    const QString where =
        feeds.isEmpty()
            ? QString()
            : QStringLiteral(" WHERE ") + sql::inFeeds(QStringLiteral("a.feed_id"), feeds, &values);
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    query.prepare(
        QStringLiteral("SELECT c.name, count(a.id), sum(CASE WHEN a.is_read = 0 THEN 1 ELSE 0 END) "
                       "FROM categories c JOIN article_categories ac ON ac.category_id = c.id "
                       "JOIN articles a ON a.id = ac.article_id") +
        // In the order the site first listed them: a section never moves because its count
        // changed while someone looks at the list.
        where + QStringLiteral(" GROUP BY c.id ORDER BY c.id"));
    for (const QVariant &value : std::as_const(values))
        query.addBindValue(value);
    QList<Section> sections;
    if (!query.exec())
        return sections;
    while (query.next())
        sections << Section{query.value(0).toString(), query.value(1).toInt(),
                            query.value(2).toInt()};
    return sections;
}

QStringList ArticleQueries::imageKeys(qint64 articleId) const
{
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral(
        "SELECT image_key FROM article_images WHERE article_id = ? ORDER BY position"));
    query.addBindValue(articleId);
    QStringList keys;
    if (query.exec()) {
        while (query.next())
            keys << query.value(0).toString();
    }
    return keys;
}

QList<ArticleImage> ArticleQueries::images(qint64 articleId) const
{
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral(
        "SELECT ai.image_key, i.url, i.state FROM article_images ai "
        "JOIN images i ON i.key = ai.image_key WHERE ai.article_id = ? ORDER BY ai.position"));
    query.addBindValue(articleId);
    QList<ArticleImage> images;
    if (query.exec()) {
        while (query.next())
            images << ArticleImage{query.value(0).toString(), QUrl(query.value(1).toString()),
                                   query.value(2).toInt() == 1};
    }
    return images;
}

QUrl ArticleQueries::feedOf(qint64 articleId) const
{
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral(
        "SELECT f.url FROM articles a JOIN feeds f ON f.id = a.feed_id WHERE a.id = ?"));
    query.addBindValue(articleId);
    return query.exec() && query.next() ? QUrl(query.value(0).toString()) : QUrl();
}

int ArticleQueries::totalArticles() const
{
    return count(ArticleFilter{});
}

ArticleQueries::FeedSpan ArticleQueries::span(const QUrl &feedUrl) const
{
    QSqlQuery query(m_db.connection());
    query.prepare(
        QStringLiteral("SELECT count(*), max(COALESCE(published, first_seen)) "
                       "FROM articles WHERE feed_id = (SELECT id FROM feeds WHERE url = ?)"));
    query.addBindValue(feedUrl.toString(QUrl::FullyEncoded));
    FeedSpan span;
    if (query.exec() && query.next()) {
        span.articles = query.value(0).toInt();
        span.newest = sql::fromEpoch(query.value(1));
    }
    return span;
}

} // namespace ichq
