#include "ArticleCommands.h"

#include "ExportFileName.h"
#include "ReaderActions.h"
#include "common/Settings.h"
#include "store/ArticleQueries.h"
#include "web/ArticleView.h"

#include <QAction>
#include <QFileDialog>
#include <QStandardPaths>
#include <QStatusBar>

namespace ichq::ui {

namespace {
constexpr int kStatusMessageMs = 5000;
} // namespace

ArticleCommands::ArticleCommands(web::ArticleView *view, Database &database, Settings &settings,
                                 const ReaderActions &actions, QStatusBar *status, QWidget *window)
    : QObject(window), m_view(view), m_database(database), m_settings(settings), m_status(status),
      m_window(window)
{
    connectActions(actions);
    connectView();
}

void ArticleCommands::connectActions(const ReaderActions &actions)
{
    connect(actions.print, &QAction::triggered, this, [this] {
        if (m_view->currentArticle() != 0)
            m_view->print(m_window);
    });
    connect(actions.exportPdf, &QAction::triggered, this, &ArticleCommands::exportPdf);
    connect(actions.openInBrowser, &QAction::triggered, this, &ArticleCommands::openInBrowser);
    connect(actions.zoomIn, &QAction::triggered, m_view, &web::ArticleView::zoomIn);
    connect(actions.zoomOut, &QAction::triggered, m_view, &web::ArticleView::zoomOut);
    connect(actions.zoomReset, &QAction::triggered, m_view, [this] { m_view->setZoomFactor(1.0); });
}

void ArticleCommands::connectView()
{
    connect(m_view, &web::ArticleView::zoomChanged, this,
            [this](qreal factor) { m_settings.setArticleZoom(factor); });
    connect(m_view, &web::ArticleView::externalLinkOpened, this, [this](const QUrl &url) {
        say(tr("Opened %1 in your browser").arg(url.toDisplayString()));
    });
    connect(m_view, &web::ArticleView::linkRefused, this,
            [this](const QUrl &url) { say(tr("Link not opened: %1").arg(url.toDisplayString())); });
    connect(m_view, &web::ArticleView::externalLinkFailed, this, [this](const QUrl &url) {
        say(tr("No browser could open the link; it was copied instead: %1")
                .arg(url.toDisplayString()));
    });
    connect(m_view, &web::ArticleView::linkCopied, this,
            [this](const QUrl &url) { say(tr("Copied %1").arg(url.toDisplayString())); });
    connect(m_view, &web::ArticleView::pdfExported, this, [this](const QString &path, bool ok) {
        say(ok ? tr("Saved %1").arg(path) : tr("Could not save %1").arg(path));
    });
}

void ArticleCommands::say(const QString &text)
{
    m_status->showMessage(text, kStatusMessageMs);
}

void ArticleCommands::openInBrowser()
{
    const std::optional<Article> article =
        ArticleQueries(m_database).article(m_view->currentArticle());
    if (!article)
        return;
    const QString scheme = article->link.scheme();
    if (scheme == u"http" || scheme == u"https")
        m_view->openExternally(article->link);
}

void ArticleCommands::exportPdf()
{
    const std::optional<Article> article =
        ArticleQueries(m_database).article(m_view->currentArticle());
    if (!article)
        return;
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = withPdfSuffix(QFileDialog::getSaveFileName(
        m_window, tr("Export as PDF"), suggestedPdfPath(article->title, documents),
        tr("PDF documents (*.pdf)")));
    if (!path.isEmpty())
        m_view->exportPdf(path);
}

} // namespace ichq::ui
