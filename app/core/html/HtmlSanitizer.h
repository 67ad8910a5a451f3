#pragma once

#include <QList>
#include <QString>
#include <QUrl>

namespace ichq {

struct SanitizedHtml
{
    QString html; // safe to render: allowlisted elements/attributes only
    QList<QUrl>
        imageUrls;     // absolute http(s) URLs of the images the html references, in order, unique
    QString plainText; // the visible text, whitespace collapsed (for excerpts and search)
    // The same html and plainText in UTF-8, as the sanitizer wrote them: the store keeps them
    // so, and converting them back costs every article a refresh stores.
    QByteArray htmlUtf8;
    QByteArray plainTextUtf8;
};

// gumbo parse -> allowlist -> serialize. Every <img> src is rewritten to
// ichq://image/<sha256-hex of the absolute URL>; the original URL lands in imageUrls.
class HtmlSanitizer
{
public:
    static SanitizedHtml sanitize(const QString &html, const QUrl &baseUrl);

    // Text of an HTML fragment: markup removed, entities decoded, whitespace collapsed.
    static QString toPlainText(const QString &html);

    // Absolute http(s) image URLs referenced by a fragment (same choice of src as sanitize()).
    static QList<QUrl> extractImageUrls(const QString &html, const QUrl &baseUrl);
};

// The key under which an image is cached: lowercase hex SHA-256 of the fully encoded URL.
QString imageKeyForUrl(const QUrl &url);
// ichq://image/<key>
QUrl imageSchemeUrl(const QUrl &url);

} // namespace ichq
