#include "SchemeHandler.h"

#include "ArticleContent.h"
#include "WebLogging.h"

#include <QBuffer>
#include <QWebEngineUrlRequestJob>

namespace ichq::web {

void SchemeHandler::addSource(const ArticleContent *content)
{
    m_sources.removeAll(content);
    m_sources.append(content);
}

void SchemeHandler::removeSource(const ArticleContent *content)
{
    m_sources.removeAll(content);
}

void SchemeHandler::requestStarted(QWebEngineUrlRequestJob *job)
{
    const QUrl url = job->requestUrl();
    if (job->requestMethod() != QByteArrayLiteral("GET")) {
        job->fail(QWebEngineUrlRequestJob::RequestDenied);
        return;
    }
    const std::optional<SchemeReply> reply =
        m_sources.isEmpty() ? std::nullopt : m_sources.constLast()->serve(url);
    if (!reply) {
        qCDebug(lcWeb) << "not found:" << url.host() << url.path();
        job->fail(QWebEngineUrlRequestJob::UrlNotFound);
        return;
    }
    // The engine reads the device on its own thread until the job is gone: the job owns it.
    auto *buffer = new QBuffer(job);
    buffer->setData(reply->body);
    buffer->open(QIODevice::ReadOnly);
    job->reply(reply->mimeType, buffer);
}

} // namespace ichq::web
