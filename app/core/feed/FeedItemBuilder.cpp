#include "FeedItemBuilder.h"

#include "FeedDates.h"
#include "FeedText.h"
#include "FeedXml.h"

namespace ichq {

void addUniqueCategory(QStringList &categories, const QString &text)
{
    // NFC so that "Cafe\u0301" and "Caf\u00e9" are one category.
    const QString category = htmlToPlainText(text).normalized(QString::NormalizationForm_C);
    if (!category.isEmpty() && !categories.contains(category))
        categories.append(category);
}

bool isImageUrl(const QUrl &url)
{
    const QString path = url.path().toLower();
    static const char *const extensions[] = {".jpg",  ".jpeg", ".png", ".gif",
                                             ".webp", ".avif", ".bmp", ".svg"};
    for (const char *extension : extensions) {
        if (path.endsWith(QLatin1String(extension)))
            return true;
    }
    return false;
}

void FeedItemBuilder::addAuthor(const QString &name)
{
    if (!name.isEmpty() && !item.authors.contains(name))
        item.authors.append(name);
}

void FeedItemBuilder::addCategory(const QString &category)
{
    addUniqueCategory(item.categories, category);
}

void FeedItemBuilder::addImage(const QUrl &url)
{
    // A story has a handful of media images; a feed's author could list any number, and the
    // duplicate check is linear.
    constexpr qsizetype kMaxMediaImages = 100;
    if (!url.isEmpty() && item.mediaImages.size() < kMaxMediaImages &&
        !item.mediaImages.contains(url))
        item.mediaImages.append(url);
}

void FeedItemBuilder::addEnclosure(const QUrl &url, QStringView type, QStringView length)
{
    if (url.isEmpty())
        return;
    Enclosure enclosure;
    enclosure.url = url;
    enclosure.type = type.trimmed().toString();
    bool ok = false;
    const qint64 bytes = length.trimmed().toLongLong(&ok);
    // Feeds write length="0" when they do not know it.
    enclosure.length = ok && bytes > 0 ? bytes : -1;
    item.enclosures.append(enclosure);
    if (enclosure.type.startsWith(QLatin1String("image/"), Qt::CaseInsensitive))
        addImage(url);
}

void FeedItemBuilder::setContent(const QString &html, const QUrl &base)
{
    item.content = html;
    m_contentBase = base;
}

void FeedItemBuilder::setSummary(const QString &html, const QUrl &base)
{
    item.summary = html;
    m_summaryBase = base;
}

FeedItem FeedItemBuilder::finish()
{
    if (!item.published.isValid())
        item.published = dcDate;
    if (!item.updated.isValid())
        item.updated = dcModified;
    if (!guid.isEmpty()) {
        item.id = guid;
        item.idIsPermaLink = guidIsPermaLink;
        if (guidIsPermaLink && item.link.isEmpty()) {
            const QUrl url(guid);
            if (url.isValid() &&
                (url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https")))
                item.link = url;
        }
    }
    item.contentBase = !item.content.isEmpty() && !m_contentBase.isEmpty() ? m_contentBase
                       : !m_summaryBase.isEmpty()                          ? m_summaryBase
                                                                           : m_itemBase;
    return std::move(item);
}

bool FeedItemBuilder::readExtension(XmlCursor &cursor)
{
    const QStringView ns = cursor.namespaceUri();
    const QStringView name = cursor.name();
    if (ns == xmlns::dc) {
        if (name == QLatin1String("creator") || name == QLatin1String("contributor"))
            addAuthor(rssAuthorName(cursor.readText()));
        else if (name == QLatin1String("subject"))
            addCategory(cursor.readText());
        else if (name == QLatin1String("date"))
            dcDate = parseFeedDate(cursor.readText());
        else
            return false;
        return true;
    }
    if (ns == xmlns::dcterms) {
        if (name == QLatin1String("modified"))
            dcModified = parseFeedDate(cursor.readText());
        else if (name == QLatin1String("created") || name == QLatin1String("issued"))
            dcDate = parseFeedDate(cursor.readText());
        else
            return false;
        return true;
    }
    if (ns == xmlns::content && name == QLatin1String("encoded")) {
        const QUrl base = cursor.base();
        setContent(cursor.readMarkup(false), base);
        return true;
    }
    if (ns == xmlns::media || ns == xmlns::mediaNoSlash) {
        readMedia(cursor);
        return true;
    }
    return false;
}

// media:group, media:content and media:thumbnail nest in any order; images can sit at any level.
void FeedItemBuilder::readMedia(XmlCursor &cursor)
{
    const QStringView name = cursor.name();
    const QUrl url = cursor.resolve(cursor.attribute(QLatin1String("url")));
    if (name == QLatin1String("thumbnail")) {
        addImage(url);
    } else if (name == QLatin1String("content")) {
        const QStringView medium = cursor.attribute(QLatin1String("medium"));
        const QStringView type = cursor.attribute(QLatin1String("type"));
        if (medium == QLatin1String("image") ||
            type.startsWith(QLatin1String("image/"), Qt::CaseInsensitive) ||
            (medium.isEmpty() && type.isEmpty() && isImageUrl(url)))
            addImage(url);
    } else if (name != QLatin1String("group")) {
        return;
    }
    const int depth = cursor.depth();
    while (cursor.nextChild(depth)) {
        if (cursor.namespaceUri() == xmlns::media || cursor.namespaceUri() == xmlns::mediaNoSlash)
            readMedia(cursor);
    }
}

} // namespace ichq
