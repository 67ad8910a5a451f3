#include "ArticleContent.h"

#include "ArticleTemplate.h"
#include "WebLogging.h"
#include "store/ArticleQueries.h"
#include "store/ImageCache.h"

#include <QFile>

namespace ichq::web {

namespace {

const QString kArticleHost = QStringLiteral("article");
const QString kImageHost = QStringLiteral("image");
const QString kStyleHost = QStringLiteral("style");

// Only raster formats a browser decodes safely; the cache refuses SVG, but a row written by an
// older version, or by hand, must not turn an image slot into a document.
bool isServableImageType(const QByteArray &mime)
{
    static const QByteArray allowed[] = {"image/jpeg", "image/png",  "image/gif",
                                         "image/webp", "image/avif", "image/bmp"};
    for (const QByteArray &type : allowed) {
        if (mime == type)
            return true;
    }
    return false;
}

// No user, port or fragment tricks: an ichq: URL is scheme, host and path (and a known query).
bool hasPlainShape(const QUrl &url)
{
    return url.isValid() && url.scheme() == schemeName() && url.userInfo().isEmpty() &&
           url.port() == -1;
}

std::optional<SchemeReply> readResource(const QString &path, const QByteArray &mime)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        qCWarning(lcWeb) << "missing resource" << path;
        return std::nullopt;
    }
    return SchemeReply{mime, file.readAll()};
}

} // namespace

ArticleContent::ArticleContent(Database &database, ImageCache &images)
    : m_db(database), m_images(images)
{}

QUrl ArticleContent::articleUrl(qint64 id, Theme theme)
{
    QUrl url;
    url.setScheme(schemeName());
    url.setHost(kArticleHost);
    url.setPath(QLatin1Char('/') + QString::number(id));
    url.setQuery(theme == Theme::Dark ? QStringLiteral("theme=dark")
                                      : QStringLiteral("theme=light"));
    return url;
}

qint64 ArticleContent::parseId(QStringView text)
{
    // At most 18 digits: always fits a qint64, and no SQLite rowid needs more.
    if (text.isEmpty() || text.size() > 18 || text.front() == u'0')
        return 0;
    for (const QChar c : text) {
        if (c < u'0' || c > u'9')
            return 0;
    }
    return text.toLongLong();
}

qint64 ArticleContent::articleIdFromUrl(const QUrl &url)
{
    if (!hasPlainShape(url) || url.host() != kArticleHost)
        return 0;
    const QString path = url.path(QUrl::FullyEncoded);
    return path.startsWith(QLatin1Char('/')) ? parseId(QStringView(path).mid(1)) : 0;
}

std::optional<SchemeReply> ArticleContent::serve(const QUrl &url) const
{
    if (!hasPlainShape(url))
        return std::nullopt;
    const QString host = url.host();
    if (host == kArticleHost)
        return serveArticle(url);
    if (host == kImageHost)
        return serveImage(url);
    if (host == kStyleHost && url.path(QUrl::FullyEncoded) == QLatin1String("/article.css") &&
        !url.hasQuery())
        return readResource(QStringLiteral(":/article/article.css"), QByteArrayLiteral("text/css"));
    return std::nullopt;
}

std::optional<SchemeReply> ArticleContent::serveArticle(const QUrl &url) const
{
    const qint64 id = articleIdFromUrl(url);
    const QString query = url.query(QUrl::FullyEncoded);
    const bool dark = query == QLatin1String("theme=dark");
    if (id <= 0 || !(dark || query.isEmpty() || query == QLatin1String("theme=light")))
        return std::nullopt;
    const std::optional<Article> article = ArticleQueries(m_db).article(id);
    if (!article)
        return std::nullopt;
    const QString html = ArticleTemplate::render(*article, dark ? Theme::Dark : Theme::Light);
    if (html.isEmpty())
        return std::nullopt;
    return SchemeReply{QByteArrayLiteral("text/html"), html.toUtf8()};
}

std::optional<SchemeReply> ArticleContent::serveImage(const QUrl &url) const
{
    const QString path = url.path(QUrl::FullyEncoded);
    const QString key = path.mid(1);
    if (!path.startsWith(QLatin1Char('/')) || !ImageCache::isValidKey(key) || url.hasQuery())
        return std::nullopt;
    const std::optional<CachedImage> image = m_images.read(key);
    if (image && isServableImageType(image->mimeType))
        return SchemeReply{image->mimeType, image->bytes};
    // Not fetched yet (offline, failed, refused): a quiet placeholder keeps the layout, and
    // never looks like a broken page.
    return SchemeReply{QByteArrayLiteral("image/svg+xml"), placeholderSvg()};
}

QByteArray ArticleContent::placeholderSvg()
{
    // Mid grey at low opacity reads as a soft box on light and dark pages alike.
    return QByteArrayLiteral(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"640\" height=\"400\" "
        "viewBox=\"0 0 640 400\">"
        "<rect width=\"640\" height=\"400\" rx=\"4\" fill=\"#8c929c\" fill-opacity=\"0.16\"/>"
        "<g fill=\"none\" stroke=\"#8c929c\" stroke-opacity=\"0.75\" stroke-width=\"6\" "
        "stroke-linejoin=\"round\" stroke-linecap=\"round\">"
        "<rect x=\"266\" y=\"158\" width=\"108\" height=\"84\" rx=\"8\"/>"
        "<path d=\"M272 232 l30-32 22 22 14-14 30 24\"/>"
        "</g>"
        "<circle cx=\"346\" cy=\"182\" r=\"9\" fill=\"#8c929c\" fill-opacity=\"0.75\"/>"
        "</svg>");
}

} // namespace ichq::web
