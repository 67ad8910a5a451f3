#include "StoredArticle.h"

#include "SearchWords.h"
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

StoredForms formsOf(const PreparedArticle &article, const QByteArray &htmlUtf8,
                    const QByteArray &textUtf8)
{
    return {sql::bodyFromUtf8(htmlUtf8, textUtf8), wordsOf(article),
            contentHash(article, htmlUtf8)};
}

} // namespace

void makeStoredForms(PreparedArticle &article, const QByteArray &htmlUtf8,
                     const QByteArray &textUtf8)
{
    article.storedForms = formsOf(article, htmlUtf8, textUtf8);
    article.storedFormsFrom = textsHash(article);
}

StoredForms storedFormsOf(const PreparedArticle &article)
{
    if (madeFromThese(article))
        return article.storedForms;
    return formsOf(article, article.bodyHtml.toUtf8(), article.bodyText.toUtf8());
}

} // namespace ichq
