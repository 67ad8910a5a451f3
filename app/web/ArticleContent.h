#pragma once

#include <QByteArray>
#include <QString>
#include <QUrl>

#include <optional>

namespace ichq {
class Database;
class ImageCache;
} // namespace ichq

namespace ichq::web {

inline QString schemeName()
{
    return QStringLiteral("ichq");
}

enum class Theme { Light, Dark };

// What the ichq: scheme answers for one URL.
struct SchemeReply
{
    QByteArray mimeType;
    QByteArray body;
};

// Everything the ichq: scheme serves, from the store and the resources, as plain values so
// it is testable without a web engine:
//   ichq://article/<id>[?theme=dark|light]  the filled article template (UTF-8 HTML)
//   ichq://image/<64 hex>                   a cached image, or a neutral placeholder SVG
//   ichq://style/article.css                the style sheet
// Anything else, or anything malformed, is not found (std::nullopt).
class ArticleContent
{
public:
    ArticleContent(Database &database, ImageCache &images);

    std::optional<SchemeReply> serve(const QUrl &url) const;

    static QUrl articleUrl(qint64 id, Theme theme);
    // The id of an ichq://article/<id> URL (query ignored); 0 when it is not one.
    static qint64 articleIdFromUrl(const QUrl &url);
    // A strictly decimal, positive id without sign or leading zeros; 0 otherwise.
    static qint64 parseId(QStringView text);
    static QByteArray placeholderSvg();

private:
    std::optional<SchemeReply> serveArticle(const QUrl &url) const;
    std::optional<SchemeReply> serveImage(const QUrl &url) const;

    Database &m_db;
    ImageCache &m_images;
};

} // namespace ichq::web
