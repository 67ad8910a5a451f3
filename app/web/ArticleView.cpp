#include "ArticleView.h"

#include "ArticleContent.h"
#include "ArticlePage.h"
#include "ArticleProfile.h"
#include "SchemeHandler.h"
#include "WebLogging.h"

#include <QEvent>
#include <QLabel>
#include <QMenu>
#include <QPageLayout>
#include <QPageSize>
#include <QPrintDialog>
#include <QPrinter>
#include <QQuickWidget>
#include <QStackedLayout>
#include <QWebEngineContextMenuRequest>
#include <QWebEngineLoadingInfo>
#include <QWebEngineScript>
#include <QWebEngineUrlScheme>
#include <QWebEngineView>

namespace ichq::web {

namespace {

constexpr qreal kMinZoom = 0.5;
constexpr qreal kMaxZoom = 3.0;
constexpr qreal kZoomStep = 1.1;

// The page background before the style sheet arrives; the same colours as article.css, so
// switching articles never flashes white in the dark theme.
const QColor kLightPaper(0xfb, 0xfa, 0xf7);
const QColor kDarkPaper(0x18, 0x1a, 0x1d);

} // namespace

void registerSchemes()
{
    const QByteArray name = schemeName().toLatin1();
    if (QWebEngineUrlScheme::schemeByName(name).name() == name)
        return;
    QWebEngineUrlScheme scheme(name);
    scheme.setSyntax(QWebEngineUrlScheme::Syntax::Host);
    // Secure: a page of it is a secure context. Local: no web page may load it.
    scheme.setFlags(QWebEngineUrlScheme::SecureScheme | QWebEngineUrlScheme::LocalScheme |
                    QWebEngineUrlScheme::LocalAccessAllowed);
    QWebEngineUrlScheme::registerScheme(scheme);
}

ArticleView::ArticleView(Database &database, ImageCache &images, QWidget *parent)
    : QWidget(parent), m_db(database),
      m_content(std::make_unique<ArticleContent>(database, images)),
      m_stack(new QStackedLayout(this)), m_emptyLabel(new QLabel(this))
{
    m_emptyLabel->setAlignment(Qt::AlignCenter);
    m_emptyLabel->setWordWrap(true);
    m_emptyLabel->setTextFormat(Qt::PlainText);
    m_emptyLabel->setForegroundRole(QPalette::PlaceholderText);
    m_stack->addWidget(m_emptyLabel);
    reserveEngineSurface();
    retranslate();
}

void ArticleView::reserveEngineSurface()
{
    // The engine draws into a QQuickWidget, which needs its top-level window composed through
    // the scene graph's graphics API (OpenGL here). A window made for raster painting is
    // destroyed and made again when that widget first appears: a flicker, a new window id and
    // the keyboard focus lost. Qt chooses the surface when the window is created, from the
    // widgets inside it, so this empty, never shown QQuickWidget makes the window right from
    // the start. It starts nothing: no Chromium, no QML engine, no context until shown.
    auto *placeholder = new QQuickWidget(this);
    placeholder->setObjectName(QStringLiteral("engineSurfacePlaceholder"));
    placeholder->hide();
}

ArticleView::~ArticleView()
{
    // The page goes with the view, before the shared profile is ever released.
    delete m_view;
    if (ArticleProfile::exists())
        ArticleProfile::schemeHandler()->removeSource(m_content.get());
}

bool ArticleView::isEngineCreated() const
{
    return m_view != nullptr;
}

void ArticleView::ensureEngine()
{
    if (m_view)
        return;
    QWebEngineProfile *profile = ArticleProfile::instance();
    ArticleProfile::schemeHandler()->addSource(m_content.get());

    m_view = new QWebEngineView(this);
    // Set before anything asks view->page(), which would make a page on the default profile.
    m_page = new ArticlePage(profile, m_db, m_view);
    m_page->setBackgroundColor(isDark() ? kDarkPaper : kLightPaper);
    if (m_opener)
        m_page->setUrlOpener(m_opener);
    m_view->setPage(m_page);
    m_view->setZoomFactor(m_zoom);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_stack->addWidget(m_view);

    connect(m_page, &QWebEnginePage::loadingChanged, this, &ArticleView::onLoadingChanged);
    connect(m_page, &QWebEnginePage::pdfPrintingFinished, this, &ArticleView::pdfExported);
    connect(m_page, &ArticlePage::externalLinkOpened, this, &ArticleView::externalLinkOpened);
    connect(m_page, &ArticlePage::linkRefused, this, &ArticleView::linkRefused);
    connect(m_page, &ArticlePage::linkCopied, this, &ArticleView::linkCopied);
    connect(m_page, &ArticlePage::externalLinkFailed, this, &ArticleView::externalLinkFailed);
    connect(m_view, &QWidget::customContextMenuRequested, this, &ArticleView::showContextMenu);
    connect(m_view, &QWebEngineView::printFinished, this, &ArticleView::printFinished);
    nameView();
    emit engineCreated();
}

void ArticleView::showArticle(qint64 articleId)
{
    if (articleId <= 0) {
        clear();
        return;
    }
    ensureEngine();
    m_current = articleId;
    m_page->setBackgroundColor(isDark() ? kDarkPaper : kLightPaper);
    const QUrl url = ArticleContent::articleUrl(articleId, isDark() ? Theme::Dark : Theme::Light);
    if (url == m_page->expectedUrl() && m_page->url() == url)
        m_page->triggerAction(QWebEnginePage::ReloadAndBypassCache); // new words or theme
    else
        m_page->loadArticle(url);
    nameView(); // the headline once the page has loaded
    m_stack->setCurrentWidget(m_view);
}

void ArticleView::clear()
{
    m_current = 0;
    if (m_page)
        m_page->findText(QString());
    m_stack->setCurrentWidget(m_emptyLabel);
}

qint64 ArticleView::currentArticle() const
{
    return m_current;
}

qreal ArticleView::zoomFactor() const
{
    return m_zoom;
}

void ArticleView::setZoomFactor(qreal factor)
{
    const qreal clamped = qBound(kMinZoom, factor, kMaxZoom);
    if (qFuzzyCompare(clamped, m_zoom))
        return;
    m_zoom = clamped;
    if (m_view)
        m_view->setZoomFactor(m_zoom);
    emit zoomChanged(m_zoom);
}

void ArticleView::zoomIn()
{
    setZoomFactor(m_zoom * kZoomStep);
}

void ArticleView::zoomOut()
{
    setZoomFactor(m_zoom / kZoomStep);
}

bool ArticleView::pageDown()
{
    if (!m_page || m_current == 0 || m_stack->currentWidget() != m_view)
        return false;
    // Both in CSS pixels; the widget's height shrinks by the zoom when measured in them.
    const qreal viewportHeight = m_view->height() / m_zoom;
    const qreal bottom = m_page->scrollPosition().y() + viewportHeight;
    if (bottom >= m_page->contentsSize().height() - 1)
        return false;
    // The application world runs even with page scripts off, and the page's CSP does not
    // apply to it. A little overlap keeps the reader's place, as a browser's Space does.
    m_page->runJavaScript(
        QStringLiteral("window.scrollBy(0, Math.max(40, window.innerHeight - 48));"),
        QWebEngineScript::ApplicationWorld);
    return true;
}

void ArticleView::findText(const QString &text)
{
    if (m_page && m_current != 0)
        m_page->findText(text);
}

void ArticleView::print(QWidget *dialogParent)
{
    if (!m_view || m_current == 0)
        return;
    auto *printer = new QPrinter(QPrinter::HighResolution);
    QPrintDialog dialog(printer, dialogParent);
    dialog.setWindowTitle(tr("Print Article"));
    if (dialog.exec() != QDialog::Accepted) {
        delete printer;
        return;
    }
    // Printing is asynchronous: the printer lives until the engine is done with it.
    connect(
        m_view, &QWebEngineView::printFinished, this, [printer](bool) { delete printer; },
        Qt::SingleShotConnection);
    m_view->print(printer);
}

void ArticleView::exportPdf(const QString &filePath)
{
    if (!m_page || m_current == 0) {
        emit pdfExported(filePath, false);
        return;
    }
    const QPageLayout layout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                             QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
    m_page->printToPdf(filePath, layout);
}

void ArticleView::openExternally(const QUrl &url)
{
    ensureEngine();
    m_page->openExternally(url);
}

void ArticleView::setUrlOpener(std::function<bool(const QUrl &)> opener)
{
    m_opener = std::move(opener);
    if (m_page)
        m_page->setUrlOpener(m_opener);
}

void ArticleView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        // The page's own words and its date follow the language: fill the template again.
        if (m_current != 0)
            showArticle(m_current);
    } else if (event->type() == QEvent::PaletteChange && m_page && m_current != 0) {
        const Theme theme = isDark() ? Theme::Dark : Theme::Light;
        if (ArticleContent::articleUrl(m_current, theme) != m_page->expectedUrl())
            showArticle(m_current);
    }
}

void ArticleView::retranslate()
{
    m_emptyLabel->setText(tr("Select an article to read it."));
    nameView();
}

// Assistive technology announces the pane by the headline, which the loaded page's title
// carries; "Article" until then (the engine's title is the last article's, or an address).
void ArticleView::nameView(const QString &pageTitle)
{
    if (!m_view)
        return;
    const QString title = pageTitle.trimmed();
    const bool headline = !title.isEmpty() && title != m_page->url().toString();
    m_view->setAccessibleName(headline ? title : tr("Article"));
    m_view->setAccessibleDescription(
        tr("Space pages down, and at the end of the article goes to the next one."));
}

bool ArticleView::isDark() const
{
    return palette().color(QPalette::Window).lightness() < 128;
}

void ArticleView::onLoadingChanged(const QWebEngineLoadingInfo &info)
{
    if (info.url() != m_page->expectedUrl() || m_current == 0)
        return;
    switch (info.status()) {
    case QWebEngineLoadingInfo::LoadSucceededStatus:
        nameView(m_page->title());
        emit articleLoaded(m_current, true);
        break;
    case QWebEngineLoadingInfo::LoadFailedStatus:
        qCWarning(lcWeb) << "article" << m_current << "failed to load:" << info.errorString();
        emit articleLoaded(m_current, false);
        break;
    default:
        break;
    }
}

void ArticleView::showContextMenu(const QPoint &pos)
{
    // Reading needs copy and select; the engine's default menu would offer navigation,
    // saving, page source and the inspector, none of which belongs in an article pane.
    QMenu menu(this);
    if (m_page->hasSelection())
        menu.addAction(m_page->action(QWebEnginePage::Copy));
    const QWebEngineContextMenuRequest *request = m_view->lastContextMenuRequest();
    if (request && request->linkUrl().isValid() && request->linkUrl().scheme() != schemeName())
        menu.addAction(m_page->action(QWebEnginePage::CopyLinkToClipboard));
    menu.addAction(m_page->action(QWebEnginePage::SelectAll));
    menu.exec(m_view->mapToGlobal(pos));
}

} // namespace ichq::web
