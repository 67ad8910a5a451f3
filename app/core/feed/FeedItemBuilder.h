#pragma once

#include "FeedTypes.h"

namespace ichq {

class XmlCursor;

// Collects one item while its elements stream past, then applies the rules that need the whole
// item (fallback dates, link from a permalink guid, content base, image enclosures).
class FeedItemBuilder
{
public:
    explicit FeedItemBuilder(const QUrl &itemBase) : m_itemBase(itemBase) {}

    FeedItem item;
    QDateTime dcDate; // dc:date / dcterms: used when the format's own date is missing
    QDateTime dcModified;
    QString guid; // RSS 2.0 guid text
    bool guidIsPermaLink = false;

    void addAuthor(const QString &name);
    void addCategory(const QString &category);
    void addImage(const QUrl &url);
    void addEnclosure(const QUrl &url, QStringView type, QStringView length);
    void setContent(const QString &html, const QUrl &base);
    void setSummary(const QString &html, const QUrl &base);

    // Worth keeping even when the document broke off inside it.
    bool isPresentable() const { return !item.title.isEmpty() || !item.link.isEmpty(); }
    FeedItem finish();

    // Elements shared by every format: Dublin Core, content:encoded, Media RSS. Returns false
    // when the current element is none of them (the cursor has not moved).
    bool readExtension(XmlCursor &cursor);

private:
    void readMedia(XmlCursor &cursor);

    QUrl m_itemBase;
    QUrl m_contentBase;
    QUrl m_summaryBase;
};

// Trimmed plain-text category list without duplicates.
void addUniqueCategory(QStringList &categories, const QString &text);
bool isImageUrl(const QUrl &url);

} // namespace ichq
