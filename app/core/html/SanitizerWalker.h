#pragma once

#include "HtmlSerializer.h"

#include <gumbo.h>

#include <QList>
#include <QSet>
#include <QUrl>

namespace ichq::html {

// Walks a gumbo tree once and produces the sanitized HTML, the plain text and the image URLs
// together: one pass, no intermediate DOM.
class SanitizerWalker
{
public:
    SanitizerWalker(const QUrl &baseUrl, qsizetype expectedSize);

    void walkChildren(const GumboNode &node, int depth);

    const QByteArray &html() const { return m_html.html(); }
    QString plainText() const { return m_text.toString(); }
    const QByteArray &plainTextUtf8() const { return m_text.utf8(); }
    const QList<QUrl> &imageUrls() const { return m_images; }

private:
    void walkNode(const GumboNode &node, int depth);
    void walkElement(const GumboNode &node, int depth);
    void keepElement(const GumboNode &node, int depth);
    void link(const GumboNode &node, int depth);
    void image(const GumboNode &node, bool onlyIfNew);
    void rescueNoscriptImages(const GumboNode &noscript);
    void flattenToText(const GumboNode &node);
    void text(const GumboNode &node);
    void copyAllowedAttributes(const GumboElement &element, const char *skip = nullptr);

    QUrl m_baseUrl;
    HtmlWriter m_html;
    PlainTextBuilder m_text;
    QList<QUrl> m_images;
    QSet<QUrl> m_seenImages;
};

} // namespace ichq::html
