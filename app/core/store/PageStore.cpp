#include "PageStore.h"

#include "Database.h"
#include "SearchIndex.h"
#include "SqlValues.h"
#include "StoredBody.h"
#include "common/Logging.h"
#include "html/HtmlSanitizer.h"

#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

namespace ichq {

namespace {

bool exec(QSqlQuery &query)
{
    if (query.exec())
        return true;
    qCWarning(lcStore) << "page state could not be saved:" << query.lastError().text();
    return false;
}

} // namespace

PageStore::PageStore(Database &database) : m_db(database) {}

QList<PageRequest> PageStore::due(const QList<QUrl> &feeds, int limit) const
{
    QVariantList values{int(PageState::Wanted), int(PageState::Failed),
                        QDateTime::currentSecsSinceEpoch()};
    const QString feedFilter =
        feeds.isEmpty()
            ? QString()
            : QStringLiteral(" AND ") + sql::inFeeds(QStringLiteral("feed_id"), feeds, &values);
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT id, link, page_etag, page_last_modified, page_attempts "
                                 "FROM articles WHERE page_state IN (?, ?) "
                                 "AND (page_not_before IS NULL OR page_not_before <= ?)") +
                  feedFilter +
                  QStringLiteral(" ORDER BY COALESCE(published, first_seen) DESC, id DESC "
                                 "LIMIT ?"));
    for (const QVariant &value : std::as_const(values))
        query.addBindValue(value);
    query.addBindValue(limit);
    QList<PageRequest> pages;
    if (!exec(query))
        return pages;
    while (query.next()) {
        PageRequest page;
        page.articleId = query.value(0).toLongLong();
        page.url = QUrl(query.value(1).toString());
        page.etag = query.value(2).toString().toLatin1();
        page.lastModified = query.value(3).toString().toLatin1();
        page.attempts = query.value(4).toInt();
        pages << page;
    }
    return pages;
}

bool PageStore::store(qint64 articleId, const StoredPage &page)
{
    // Immediate: the search index reads the row before it is written.
    Transaction transaction(m_db.connection(), Transaction::Lock::Immediate);
    QSqlQuery query(m_db.connection());
    // The page fills only what the feed left empty: the feed's title and byline are the
    // editor's, the page's may carry the site's name or a theme's decoration.
    query.prepare(QStringLiteral(
        "UPDATE articles SET page_html = ?, body_text = '', page_state = ?, page_etag = ?, "
        "page_last_modified = ?, page_attempts = 0, page_not_before = NULL, "
        "title = CASE WHEN title = '' THEN ? ELSE title END, "
        "author = CASE WHEN author = '' THEN ? ELSE author END, "
        "published = COALESCE(published, ?), "
        "first_image = CASE WHEN first_image = '' THEN ? ELSE first_image END "
        "WHERE id = ?"));
    const QString leadKey =
        page.imageUrls.isEmpty() ? QString() : imageKeyForUrl(page.imageUrls.first());
    for (const QVariant &value :
         {sql::body(page.html, page.plainText), QVariant(int(PageState::Fetched)),
          sql::text(QString::fromLatin1(page.etag)),
          sql::text(QString::fromLatin1(page.lastModified)), sql::text(page.title),
          sql::text(page.author), sql::epochOrNull(page.published), sql::text(leadKey),
          QVariant(articleId)})
        query.addBindValue(value);
    SearchIndex index(m_db.connection());
    return transaction.isActive() && index.update(articleId, [&] { return exec(query); }) &&
           addImages(articleId, page.imageUrls) && transaction.commit();
}

bool PageStore::addImages(qint64 articleId, const QList<QUrl> &imageUrls)
{
    QSqlDatabase db = m_db.connection();
    QSqlQuery next(db);
    next.prepare(QStringLiteral(
        "SELECT COALESCE(max(position) + 1, 0) FROM article_images WHERE article_id = ?"));
    next.addBindValue(articleId);
    if (!exec(next) || !next.next())
        return false;
    int position = next.value(0).toInt();
    QSqlQuery newImage(db);
    newImage.prepare(
        QStringLiteral("INSERT OR IGNORE INTO images (key, url, state) VALUES (?, ?, 0)"));
    QSqlQuery link(db);
    link.prepare(QStringLiteral("INSERT OR IGNORE INTO article_images "
                                "(article_id, image_key, position) VALUES (?, ?, ?)"));
    for (const QUrl &url : imageUrls) {
        const QString key = imageKeyForUrl(url);
        newImage.addBindValue(key);
        newImage.addBindValue(url.toString(QUrl::FullyEncoded));
        link.addBindValue(articleId);
        link.addBindValue(key);
        link.addBindValue(position++);
        if (!exec(newImage) || !exec(link))
            return false;
    }
    return true;
}

bool PageStore::markNotModified(qint64 articleId)
{
    Transaction transaction(m_db.connection());
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral("UPDATE articles SET page_state = ?, page_attempts = 0, "
                                 "page_not_before = NULL WHERE id = ? RETURNING page_html"));
    query.addBindValue(int(PageState::Fetched));
    query.addBindValue(articleId);
    if (!transaction.isActive() || !exec(query) || !query.next())
        return false;
    // A changed feed entry rewrote the article's image links; the page we keep still shows
    // its photos, so they are linked again from the page itself.
    const sql::StoredBody kept = sql::bodyFrom(query.value(0));
    const QString &pageHtml = kept.html;
    query.finish();
    static const QRegularExpression imageKey(QStringLiteral("ichq://image/([0-9a-f]{64})"));
    QStringList keys;
    auto matches = imageKey.globalMatch(pageHtml);
    while (matches.hasNext())
        keys << matches.next().captured(1);
    // A page kept before schema 8 has no text of its own (it was in body_text, which a changed
    // entry overwrote with the feed's): the page's text goes in with it.
    QSqlQuery text(m_db.connection());
    text.prepare(QStringLiteral("UPDATE articles SET page_html = ? WHERE id = ?"));
    text.addBindValue(sql::body(pageHtml, HtmlSanitizer::toPlainText(pageHtml)));
    text.addBindValue(articleId);
    SearchIndex index(m_db.connection());
    const bool keepsText = pageHtml.isEmpty() || kept.hasPlainText;
    return (keepsText || index.update(articleId, [&] { return exec(text); })) &&
           relinkImages(articleId, keys) && transaction.commit();
}

bool PageStore::relinkImages(qint64 articleId, const QStringList &keys)
{
    QSqlQuery link(m_db.connection());
    link.prepare(
        QStringLiteral("INSERT OR IGNORE INTO article_images (article_id, image_key, position) "
                       "SELECT ?, key, (SELECT COALESCE(max(position) + 1, 0) FROM article_images "
                       "WHERE article_id = ?) FROM images WHERE key = ?"));
    for (const QString &key : keys) {
        link.addBindValue(articleId);
        link.addBindValue(articleId);
        link.addBindValue(key);
        if (!exec(link))
            return false;
    }
    return true;
}

bool PageStore::markFailed(qint64 articleId, bool permanent, const QDateTime &notBefore)
{
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral(
        "UPDATE articles SET page_attempts = page_attempts + 1, page_not_before = ?, "
        "page_state = CASE WHEN ? OR page_attempts + 1 >= ? THEN ? ELSE ? END WHERE id = ?"));
    query.addBindValue(sql::epochOrNull(notBefore));
    query.addBindValue(permanent ? 1 : 0);
    query.addBindValue(kMaxAttempts);
    query.addBindValue(int(PageState::GaveUp));
    query.addBindValue(int(PageState::Failed));
    query.addBindValue(articleId);
    return exec(query);
}

bool PageStore::defer(qint64 articleId, const QDateTime &notBefore)
{
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral("UPDATE articles SET page_not_before = ? WHERE id = ?"));
    query.addBindValue(sql::epochOrNull(notBefore));
    query.addBindValue(articleId);
    return exec(query);
}

} // namespace ichq
