#include "FeedDates.h"
#include "FeedItemBuilder.h"
#include "FeedReaders.h"
#include "FeedText.h"
#include "FeedXml.h"

namespace ichq {

namespace {

bool isAtomNamespace(QStringView ns)
{
    return ns == xmlns::atom || ns == xmlns::atom03;
}

enum class ConstructType { Text, Html, Xhtml, Other };

// Atom text constructs (RFC 4287 section 3.1) and the MIME types that atom:content allows; Atom 0.3
// adds mode="escaped" (markup as text), "xml" (inline markup) and "base64".
ConstructType constructType(const XmlCursor &cursor)
{
    const QString type = cursor.attribute(QLatin1String("type")).trimmed().toString().toLower();
    const QStringView mode = cursor.attribute(QLatin1String("mode")).trimmed();
    const bool html = type == QLatin1String("html") || type == QLatin1String("text/html");
    const bool xhtml =
        type == QLatin1String("xhtml") || type == QLatin1String("application/xhtml+xml");
    const bool inlineXml = mode == QLatin1String("xml") && cursor.namespaceUri() == xmlns::atom03;
    if (xhtml || (html && inlineXml))
        return ConstructType::Xhtml;
    if (html)
        return ConstructType::Html;
    if (type.isEmpty() || type == QLatin1String("text") ||
        type.startsWith(QLatin1String("text/"))) {
        return mode == QLatin1String("escaped") ? ConstructType::Html : ConstructType::Text;
    }
    return ConstructType::Other;
}

// Atom 0.3 only: Atom 1.0 has no mode attribute.
bool isBase64(const XmlCursor &cursor)
{
    return cursor.namespaceUri() == xmlns::atom03 &&
           cursor.attribute(QLatin1String("mode")).trimmed() == QLatin1String("base64");
}

// The decoded text, as UTF-8, capped like any other field.
QString readBase64(XmlCursor &cursor)
{
    const qsizetype cap = cursor.limits().maxFieldChars;
    const QByteArray bytes = QByteArray::fromBase64(cursor.readText(cap / 3 * 4 + 8).toLatin1());
    QString text;
    appendCapped(text, QString::fromUtf8(bytes), cap);
    return text;
}

QString readConstructAsHtml(XmlCursor &cursor)
{
    const ConstructType type = constructType(cursor);
    if (isBase64(cursor)) {
        const QString decoded = readBase64(cursor);
        return type == ConstructType::Other  ? QString() // an image or other binary
               : type == ConstructType::Text ? decoded.toHtmlEscaped()
                                             : decoded;
    }
    switch (type) {
    case ConstructType::Text:
        return cursor.readText().toHtmlEscaped();
    case ConstructType::Html:
        return cursor.readMarkup(false);
    case ConstructType::Xhtml:
        return cursor.readMarkup(true, true);
    case ConstructType::Other:
        break;
    }
    cursor.readText(); // base64 or foreign XML: nothing a reader can show
    return {};
}

QString readConstructAsPlainText(XmlCursor &cursor)
{
    const ConstructType type = constructType(cursor);
    if (isBase64(cursor)) {
        const QString decoded = readBase64(cursor);
        return type == ConstructType::Text || type == ConstructType::Other
                   ? collapseWhitespace(decoded)
                   : htmlToPlainText(decoded);
    }
    switch (type) {
    case ConstructType::Text:
    case ConstructType::Other:
        return collapseWhitespace(cursor.readText());
    case ConstructType::Html:
        return htmlToPlainText(cursor.readMarkup(false));
    case ConstructType::Xhtml:
        return htmlToPlainText(cursor.readMarkup(true, true));
    }
    return {};
}

QStringList readPersonNames(XmlCursor &cursor)
{
    QStringList names;
    const int depth = cursor.depth();
    while (cursor.nextChild(depth)) {
        if (isAtomNamespace(cursor.namespaceUri()) && cursor.name() == QLatin1String("name"))
            names.append(collapseWhitespace(cursor.readText()));
    }
    return names;
}

void readEntryLink(XmlCursor &cursor, FeedItemBuilder &builder)
{
    const QStringView rel = cursor.attribute(QLatin1String("rel")).trimmed();
    const QUrl href = cursor.resolve(cursor.attribute(QLatin1String("href")));
    if (rel.isEmpty() || rel == QLatin1String("alternate")) {
        if (builder.item.link.isEmpty())
            builder.item.link = href;
    } else if (rel == QLatin1String("enclosure")) {
        builder.addEnclosure(href, cursor.attribute(QLatin1String("type")),
                             cursor.attribute(QLatin1String("length")));
    }
}

void readEntryElement(XmlCursor &cursor, FeedItemBuilder &builder)
{
    const QStringView name = cursor.name();
    FeedItem &item = builder.item;
    if (name == QLatin1String("id")) {
        item.id = cursor.readText().trimmed();
    } else if (name == QLatin1String("title")) {
        item.title = readConstructAsPlainText(cursor);
    } else if (name == QLatin1String("link")) {
        readEntryLink(cursor, builder);
    } else if (name == QLatin1String("author")) {
        const QStringList names = readPersonNames(cursor);
        for (const QString &author : names)
            builder.addAuthor(author);
    } else if (name == QLatin1String("category")) {
        // As feedparser: the term, else the label, else the text (Atom 0.3 habit).
        QString category = cursor.attribute(QLatin1String("term")).trimmed().toString();
        if (category.isEmpty())
            category = cursor.attribute(QLatin1String("label")).trimmed().toString();
        const QString text = cursor.readText();
        builder.addCategory(category.isEmpty() ? text : category);
    } else if (name == QLatin1String("published") || name == QLatin1String("issued")) {
        item.published = parseFeedDate(cursor.readText());
    } else if (name == QLatin1String("created")) { // Atom 0.3: a fallback for issued
        if (!builder.dcDate.isValid())
            builder.dcDate = parseFeedDate(cursor.readText());
    } else if (name == QLatin1String("updated") || name == QLatin1String("modified")) {
        item.updated = parseFeedDate(cursor.readText());
    } else if (name == QLatin1String("summary")) {
        const QUrl base = cursor.base();
        builder.setSummary(readConstructAsHtml(cursor), base);
    } else if (name == QLatin1String("content") &&
               cursor.attribute(QLatin1String("src")).isEmpty()) {
        const QUrl base = cursor.base();
        builder.setContent(readConstructAsHtml(cursor), base);
    }
}

void readEntry(XmlCursor &cursor, Feed &feed)
{
    FeedItemBuilder builder(cursor.base());
    const int depth = cursor.depth();
    while (cursor.nextChild(depth)) {
        if (builder.readExtension(cursor))
            continue;
        if (isAtomNamespace(cursor.namespaceUri()))
            readEntryElement(cursor, builder);
    }
    if (!cursor.hasError() || builder.isPresentable())
        cursor.addItem(feed, builder.finish());
}

void readFeedElement(XmlCursor &cursor, Feed &feed)
{
    const QStringView name = cursor.name();
    if (name == QLatin1String("entry")) {
        if (feed.items.size() < cursor.limits().maxItems)
            readEntry(cursor, feed);
    } else if (name == QLatin1String("title")) {
        feed.title = readConstructAsPlainText(cursor);
    } else if (name == QLatin1String("subtitle") || name == QLatin1String("tagline")) {
        feed.description = readConstructAsPlainText(cursor);
    } else if (name == QLatin1String("link") && feed.link.isEmpty()) {
        const QStringView rel = cursor.attribute(QLatin1String("rel")).trimmed();
        if (rel.isEmpty() || rel == QLatin1String("alternate"))
            feed.link = cursor.resolve(cursor.attribute(QLatin1String("href")));
    } else if (name == QLatin1String("updated") || name == QLatin1String("modified")) {
        feed.updated = parseFeedDate(cursor.readText());
    } else if (name == QLatin1String("generator")) {
        // Atom 0.3 names the attribute url.
        QString uri = cursor.attribute(QLatin1String("uri")).toString();
        if (uri.isEmpty())
            uri = cursor.attribute(QLatin1String("url")).toString();
        feed.generator = (uri + QLatin1Char(' ') + cursor.readText()).trimmed().left(200);
    }
}

} // namespace

void readAtom(XmlCursor &cursor, Feed &feed)
{
    feed.language = cursor.attribute(xmlns::xml, QLatin1String("lang")).trimmed().toString();
    const int depth = cursor.depth();
    while (cursor.nextChild(depth)) {
        if (isAtomNamespace(cursor.namespaceUri()))
            readFeedElement(cursor, feed);
    }
}

} // namespace ichq
