#include "ArticleJson.h"
#include "CliCommands.h"
#include "Console.h"

#include "common/DataPaths.h"
#include "html/HtmlSanitizer.h"
#include "store/ArticleQueries.h"
#include "store/Database.h"
#include "store/ImageCache.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace ichq::cli {

namespace {

// The article's text, a blank line between paragraphs, headings, list items and captions.
QString bodyText(const QString &html)
{
    static const QRegularExpression blockEnd(
        QStringLiteral("(</(p|h[1-6]|li|blockquote|figcaption|figure|tr|pre|div)>|<br\\s*/?>)"),
        QRegularExpression::CaseInsensitiveOption);
    QStringList paragraphs;
    for (const QString &piece : html.split(blockEnd, Qt::SkipEmptyParts)) {
        const QString text = HtmlSanitizer::toPlainText(piece);
        if (!text.isEmpty())
            paragraphs << text;
    }
    return paragraphs.join(QStringLiteral("\n\n"));
}

QJsonObject articleToJson(const Article &article, const QList<ArticleImage> &images,
                          const ImageCache &cache)
{
    QJsonObject json = articleSummaryToJson(article);
    json.remove(QStringLiteral("excerpt"));
    json.insert(QStringLiteral("source"),
                article.fromPage ? QStringLiteral("page") : QStringLiteral("feed"));
    json.insert(QStringLiteral("content"), article.bodyHtml);
    QJsonArray imageArray;
    for (const ArticleImage &image : images) {
        imageArray.append(QJsonObject{
            {QStringLiteral("url"), image.url.toString()},
            {QStringLiteral("hash"), image.key},
            {QStringLiteral("cached"), image.cached && cache.contains(image.key)},
        });
    }
    json.insert(QStringLiteral("images"), imageArray);
    return json;
}

void printPlain(const Article &article)
{
    printOut(article.title);
    QStringList byline;
    if (!article.author.isEmpty())
        byline << QCoreApplication::translate("Cli", "By %1").arg(article.author);
    if (!article.categories.isEmpty())
        byline << article.categories.join(QStringLiteral(", "));
    if (!byline.isEmpty())
        printOut(byline.join(QStringLiteral(" · ")));
    if (article.published.isValid())
        printOut(article.published.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'")));
    printOut(QString());
    printOut(bodyText(article.bodyHtml));
    if (article.showsSummaryOnly())
        printOut(QStringLiteral("\n") +
                 QCoreApplication::translate(
                     "Cli", "Showing the summary; the whole article could not be downloaded: %1")
                     .arg(article.link.toString()));
}

} // namespace

int runShow(const QString &dataDir, const QString &idText, bool json)
{
    bool ok = false;
    const qint64 id = idText.toLongLong(&ok);
    const DataPaths paths = DataPaths::resolve(dataDir);
    Database db;
    if (!openStoredArticles(paths, db))
        return 2;
    const ArticleQueries queries(db);
    const std::optional<Article> article = ok && id > 0 ? queries.article(id) : std::nullopt;
    if (!article) {
        printErr(
            QCoreApplication::translate("Cli", "No stored article has the id %1.").arg(idText));
        return 2;
    }
    if (json) {
        const ImageCache cache(db, paths.imageDir());
        printOutRaw(QJsonDocument(articleToJson(*article, queries.images(id), cache))
                        .toJson(QJsonDocument::Indented));
    } else {
        printPlain(*article);
    }
    return 0;
}

} // namespace ichq::cli
