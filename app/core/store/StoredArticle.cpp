#include "StoredArticle.h"

#include "SearchWords.h"
#include "StoreTypes.h"
#include "StoredBody.h"

#include <QCryptographicHash>

namespace ichq {

namespace {

size_t textsHash(const PreparedArticle &article)
{
    // The date as contentHash writes it: its instant, offset and kind.
    const QDateTime &date = article.published;
    return qHashMulti(0, article.title, article.author, article.bodyHtml, article.bodyText,
                      article.link, article.categories, date.isValid(),
                      date.isValid() ? date.toMSecsSinceEpoch() : 0,
                      date.isValid() ? date.offsetFromUtc() : 0, int(date.timeSpec()));
}

bool madeFromThese(const PreparedArticle &article)
{
    return article.storedFormsFrom != 0 && article.storedFormsFrom == textsHash(article);
}

QString contentHash(const PreparedArticle &article)
{
    QCryptographicHash hash(QCryptographicHash::Sha1);
    const QChar separator(0x1f);
    for (const QString &part :
         {article.title, article.link.toString(), article.author, article.bodyHtml,
          article.categories.join(separator), article.published.toString(Qt::ISODate)}) {
        hash.addData(part.toUtf8());
        hash.addData(QByteArrayView("\x1f"));
    }
    return QString::fromLatin1(hash.result().toHex());
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
    article.contentHash = contentHash(article);
    article.storedFormsFrom = textsHash(article);
}

StoredForms storedFormsOf(const PreparedArticle &article)
{
    if (madeFromThese(article))
        return {article.storedBody, article.searchWords, article.contentHash};
    return {sql::body(article.bodyHtml, article.bodyText), wordsOf(article), contentHash(article)};
}

} // namespace ichq
