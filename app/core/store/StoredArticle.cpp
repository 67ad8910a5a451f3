#include "StoredArticle.h"

#include "SearchWords.h"
#include "StoreTypes.h"
#include "StoredBody.h"

namespace ichq {

namespace {

size_t textsHash(const PreparedArticle &article)
{
    return qHashMulti(0, article.title, article.author, article.bodyHtml, article.bodyText);
}

bool madeFromThese(const PreparedArticle &article)
{
    return article.storedFormsFrom != 0 && article.storedFormsFrom == textsHash(article);
}

QString wordsOf(const PreparedArticle &article)
{
    return search::indexWords({article.title, article.author, article.bodyText});
}

} // namespace

void makeStoredForms(PreparedArticle &article)
{
    article.storedBody = sql::body(article.bodyHtml, article.bodyText);
    article.searchWords = wordsOf(article);
    article.storedFormsFrom = textsHash(article);
}

QVariant storedBodyOf(const PreparedArticle &article)
{
    return madeFromThese(article) ? article.storedBody
                                  : sql::body(article.bodyHtml, article.bodyText);
}

QString searchWordsOf(const PreparedArticle &article)
{
    return madeFromThese(article) ? article.searchWords : wordsOf(article);
}

} // namespace ichq
