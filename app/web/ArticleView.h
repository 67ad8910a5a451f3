#pragma once

#include <QUrl>
#include <QWidget>

#include <functional>
#include <memory>

class QLabel;
class QStackedLayout;
class QWebEngineView;
class QWebEngineLoadingInfo;

namespace ichq {

class Database;
class ImageCache;

namespace web {

class ArticleContent;
class ArticlePage;

// Registers the ichq: scheme. Must run before the QApplication is constructed.
void registerSchemes();

// The article pane. The Qt WebEngine view inside it is created lazily: on the first
// showArticle() or ensureEngine(), so the window paints before Chromium starts.
// All content comes from the store through the ichq: scheme; nothing reaches the network.
class ArticleView : public QWidget
{
    Q_OBJECT
public:
    ArticleView(Database &database, ImageCache &images, QWidget *parent = nullptr);
    ~ArticleView() override;

    bool isEngineCreated() const;
    void ensureEngine();

    void showArticle(qint64 articleId);
    void clear(); // shows the empty state ("Select an article")
    qint64 currentArticle() const;

    qreal zoomFactor() const;
    void setZoomFactor(qreal factor); // remembered by the caller (Settings)
    void zoomIn();
    void zoomOut();

    // Scrolls one page down; false when the article was already at its end.
    bool pageDown();
    void findText(const QString &text);

    void print(QWidget *dialogParent);
    void exportPdf(const QString &filePath);

    // Added: how clicked http(s)/mailto links leave the app (default QDesktopServices::openUrl);
    // tests inject a recorder. Applies to the page now and to one created later.
    void setUrlOpener(std::function<bool(const QUrl &)> opener);
    // Opens a link outside the app as a clicked one is (Open Original in the menu).
    void openExternally(const QUrl &url);
    // Added: the engine parts, null until the engine is created (tests, find bar, actions).
    QWebEngineView *engineView() const { return m_view; }
    ArticlePage *page() const { return m_page; }

signals:
    void articleLoaded(qint64 articleId, bool ok);
    void engineCreated();
    void zoomChanged(qreal factor);
    void pdfExported(const QString &filePath, bool ok);
    void printFinished(bool ok); // added: after print() handed the pages to the printer
    // Links the user clicked: http(s)/mailto went to the system; anything else was refused.
    void externalLinkOpened(const QUrl &url);
    void linkRefused(const QUrl &url);
    void linkCopied(const QUrl &url);
    void externalLinkFailed(const QUrl &url); // the system could not; the link was copied

protected:
    void changeEvent(QEvent *event) override;

private:
    void reserveEngineSurface();
    void retranslate();
    void nameView(const QString &pageTitle = {});
    bool isDark() const;
    void onLoadingChanged(const QWebEngineLoadingInfo &info);
    void showContextMenu(const QPoint &pos);

    Database &m_db;
    std::unique_ptr<ArticleContent> m_content;
    QStackedLayout *m_stack = nullptr;
    QLabel *m_emptyLabel = nullptr;
    QWebEngineView *m_view = nullptr;
    ArticlePage *m_page = nullptr;
    std::function<bool(const QUrl &)> m_opener;
    qint64 m_current = 0;
    qreal m_zoom = 1.0;
};

} // namespace web
} // namespace ichq
