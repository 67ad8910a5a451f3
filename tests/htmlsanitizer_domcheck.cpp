#include "htmlsanitizer_domcheck.h"

#include <gumbo.h>

#include <QByteArray>
#include <QSet>

#include <memory>

namespace ichq::test {

namespace {

using ParseDeleter = void (*)(GumboOutput *);

std::unique_ptr<GumboOutput, ParseDeleter> parse(const QByteArray &utf8)
{
    GumboOptions options = kGumboDefaultOptions;
    options.fragment_context = GUMBO_TAG_DIV;
    options.max_errors = 0;
    GumboOutput *output = gumbo_parse_with_options(&options, utf8.constData(), utf8.size());
    return {output, [](GumboOutput *o) { gumbo_destroy_output(&kGumboDefaultOptions, o); }};
}

const QSet<QString> &allowedTags()
{
    static const QSet<QString> tags = {
        QStringLiteral("p"),      QStringLiteral("h2"),         QStringLiteral("h3"),
        QStringLiteral("h4"),     QStringLiteral("h5"),         QStringLiteral("h6"),
        QStringLiteral("ul"),     QStringLiteral("ol"),         QStringLiteral("li"),
        QStringLiteral("dl"),     QStringLiteral("dt"),         QStringLiteral("dd"),
        QStringLiteral("div"),    QStringLiteral("blockquote"), QStringLiteral("figure"),
        QStringLiteral("img"),    QStringLiteral("figcaption"), QStringLiteral("a"),
        QStringLiteral("table"),  QStringLiteral("caption"),    QStringLiteral("thead"),
        QStringLiteral("tbody"),  QStringLiteral("tfoot"),      QStringLiteral("tr"),
        QStringLiteral("th"),     QStringLiteral("td"),         QStringLiteral("em"),
        QStringLiteral("strong"), QStringLiteral("b"),          QStringLiteral("i"),
        QStringLiteral("u"),      QStringLiteral("s"),          QStringLiteral("sub"),
        QStringLiteral("sup"),    QStringLiteral("small"),      QStringLiteral("mark"),
        QStringLiteral("q"),      QStringLiteral("cite"),       QStringLiteral("abbr"),
        QStringLiteral("time"),   QStringLiteral("br"),         QStringLiteral("hr"),
        QStringLiteral("pre"),    QStringLiteral("code")};
    return tags;
}

bool isAllowedAttribute(const QString &tag, const QString &name)
{
    static const QSet<QString> pairs = {
        QStringLiteral("a/href"),       QStringLiteral("a/rel"),
        QStringLiteral("a/title"),      QStringLiteral("img/src"),
        QStringLiteral("img/alt"),      QStringLiteral("img/title"),
        QStringLiteral("img/width"),    QStringLiteral("img/height"),
        QStringLiteral("td/colspan"),   QStringLiteral("td/rowspan"),
        QStringLiteral("th/colspan"),   QStringLiteral("th/rowspan"),
        QStringLiteral("ol/start"),     QStringLiteral("abbr/title"),
        QStringLiteral("time/datetime")};
    return pairs.contains(tag + QLatin1Char('/') + name);
}

// An attribute value as a browser's URL parser sees it: entities are already decoded by
// gumbo; ASCII tab/newline vanish and C0 controls/spaces around it are trimmed.
QString urlAsBrowserReadsIt(const QString &value)
{
    QString cleaned;
    for (const QChar c : value) {
        if (c != QLatin1Char('\t') && c != QLatin1Char('\n') && c != QLatin1Char('\r'))
            cleaned.append(c);
    }
    while (!cleaned.isEmpty() && cleaned.front().unicode() <= 0x20)
        cleaned.remove(0, 1);
    return cleaned.toLower();
}

void checkUrl(const QString &tag, const QString &name, const QString &value, QStringList &out)
{
    const QString url = urlAsBrowserReadsIt(value);
    for (const char *bad : {"javascript:", "vbscript:", "data:", "file:"}) {
        if (url.contains(QLatin1String(bad)))
            out << QStringLiteral("%1 %2 contains %3: %4")
                       .arg(tag, name, QLatin1String(bad), value);
    }
    if (tag == QLatin1String("img") && name == QLatin1String("src") &&
        (!url.startsWith(QLatin1String("ichq://image/")) || url.size() != 13 + 64))
        out << QStringLiteral("img src is not ichq://image/<sha256>: %1").arg(value);
    if (name == QLatin1String("href") && !url.startsWith(QLatin1String("http://")) &&
        !url.startsWith(QLatin1String("https://")) && !url.startsWith(QLatin1String("mailto:")))
        out << QStringLiteral("href is not http(s)/mailto: %1").arg(value);
}

void checkElement(const GumboNode &node, QStringList &out)
{
    const GumboElement &element = node.v.element;
    GumboStringPiece original = element.original_tag;
    if (original.length >= 2 && original.data[0] == '<') // parser-inserted tags have no text
        gumbo_tag_from_original_text(&original);
    const QString tag = element.tag == GUMBO_TAG_UNKNOWN
                            ? QString::fromUtf8(original.data, int(original.length)).toLower()
                            : QString::fromUtf8(gumbo_normalized_tagname(element.tag));
    if (element.tag_namespace != GUMBO_NAMESPACE_HTML || !allowedTags().contains(tag))
        out << QStringLiteral("element <%1> (namespace %2)").arg(tag).arg(element.tag_namespace);
    for (unsigned i = 0; i < element.attributes.length; ++i) {
        const auto *attr = static_cast<const GumboAttribute *>(element.attributes.data[i]);
        const QString name = QString::fromUtf8(attr->name);
        const QString value = QString::fromUtf8(attr->value);
        if (name.startsWith(QLatin1String("on")) || name == QLatin1String("style") ||
            !isAllowedAttribute(tag, name))
            out << QStringLiteral("attribute %1 on <%2>").arg(name, tag);
        if (name == QLatin1String("href") || name == QLatin1String("src"))
            checkUrl(tag, name, value, out);
    }
}

void walk(const GumboNode &node, QStringList &out)
{
    if (node.type == GUMBO_NODE_COMMENT || node.type == GUMBO_NODE_CDATA)
        out << QStringLiteral("comment or CDATA node");
    if (node.type == GUMBO_NODE_TEMPLATE)
        out << QStringLiteral("template");
    if (node.type != GUMBO_NODE_ELEMENT && node.type != GUMBO_NODE_TEMPLATE)
        return;
    checkElement(node, out);
    for (unsigned i = 0; i < node.v.element.children.length; ++i)
        walk(*static_cast<const GumboNode *>(node.v.element.children.data[i]), out);
}

} // namespace

QStringList domViolations(const QString &html)
{
    const auto output = parse(html.toUtf8());
    QStringList violations;
    const GumboElement &root = output->root->v.element;
    for (unsigned i = 0; i < root.children.length; ++i)
        walk(*static_cast<const GumboNode *>(root.children.data[i]), violations);
    return violations;
}

} // namespace ichq::test
