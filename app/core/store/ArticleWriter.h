#pragma once

#include "SearchIndex.h"
#include "StoreTypes.h"
#include "StoredArticle.h"

#include <QHash>
#include <QSqlQuery>

namespace ichq {

// The prepared statements of one storeFeed() transaction. Internal to ArticleStore.
class ArticleWriter
{
public:
    ArticleWriter(QSqlDatabase db, qint64 feedId);

    bool prepare();
    enum class Result { Added, Updated, Unchanged, Expired, Failed };
    Result write(const PreparedArticle &article);
    // Adds the articles inserted since prepare() or the last call to the search index, in key
    // order. Call before the transaction commits: a new row is not searchable until then.
    bool indexNewArticles();
    QString lastError() const { return m_error; }

private:
    bool insertArticle(const PreparedArticle &article, const StoredForms &stored, qint64 *newId);
    bool updateArticle(qint64 id, const PreparedArticle &article, const StoredForms &stored);
    bool wantPage(qint64 id);
    bool clearLinks(qint64 id);
    bool writeLinks(qint64 id, const PreparedArticle &article);
    qint64 categoryId(const QString &name);
    bool run(QSqlQuery &query);

    QSqlDatabase m_db;
    qint64 m_feedId;
    qint64 m_nextId = 0;
    QString m_error;
    QHash<QString, qint64> m_categoryIds;
    QSqlQuery m_find, m_insert, m_update, m_clearCategories, m_addCategory, m_newCategory,
        m_findCategory, m_clearImages, m_addImage, m_newImage, m_wantPage, m_wasExpired;
    SearchIndex m_search;
};

} // namespace ichq
