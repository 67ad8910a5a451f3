#include "ArticleWriter.h"

#include "ArticleStore.h"
#include "Schema.h"
#include "SqlValues.h"
#include "StoredArticle.h"
#include "html/HtmlSanitizer.h"

#include <QSqlError>
#include <QVariant>

namespace ichq {

namespace {

QString leadImageKey(const PreparedArticle &article)
{
    return article.imageUrls.isEmpty() ? QString() : imageKeyForUrl(article.imageUrls.first());
}

} // namespace

ArticleWriter::ArticleWriter(QSqlDatabase db, qint64 feedId)
    : m_db(std::move(db)), m_feedId(feedId), m_find(m_db), m_insert(m_db), m_update(m_db),
      m_clearCategories(m_db), m_addCategory(m_db), m_newCategory(m_db), m_findCategory(m_db),
      m_clearImages(m_db), m_addImage(m_db), m_newImage(m_db), m_wantPage(m_db), m_wasExpired(m_db),
      m_search(m_db)
{}

bool ArticleWriter::prepare()
{
    m_categoryIds.clear(); // run again after a pause: another process may have changed them
    const bool prepared =
        m_find.prepare(QStringLiteral(
            "SELECT id, content_hash, page_state FROM articles WHERE feed_id = ? AND guid = ?")) &&
        m_insert.prepare(QStringLiteral(
            "INSERT INTO articles (feed_id, guid, link, title, author, published, updated, "
            "excerpt, body_html, content_hash, first_image, first_seen, page_state, "
            "id, search_key, index_later) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)")) &&
        // A new version of the entry: its page is asked for again, with the validators of the
        // copy we have, so a page that did not change costs a 304.
        m_wantPage.prepare(QStringLiteral("UPDATE articles SET page_state = 1, page_attempts = 0, "
                                          "page_not_before = NULL WHERE id = ?")) &&
        m_update.prepare(QStringLiteral(
            "UPDATE articles SET link = ?, title = ?, author = ?, published = ?, updated = ?, "
            "excerpt = ?, body_html = ?, content_hash = ?, first_image = ? "
            "WHERE id = ?")) &&
        m_clearCategories.prepare(
            QStringLiteral("DELETE FROM article_categories WHERE article_id = ?")) &&
        m_addCategory.prepare(QStringLiteral(
            "INSERT OR IGNORE INTO article_categories (article_id, category_id) VALUES (?, ?)")) &&
        m_newCategory.prepare(
            QStringLiteral("INSERT OR IGNORE INTO categories (name) VALUES (?)")) &&
        m_findCategory.prepare(QStringLiteral("SELECT id FROM categories WHERE name = ?")) &&
        m_clearImages.prepare(QStringLiteral("DELETE FROM article_images WHERE article_id = ?")) &&
        m_addImage.prepare(
            QStringLiteral("INSERT OR IGNORE INTO article_images (article_id, image_key, position) "
                           "VALUES (?, ?, ?)")) &&
        m_newImage.prepare(
            QStringLiteral("INSERT OR IGNORE INTO images (key, url, state) VALUES (?, ?, 0)")) &&
        m_wasExpired.prepare(
            QStringLiteral("SELECT 1 FROM expired_articles WHERE feed_id = ? AND guid = ?")) &&
        // Rows an older version's writer left for the index it kept with triggers.
        m_search.indexPending();
    if (!prepared) {
        m_error = m_search.lastError().isEmpty() ? m_db.lastError().text() : m_search.lastError();
        return false;
    }
    // Ids are given here, one past the largest, as SQLite would: the row's search key needs its
    // id, and a key given with the row is indexed once instead of by a second write.
    QSqlQuery largest(m_db);
    if (!largest.exec(QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM articles")) ||
        !largest.next()) {
        m_error = largest.lastError().text();
        return false;
    }
    m_nextId = largest.value(0).toLongLong() + 1;
    return true;
}

bool ArticleWriter::indexNewArticles()
{
    if (m_search.flush())
        return true;
    m_error = m_search.lastError();
    return false;
}

ArticleWriter::Result ArticleWriter::write(const PreparedArticle &article)
{
    const StoredForms stored = storedFormsOf(article);
    const QString &hash = stored.contentHash;
    m_find.addBindValue(m_feedId);
    m_find.addBindValue(article.key);
    if (!run(m_find))
        return Result::Failed;
    if (m_find.next()) {
        const qint64 id = m_find.value(0).toLongLong();
        const bool same = m_find.value(1).toString() == hash;
        const auto pageState = PageState(m_find.value(2).toInt());
        m_find.finish();
        if (same) {
            // Unchanged, but now wanted whole (the setting changed to "Always").
            if (article.wantsPage && pageState == PageState::NotNeeded && !wantPage(id))
                return Result::Failed;
            return Result::Unchanged;
        }
        return updateArticle(id, article, stored) && clearLinks(id) && writeLinks(id, article) &&
                       (!article.wantsPage || wantPage(id))
                   ? Result::Updated
                   : Result::Failed;
    }
    m_find.finish();
    // Deleted by retention while the feed still lists it: it stays deleted.
    m_wasExpired.addBindValue(m_feedId);
    m_wasExpired.addBindValue(article.key);
    if (!run(m_wasExpired))
        return Result::Failed;
    const bool expired = m_wasExpired.next();
    m_wasExpired.finish();
    if (expired)
        return Result::Expired;
    qint64 id = 0;
    return insertArticle(article, stored, &id) && writeLinks(id, article) ? Result::Added
                                                                          : Result::Failed;
}

bool ArticleWriter::insertArticle(const PreparedArticle &article, const StoredForms &stored,
                                  qint64 *newId)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const qint64 id = m_nextId;
    const qint64 shown = (article.published.isValid() ? article.published : now).toSecsSinceEpoch();
    for (const QVariant &value :
         {QVariant(m_feedId), sql::text(article.key), sql::text(article.link.toString()),
          sql::text(article.title), sql::text(article.author), sql::epochOrNull(article.published),
          sql::epochOrNull(article.updated), sql::text(article.excerpt), stored.body,
          sql::text(stored.contentHash), sql::text(leadImageKey(article)),
          QVariant(now.toSecsSinceEpoch()),
          QVariant(int(article.wantsPage ? PageState::Wanted : PageState::NotNeeded)), QVariant(id),
          QVariant(searchKey(shown, id))})
        m_insert.addBindValue(value);
    if (!run(m_insert))
        return false;
    if (!m_search.add(searchKey(shown, id), stored.searchWords)) {
        m_error = m_search.lastError();
        return false;
    }
    *newId = id;
    ++m_nextId;
    return true;
}

bool ArticleWriter::updateArticle(qint64 id, const PreparedArticle &article,
                                  const StoredForms &stored)
{
    for (const QVariant &value :
         {sql::text(article.link.toString()), sql::text(article.title), sql::text(article.author),
          sql::epochOrNull(article.published), sql::epochOrNull(article.updated),
          sql::text(article.excerpt), stored.body, sql::text(stored.contentHash),
          sql::text(leadImageKey(article)), QVariant(id)})
        m_update.addBindValue(value);
    m_error.clear();
    if (m_search.update(id, [this] { return run(m_update); }))
        return true;
    if (m_error.isEmpty())
        m_error = m_search.lastError();
    return false;
}

bool ArticleWriter::wantPage(qint64 id)
{
    m_wantPage.addBindValue(id);
    return run(m_wantPage);
}

bool ArticleWriter::clearLinks(qint64 id)
{
    m_clearCategories.addBindValue(id);
    m_clearImages.addBindValue(id);
    return run(m_clearCategories) && run(m_clearImages);
}

bool ArticleWriter::writeLinks(qint64 id, const PreparedArticle &article)
{
    for (const QString &name : article.categories) {
        const qint64 category = categoryId(name);
        if (category <= 0)
            return false;
        m_addCategory.addBindValue(id);
        m_addCategory.addBindValue(category);
        if (!run(m_addCategory))
            return false;
    }
    int position = 0;
    for (const QUrl &url : article.imageUrls) {
        const QString key = imageKeyForUrl(url);
        m_newImage.addBindValue(key);
        m_newImage.addBindValue(url.toString(QUrl::FullyEncoded));
        m_addImage.addBindValue(id);
        m_addImage.addBindValue(key);
        m_addImage.addBindValue(position++);
        if (!run(m_newImage) || !run(m_addImage))
            return false;
    }
    return true;
}

qint64 ArticleWriter::categoryId(const QString &name)
{
    const QString folded = name.toCaseFolded();
    if (const auto it = m_categoryIds.constFind(folded); it != m_categoryIds.cend())
        return *it;
    m_newCategory.addBindValue(name);
    m_findCategory.addBindValue(name);
    if (!run(m_newCategory) || !run(m_findCategory) || !m_findCategory.next())
        return 0;
    const qint64 id = m_findCategory.value(0).toLongLong();
    m_findCategory.finish();
    m_categoryIds.insert(folded, id);
    return id;
}

bool ArticleWriter::run(QSqlQuery &query)
{
    if (query.exec())
        return true;
    m_error = query.lastError().text();
    return false;
}

} // namespace ichq
