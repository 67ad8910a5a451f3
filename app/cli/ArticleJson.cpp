#include "ArticleJson.h"

#include <QJsonArray>

namespace ichq::cli {

QJsonObject articleSummaryToJson(const ArticleSummary &article)
{
    return QJsonObject{
        {QStringLiteral("id"), article.id},
        {QStringLiteral("title"), article.title},
        {QStringLiteral("link"), article.link.toString()},
        {QStringLiteral("author"), article.author},
        {QStringLiteral("published"), article.published.isValid()
                                          ? QJsonValue(article.published.toUTC().toString(
                                                QStringLiteral("yyyy-MM-ddTHH:mm:ssZ")))
                                          : QJsonValue()},
        {QStringLiteral("categories"), QJsonArray::fromStringList(article.categories)},
        {QStringLiteral("excerpt"), article.excerpt},
        {QStringLiteral("read"), article.read},
        {QStringLiteral("starred"), article.starred},
        {QStringLiteral("leadImage"),
         article.leadImageKey.isEmpty()
             ? QJsonValue()
             : QJsonValue(QStringLiteral("ichq://image/") + article.leadImageKey)},
    };
}

} // namespace ichq::cli
