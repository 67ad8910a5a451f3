#pragma once

#include <QList>
#include <QWebEngineUrlSchemeHandler>

namespace ichq::web {

class ArticleContent;

// Answers ichq: requests on the UI thread from the store of the newest registered
// ArticleContent. One profile serves every article view, and the app has one store, so the
// views register the same kind of source; the newest one wins while it lives.
class SchemeHandler : public QWebEngineUrlSchemeHandler
{
    Q_OBJECT
public:
    using QWebEngineUrlSchemeHandler::QWebEngineUrlSchemeHandler;

    void addSource(const ArticleContent *content);
    void removeSource(const ArticleContent *content);

    void requestStarted(QWebEngineUrlRequestJob *job) override;

private:
    QList<const ArticleContent *> m_sources;
};

} // namespace ichq::web
