#include "JsonLd.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace ichq::extract {

namespace {

using IdMap = QHash<QString, QJsonObject>;

bool isArticleType(const QJsonValue &type)
{
    static const QStringList types = {
        QStringLiteral("NewsArticle"),         QStringLiteral("Article"),
        QStringLiteral("BlogPosting"),         QStringLiteral("ReportageNewsArticle"),
        QStringLiteral("AnalysisNewsArticle"), QStringLiteral("OpinionNewsArticle")};
    if (type.isString())
        return types.contains(type.toString());
    const QJsonArray list = type.toArray();
    for (const QJsonValue &entry : list) {
        if (types.contains(entry.toString()))
            return true;
    }
    return false;
}

// A node and, one level down, the members of an array or an @graph: deeper nesting is not
// where sites put their article, and a hostile script gains nothing from it.
void collectNodes(const QJsonValue &value, QList<QJsonObject> &nodes)
{
    const QJsonArray top = value.isArray() ? value.toArray() : QJsonArray{value};
    for (const QJsonValue &entry : top) {
        const QJsonObject object = entry.toObject();
        if (object.isEmpty())
            continue;
        nodes.append(object);
        const QJsonArray graph = object.value(QLatin1String("@graph")).toArray();
        for (const QJsonValue &member : graph) {
            if (member.isObject())
                nodes.append(member.toObject());
        }
    }
}

QJsonObject dereference(const QJsonObject &object, const IdMap &ids)
{
    const QString id = object.value(QLatin1String("@id")).toString();
    if (!id.isEmpty() && object.size() <= 2 && ids.contains(id))
        return ids.value(id);
    return object;
}

QStringList authorNames(const QJsonValue &value, const IdMap &ids)
{
    QStringList names;
    const QJsonArray list = value.isArray() ? value.toArray() : QJsonArray{value};
    for (const QJsonValue &entry : list) {
        const QString name =
            entry.isString()
                ? entry.toString()
                : dereference(entry.toObject(), ids).value(QLatin1String("name")).toString();
        if (!name.trimmed().isEmpty() && !names.contains(name.trimmed()))
            names.append(name.trimmed());
    }
    return names;
}

QString imageUrl(const QJsonValue &value, const IdMap &ids)
{
    const QJsonArray list = value.isArray() ? value.toArray() : QJsonArray{value};
    if (list.isEmpty())
        return {};
    const QJsonValue first = list.first();
    if (first.isString())
        return first.toString();
    const QJsonObject object = dereference(first.toObject(), ids);
    const QString url = object.value(QLatin1String("url")).toString();
    return url.isEmpty() ? object.value(QLatin1String("contentUrl")).toString() : url;
}

JsonLdArticle fromNode(const QJsonObject &node, const IdMap &ids)
{
    JsonLdArticle article;
    article.found = true;
    article.headline = node.value(QLatin1String("headline")).toString();
    if (article.headline.isEmpty())
        article.headline = node.value(QLatin1String("name")).toString();
    article.authors = authorNames(node.value(QLatin1String("author")), ids);
    article.datePublished = node.value(QLatin1String("datePublished")).toString();
    article.image = imageUrl(node.value(QLatin1String("image")), ids);
    return article;
}

} // namespace

JsonLdArticle readJsonLd(const QList<QByteArray> &scripts)
{
    QList<QJsonObject> nodes;
    for (const QByteArray &script : scripts) {
        if (script.size() > kMaxJsonLdScriptBytes)
            continue;
        const QJsonDocument document = QJsonDocument::fromJson(script.trimmed());
        if (document.isObject())
            collectNodes(document.object(), nodes);
        else if (document.isArray())
            collectNodes(document.array(), nodes);
    }
    IdMap ids;
    for (const QJsonObject &node : nodes) {
        const QString id = node.value(QLatin1String("@id")).toString();
        if (!id.isEmpty() && !ids.contains(id))
            ids.insert(id, node);
    }
    for (const QJsonObject &node : nodes) {
        if (isArticleType(node.value(QLatin1String("@type"))))
            return fromNode(node, ids);
    }
    return {};
}

} // namespace ichq::extract
