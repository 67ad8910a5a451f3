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

QString contentHash(const PreparedArticle &article, const QByteArray &htmlUtf8)
{
    QCryptographicHash hash(QCryptographicHash::Sha1);
    const QChar separator(0x1f);
    const QByteArray parts[] = {article.title.toUtf8(),
                                article.link.toString().toUtf8(),
                                article.author.toUtf8(),
                                htmlUtf8,
                                article.categories.join(separator).toUtf8(),
                                article.published.toString(Qt::ISODate).toUtf8()};
    for (const QByteArray &part : parts) {
        hash.addData(part);
        hash.addData(QByteArrayView("\x1f"));
    }
    return QString::fromLatin1(hash.result().toHex());
}

QString wordsOf(const PreparedArticle &article)
{
    return search::indexWords({article.title, article.author, article.bodyText});
}

} // namespace

void makeStoredForms(PreparedArticle &article, const QByteArray &htmlUtf8,
                     const QByteArray &textUtf8)
{
    const QByteArray html = htmlUtf8.isEmpty() ? article.bodyHtml.toUtf8() : htmlUtf8;
    const QByteArray text = textUtf8.isEmpty() ? article.bodyText.toUtf8() : textUtf8;
    article.storedBody = sql::bodyFromUtf8(html, text);
    article.searchWords = wordsOf(article);
    article.contentHash = contentHash(article, html);
    article.storedFormsFrom = textsHash(article);
}

StoredForms storedFormsOf(const PreparedArticle &article)
{
    if (madeFromThese(article))
        return {article.storedBody, article.searchWords, article.contentHash};
    const QByteArray html = article.bodyHtml.toUtf8();
    return {sql::bodyFromUtf8(html, article.bodyText.toUtf8()), wordsOf(article),
            contentHash(article, html)};
}

} // namespace ichq
