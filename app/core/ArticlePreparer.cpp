#include "ArticlePreparer.h"

#include "PreparedArticleStream.h"
#include "WholeArticlePolicy.h"
#include "html/HtmlSanitizer.h"
#include "store/StoredArticle.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QSet>

namespace ichq {

QString ArticlePreparer::keyFor(const FeedItem &item)
{
    const QString guid = item.id.trimmed();
    if (!guid.isEmpty())
        return guid;
    if (item.link.isValid() && !item.link.isEmpty())
        return item.link.toString(QUrl::FullyEncoded);
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(item.title.toUtf8());
    hash.addData(QByteArrayView("\x1f"));
    hash.addData((item.content.isEmpty() ? item.summary : item.content).toUtf8());
    return QStringLiteral("sha256:") + QString::fromLatin1(hash.result().toHex());
}

QString ArticlePreparer::excerptOf(const QString &plainText, int maxChars)
{
    const QString text = plainText.simplified();
    if (text.size() <= maxChars)
        return text;
    int cut = maxChars;
    // End on a word boundary when there is one nearby (Chinese text has none: cut anywhere).
    const int space = text.lastIndexOf(QLatin1Char(' '), maxChars);
    if (space > maxChars * 2 / 3)
        cut = space;
    if (cut > 0 && text.at(cut - 1).isHighSurrogate())
        --cut;
    return text.left(cut).trimmed() + QChar(0x2026);
}

QList<QUrl> ArticlePreparer::withMediaImages(QList<QUrl> bodyImages, const QList<QUrl> &mediaImages)
{
    QSet<QUrl> seen(bodyImages.cbegin(), bodyImages.cend());
    for (const QUrl &url : mediaImages) {
        const bool web = url.scheme() == u"http" || url.scheme() == u"https";
        if (web && !seen.contains(url)) {
            seen.insert(url);
            bodyImages << url;
        }
    }
    return bodyImages;
}

PreparedArticle ArticlePreparer::prepare(const FeedItem &item, WholeArticles wholeArticles)
{
    PreparedArticle article;
    article.key = keyFor(item);
    article.link = item.link;
    article.author = item.authors.join(QStringLiteral(", "));
    article.published = item.published.isValid() ? item.published : item.updated;
    article.updated = item.updated;
    article.categories = item.categories;

    const QString &html = item.content.isEmpty() ? item.summary : item.content;
    const SanitizedHtml body = HtmlSanitizer::sanitize(html, item.contentBase);
    article.bodyHtml = body.html;
    article.bodyText = body.plainText;

    // The summary is often the better excerpt: it is what the editor wrote for lists.
    const QString summaryText =
        item.content.isEmpty() ? body.plainText : HtmlSanitizer::toPlainText(item.summary);
    article.excerpt = excerptOf(summaryText.isEmpty() ? body.plainText : summaryText);
    const QString contentText = item.content.isEmpty() ? QString() : body.plainText;
    // With "Never" a summary is still marked: the page stage does not run then, and a later
    // "Auto" or "Always" finds every stored summary, older pages' included.
    const WholeArticles marking =
        wholeArticles == WholeArticles::Never ? WholeArticles::Auto : wholeArticles;
    article.wantsPage = WholeArticlePolicy::needsPage(item, contentText, summaryText, marking);
    article.title = item.title.isEmpty() ? excerptOf(body.plainText, 80) : item.title;
    makeStoredForms(article, body.htmlUtf8, body.plainTextUtf8);

    // No more photos are ever fetched for one article (100 by a refresh, 300 when it is opened):
    // links past that would only make a hostile item slow to store.
    constexpr qsizetype kMaxImagesKept = 300;
    article.imageUrls = withMediaImages(body.imageUrls, item.mediaImages).mid(0, kMaxImagesKept);
    return article;
}

QList<PreparedArticle> ArticlePreparer::prepareAll(const QList<FeedItem> &items,
                                                   WholeArticles wholeArticles)
{
    QList<PreparedArticle> all;
    all.reserve(items.size());
    PreparedArticleStream stream(items, wholeArticles);
    QList<PreparedArticle> chunk;
    while (stream.next(&chunk))
        all.append(std::move(chunk));
    return all;
}

} // namespace ichq
