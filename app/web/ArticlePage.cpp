#include "ArticlePage.h"

#include "ArticleContent.h"
#include "ExternalLink.h"
#include "WebLogging.h"
#include "store/ArticleQueries.h"

#include <QClipboard>
#include <QDesktopServices>
#include <QGuiApplication>

namespace ichq::web {

namespace {

bool isWebLink(const QUrl &url)
{
    return url.isValid() && !url.host().isEmpty() &&
           (url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https"));
}

} // namespace

ArticlePage::ArticlePage(QWebEngineProfile *profile, Database &database, QObject *parent)
    : QWebEnginePage(profile, parent), m_db(database),
      m_opener([](const QUrl &url) { return QDesktopServices::openUrl(url); })
{}

void ArticlePage::setUrlOpener(UrlOpener opener)
{
    m_opener = std::move(opener);
}

void ArticlePage::loadArticle(const QUrl &articleUrl)
{
    m_expected = articleUrl;
    m_articleId = ArticleContent::articleIdFromUrl(articleUrl);
    load(articleUrl);
}

bool ArticlePage::acceptNavigationRequest(const QUrl &url, NavigationType type, bool isMainFrame)
{
    const bool userClick = type == NavigationTypeLinkClicked;
    if (isMainFrame && !userClick && type != NavigationTypeFormSubmitted && !m_expected.isEmpty() &&
        url == m_expected)
        return true;
    if (!isMainFrame) {
        // Frames never appear in a sanitized body; a hostile one gets nothing.
        qCInfo(lcWeb) << "refused a frame navigation to" << url.scheme();
        return false;
    }
    const QUrl external = userClick ? externalLinkTarget(url) : QUrl();
    if (userClick && url.scheme() == schemeName() && url.host() == QLatin1String("action"))
        runAction(url);
    else if (external.isValid())
        openExternally(external); // a mailto: keeps only its addresses, subject and body
    else {
        // Redirects, refreshes, forms, history, javascript:, file:, data:, ftp:, other ichq:,
        // a mailto: that could not be made safe.
        qCInfo(lcWeb) << "refused navigation" << type << "to scheme" << url.scheme();
        emit linkRefused(url);
    }
    return false;
}

void ArticlePage::runAction(const QUrl &url)
{
    // ichq://action/<verb>/<id>, for the article on show only.
    const QStringList parts = url.path(QUrl::FullyEncoded).split(QLatin1Char('/'));
    const qint64 id = parts.size() == 3 ? ArticleContent::parseId(parts.at(2)) : 0;
    const QString verb = parts.size() == 3 ? parts.at(1) : QString();
    const bool known = verb == QLatin1String("open-original") || verb == QLatin1String("copy-link");
    if (!known || id <= 0 || id != m_articleId || url.hasQuery()) {
        emit linkRefused(url);
        return;
    }
    const std::optional<Article> article = ArticleQueries(m_db).article(id);
    if (!article || !isWebLink(article->link)) {
        emit linkRefused(url);
        return;
    }
    if (verb == QLatin1String("open-original")) {
        openExternally(article->link);
    } else {
        QGuiApplication::clipboard()->setText(article->link.toString(QUrl::FullyEncoded));
        emit linkCopied(article->link);
    }
}

void ArticlePage::openExternally(const QUrl &url)
{
    if (m_opener && m_opener(url)) {
        emit externalLinkOpened(url);
        return;
    }
    qCWarning(lcWeb) << "the system could not open a" << url.scheme() << "link";
    QGuiApplication::clipboard()->setText(url.toString(QUrl::FullyEncoded));
    emit externalLinkFailed(url);
}

QWebEnginePage *ArticlePage::createWindow(WebWindowType type)
{
    qCInfo(lcWeb) << "refused a new window of type" << type;
    return nullptr;
}

void ArticlePage::javaScriptConsoleMessage(JavaScriptConsoleMessageLevel level,
                                           const QString &message, int lineNumber,
                                           const QString &sourceID)
{
    // Scripts are off, so these are the engine's own notes (CSP refusals, mostly).
    Q_UNUSED(level);
    qCInfo(lcWeb).noquote() << "console:" << message << "at" << sourceID.left(80) << lineNumber;
}

QStringList ArticlePage::chooseFiles(FileSelectionMode, const QStringList &, const QStringList &)
{
    return {};
}

} // namespace ichq::web
