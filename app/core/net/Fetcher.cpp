#include "Fetcher.h"

#include "FetchPolicy.h"
#include "common/AppInfo.h"
#include "common/Logging.h"

#include <QHostInfo>
#include <QNetworkAccessManager>
#include <QNetworkRequest>
#include <QPointer>
#include <QTimer>

namespace ichq {

namespace {

// Bounds what Qt buffers ahead of us, so memory stays near the cap even for a fast server.
constexpr qint64 kReadBufferBytes = 256 * 1024;

QString hostOf(const QUrl &url)
{
    return url.host().isEmpty() ? url.toDisplayString() : url.host();
}

// One fetch, redirects included. Owned by the Fetcher; deletes itself when done.
class FetchJob : public QObject
{
public:
    FetchJob(QNetworkAccessManager *manager, const FetchRequest &request, QObject *context,
             Fetcher::Callback done, std::function<void()> onDone, AddressClassifier classifier,
             QObject *parent)
        : QObject(parent), m_manager(manager), m_request(request), m_context(context),
          m_done(std::move(done)), m_onDone(std::move(onDone)), m_url(request.url),
          m_classifier(std::move(classifier))
    {
        m_transferTimer.setSingleShot(true);
        m_deadlineTimer.setSingleShot(true);
        connect(&m_transferTimer, &QTimer::timeout, this,
                [this] { fail(FetchResult::Error::Timeout); });
        connect(&m_deadlineTimer, &QTimer::timeout, this,
                [this] { fail(FetchResult::Error::Deadline); });
        // Nobody is left to tell: stop the transfer and say nothing. (When the context is the
        // Fetcher itself, this job dies with it as its child.)
        if (context != parent)
            connect(context, &QObject::destroyed, this, [this] { finish({}, false); });
    }

    ~FetchJob() override { dropReply(); }

    void start()
    {
        if (!fetchpolicy::isFetchableUrl(m_url)) {
            // Still asynchronous, so callers see one behaviour whatever the URL.
            QMetaObject::invokeMethod(
                this, [this] { fail(FetchResult::Error::UnsupportedUrl); }, Qt::QueuedConnection);
            return;
        }
        if (m_request.deadlineMs > 0)
            m_deadlineTimer.start(m_request.deadlineMs);
        checkThenSend();
    }

private:
    void checkThenSend();
    void send();
    void restartTransferTimer()
    {
        if (m_request.transferTimeoutMs > 0)
            m_transferTimer.start(m_request.transferTimeoutMs);
    }
    void onMetaData();
    bool readAvailable();
    void onReplyFinished();
    void followRedirect(int httpStatus);
    // `describe` writes the message in the language in effect when it is called; empty: the
    // message for `error`.
    void fail(FetchResult::Error error, FetchResult::Describe describe = {}, int httpStatus = 0);
    void finish(const FetchResult &result, bool notify);
    void dropReply();

    QNetworkAccessManager *m_manager;
    FetchRequest m_request;
    QPointer<QObject> m_context;
    Fetcher::Callback m_done;
    std::function<void()> m_onDone;
    QUrl m_url;
    AddressClassifier m_classifier;
    QPointer<QNetworkReply> m_reply; // the manager owns it and may be destroyed first
    QByteArray m_body;
    QTimer m_transferTimer;
    QTimer m_deadlineTimer;
    int m_redirects = 0;
    bool m_finished = false;
};

// A publicOnly request first resolves its host (the first address and every redirect) and
// goes nowhere if any address it could connect to is non-public. An address literal in any
// spelling (2130706433, 0x7f.1, [::ffff:127.0.0.1]) is read the way the network would read it.
void FetchJob::checkThenSend()
{
    if (!m_request.publicOnly) {
        send();
        return;
    }
    const QString host = m_url.host();
    QHostAddress literal;
    if (literal.setAddress(host)) {
        if (!m_classifier(literal)) {
            send();
            return;
        }
        // Asynchronous like every other answer: a caller never sees its callback run inside
        // fetch().
        QMetaObject::invokeMethod(
            this, [this] { fail(FetchResult::Error::NonPublicAddress); }, Qt::QueuedConnection);
        return;
    }
    QHostInfo::lookupHost(host, this, [this](const QHostInfo &info) {
        const QList<QHostAddress> addresses = info.addresses();
        if (info.error() != QHostInfo::NoError || addresses.isEmpty()) {
            fail(FetchResult::Error::Network, [host = hostOf(m_url)] {
                return Fetcher::messageForNetworkError(QNetworkReply::HostNotFoundError, host);
            });
            return;
        }
        if (std::any_of(addresses.cbegin(), addresses.cend(), m_classifier))
            fail(FetchResult::Error::NonPublicAddress);
        else
            send();
    });
}

void FetchJob::send()
{
    QNetworkRequest request(m_url);
    // Redirects are followed here, so they can be counted and checked against the deadline.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    // Conditional GET is ours; a cache on the shared manager must not answer or store for us.
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute,
                         QNetworkRequest::AlwaysNetwork);
    request.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    // Our cap counts decoded bytes, and stops a gzip bomb at maxBytes; Qt's own ratio check
    // would fail with a less helpful message first.
    request.setDecompressedSafetyCheckThreshold(-1);
    request.setHeader(QNetworkRequest::UserAgentHeader, Fetcher::userAgent());
    if (!m_request.etag.isEmpty())
        request.setRawHeader(QByteArrayLiteral("If-None-Match"), m_request.etag);
    if (!m_request.lastModified.isEmpty())
        request.setRawHeader(QByteArrayLiteral("If-Modified-Since"), m_request.lastModified);
    if (!m_request.accept.isEmpty())
        request.setRawHeader(QByteArrayLiteral("Accept"), m_request.accept);
    // No Accept-Encoding here: when Qt sets it, Qt also decodes gzip/deflate for us.

    m_body.clear();
    m_reply = m_manager->get(request);
    m_reply->setReadBufferSize(kReadBufferBytes);
    connect(m_reply, &QNetworkReply::metaDataChanged, this, &FetchJob::onMetaData);
    connect(m_reply, &QNetworkReply::readyRead, this, [this] { readAvailable(); });
    connect(m_reply, &QNetworkReply::downloadProgress, this, [this] { restartTransferTimer(); });
    connect(m_reply, &QNetworkReply::finished, this, &FetchJob::onReplyFinished);
    restartTransferTimer();
}

void FetchJob::onMetaData()
{
    restartTransferTimer();
    const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QVariant length = m_reply->header(QNetworkRequest::ContentLengthHeader);
    // Refuse early: no point downloading what will be thrown away.
    if (!fetchpolicy::isRedirectStatus(status) && length.isValid() &&
        length.toLongLong() > m_request.maxBytes)
        fail(FetchResult::Error::TooLarge);
}

// Appends what arrived; false (and the fetch failed) when the cap is crossed.
bool FetchJob::readAvailable()
{
    restartTransferTimer();
    const qint64 available = m_reply->bytesAvailable();
    if (m_body.size() + available > m_request.maxBytes) {
        fail(FetchResult::Error::TooLarge);
        return false;
    }
    m_body.append(m_reply->read(available));
    return true;
}

void FetchJob::onReplyFinished()
{
    m_transferTimer.stop();
    if (!readAvailable())
        return;
    const QVariant statusAttribute = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    const QString host = hostOf(m_url);
    if (!statusAttribute.isValid()) {
        const auto code = m_reply->error();
        const auto error = code == QNetworkReply::SslHandshakeFailedError
                               ? FetchResult::Error::Tls
                               : FetchResult::Error::Network;
        qCDebug(lcNet) << "fetch failed" << m_url << code << m_reply->errorString();
        fail(error, [code, host] { return Fetcher::messageForNetworkError(code, host); });
        return;
    }
    const int status = statusAttribute.toInt();
    if (fetchpolicy::isRedirectStatus(status) && m_reply->hasRawHeader("Location")) {
        followRedirect(status);
        return;
    }
    FetchResult result;
    result.httpStatus = status;
    result.finalUrl = m_url;
    result.contentType = m_reply->rawHeader("Content-Type");
    result.etag = m_reply->rawHeader("ETag");
    result.lastModified = m_reply->rawHeader("Last-Modified");
    if (status == 304) {
        result.status = FetchResult::Status::NotModified;
    } else if (status >= 200 && status < 300 && m_reply->error() == QNetworkReply::NoError) {
        result.status = FetchResult::Status::Ok;
        result.body = std::move(m_body);
    } else if (status >= 200 && status < 300) {
        // The answer started well and broke off: a truncated body is not a feed.
        fail(
            FetchResult::Error::Network,
            [code = m_reply->error(), host] { return Fetcher::messageForNetworkError(code, host); },
            status);
        return;
    } else {
        result.error = FetchResult::Error::HttpStatus;
        result.describe = [status, host] { return Fetcher::messageForHttpStatus(status, host); };
        result.errorMessage = result.describe();
        if (status == 429 || status == 503)
            result.retryAfter = fetchpolicy::parseRetryAfter(m_reply->rawHeader("Retry-After"),
                                                             QDateTime::currentDateTimeUtc());
    }
    finish(result, true);
}

void FetchJob::followRedirect(int httpStatus)
{
    const QUrl target = m_url.resolved(QUrl::fromEncoded(m_reply->rawHeader("Location")));
    qCDebug(lcNet) << "redirect" << httpStatus << m_url << "->" << target;
    if (!fetchpolicy::isFetchableUrl(target)) {
        fail(
            FetchResult::Error::UnsupportedUrl,
            [host = hostOf(m_url)] {
                return Fetcher::tr("%1 redirected to an address that is not on the web; refused.")
                    .arg(host);
            },
            httpStatus);
        return;
    }
    if (!fetchpolicy::isRedirectAllowed(m_url, target)) {
        fail(FetchResult::Error::InsecureRedirect, {}, httpStatus);
        return;
    }
    if (++m_redirects > Fetcher::kMaxRedirects) {
        fail(FetchResult::Error::TooManyRedirects, {}, httpStatus);
        return;
    }
    dropReply();
    m_url = target;
    checkThenSend();
}

void FetchJob::fail(FetchResult::Error error, FetchResult::Describe describe, int httpStatus)
{
    if (!describe) {
        describe = [error, host = hostOf(m_url), maxBytes = m_request.maxBytes] {
            return Fetcher::messageFor(error, host, maxBytes);
        };
    }
    FetchResult result;
    result.error = error;
    result.httpStatus = httpStatus;
    result.finalUrl = m_url;
    result.errorMessage = describe();
    result.describe = std::move(describe);
    finish(result, true);
}

void FetchJob::finish(const FetchResult &result, bool notify)
{
    if (m_finished)
        return;
    m_finished = true;
    m_transferTimer.stop();
    m_deadlineTimer.stop();
    dropReply();
    m_onDone(); // inFlight() already counts this one out inside the callback
    if (notify && m_context) {
        // Runs in the context's thread; a queued call is dropped if the context dies first.
        QMetaObject::invokeMethod(
            m_context.data(), [done = m_done, result] { done(result); }, Qt::AutoConnection);
    }
    deleteLater();
}

void FetchJob::dropReply()
{
    if (!m_reply)
        return;
    QNetworkReply *reply = m_reply.data();
    m_reply.clear();
    disconnect(reply, nullptr, this, nullptr);
    if (reply->isRunning())
        reply->abort();
    reply->deleteLater();
}

} // namespace

Fetcher::Fetcher(QNetworkAccessManager *manager, QObject *parent)
    : QObject(parent), m_manager(manager)
{}

void Fetcher::fetch(const FetchRequest &request, QObject *context, Callback done)
{
    ++m_inFlight;
    auto *job = new FetchJob(
        m_manager, request, context ? context : this, std::move(done), [this] { --m_inFlight; },
        m_classifier, this);
    job->start();
}

int Fetcher::inFlight() const
{
    return m_inFlight;
}

void Fetcher::setAddressClassifier(AddressClassifier classifier)
{
    m_classifier = std::move(classifier);
}

QByteArray Fetcher::userAgent()
{
    // Product token without spaces (RFC 9110), then a comment naming the site and the purpose.
    return QStringLiteral("%1/%2 (+%3; desktop news reader)")
        .arg(appName().remove(QLatin1Char(' ')), appVersion(), siteHomepage())
        .toLatin1();
}

} // namespace ichq
