#pragma once

#include <QUrl>
#include <QWebEnginePage>

#include <functional>

namespace ichq {
class Database;
}

namespace ichq::web {

// A page that only ever shows the article its view asked for. Clicked http(s)/mailto links go
// to the system (the opener) as externalLinkTarget() makes them (a mailto: keeps only its
// addresses, subject and body), the template's ichq://action/ links run here, and every other
// navigation, pop-up or new window is refused.
class ArticlePage : public QWebEnginePage
{
    Q_OBJECT
public:
    using UrlOpener = std::function<bool(const QUrl &)>;

    ArticlePage(QWebEngineProfile *profile, Database &database, QObject *parent = nullptr);

    // Default: QDesktopServices::openUrl. Tests inject a recorder.
    void setUrlOpener(UrlOpener opener);

    // The only navigation this page accepts: ichq://article/<id>.
    void loadArticle(const QUrl &articleUrl);
    QUrl expectedUrl() const { return m_expected; }

    // Public so tests can route links without synthesizing mouse clicks.
    bool acceptNavigationRequest(const QUrl &url, NavigationType type, bool isMainFrame) override;
    QWebEnginePage *createWindow(WebWindowType type) override;

    // Hands a link to the system; when it cannot open it, the link goes to the clipboard and
    // externalLinkFailed() says so.
    void openExternally(const QUrl &url);

signals:
    void externalLinkOpened(const QUrl &url);
    void externalLinkFailed(const QUrl &url); // and copied to the clipboard
    void linkRefused(const QUrl &url);
    void linkCopied(const QUrl &url);

protected:
    void javaScriptConsoleMessage(JavaScriptConsoleMessageLevel level, const QString &message,
                                  int lineNumber, const QString &sourceID) override;
    QStringList chooseFiles(FileSelectionMode mode, const QStringList &oldFiles,
                            const QStringList &acceptedMimeTypes) override;

private:
    void runAction(const QUrl &url);

    Database &m_db;
    UrlOpener m_opener;
    QUrl m_expected;
    qint64 m_articleId = 0;
};

} // namespace ichq::web
