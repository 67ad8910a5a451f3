#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QNetworkReply>
#include <QObject>
#include <QString>
#include <QUrl>

#include "AddressPolicy.h"

#include <functional>

class QNetworkAccessManager;

namespace ichq {

struct FetchRequest
{
    QUrl url;
    QByteArray etag;         // sent back as If-None-Match when not empty
    QByteArray lastModified; // sent back as If-Modified-Since when not empty
    qint64 maxBytes = 20 * 1024 * 1024;
    int transferTimeoutMs = 30000; // no progress for this long ends the transfer; <= 0: none
    int deadlineMs = 120000; // the whole request, redirects included, ends by then; <= 0: none
    QByteArray accept;       // optional Accept header
    // The address comes from a feed's author (a photo, an article page): refused when it, or
    // any redirect, resolves to a loopback, private or other non-public address.
    bool publicOnly = false;
};

struct FetchResult
{
    enum class Status { Ok, NotModified, Failed };
    // Why a fetch failed, for callers that decide (retry, back off) without reading the message.
    enum class Error {
        None,
        UnsupportedUrl,   // not http(s), or not a valid address
        Network,          // no connection, name not resolved, refused, closed early
        Tls,              // certificate or handshake failure
        Timeout,          // no bytes for transferTimeoutMs
        Deadline,         // the whole fetch took longer than deadlineMs
        TooLarge,         // more than maxBytes (decoded), or Content-Length said so
        TooManyRedirects, // more than Fetcher::kMaxRedirects
        InsecureRedirect, // https -> http, or to a scheme other than http(s)
        HttpStatus,       // a non-2xx answer other than 304; see httpStatus
        NonPublicAddress, // publicOnly, and the host resolves to a non-public address
    };
    Status status = Status::Failed;
    Error error = Error::None;
    int httpStatus = 0; // 0 when no HTTP answer arrived
    QByteArray body;    // decoded (gzip/deflate undone)
    QByteArray contentType;
    QByteArray etag;
    QByteArray lastModified;
    QUrl finalUrl;        // after redirects
    QString errorMessage; // short, translated, for a person; empty unless Failed
    // Writes errorMessage again in the language in effect when called: a window that switches
    // language shows the error in the new one. Empty when the fetch did not fail.
    using Describe = std::function<QString()>;
    Describe describe;
    QDateTime retryAfter; // UTC; set when a 429/503 carried Retry-After

    bool ok() const { return status == Status::Ok; }
};

// The one way the app fetches over HTTP: conditional GET, gzip, at most 5 redirects and never
// from https to http, a transfer timeout and a total deadline, a size cap enforced while
// downloading, Retry-After read (the stages act on it), a User-Agent naming the app and its
// version.
class Fetcher : public QObject
{
    Q_OBJECT
public:
    explicit Fetcher(QNetworkAccessManager *manager, QObject *parent = nullptr);

    using Callback = std::function<void(const FetchResult &)>;
    // `done` runs exactly once, in `context`'s thread, unless `context` is destroyed first.
    void fetch(const FetchRequest &request, QObject *context, Callback done);

    // Requests started and not yet finished.
    int inFlight() const;

    // Which addresses publicOnly requests may not reach (default: isNonPublicAddress).
    void setAddressClassifier(AddressClassifier classifier);
    const AddressClassifier &addressClassifier() const { return m_classifier; }

    static QByteArray userAgent();

    static constexpr int kMaxRedirects = 5;

    // Short, translated sentences for a person; `host` names the server where it helps.
    static QString messageForNetworkError(QNetworkReply::NetworkError code, const QString &host);
    static QString messageForHttpStatus(int httpStatus, const QString &host);
    static QString messageFor(FetchResult::Error error, const QString &host, qint64 maxBytes = 0);

private:
    QNetworkAccessManager *m_manager;
    AddressClassifier m_classifier = isNonPublicAddress;
    int m_inFlight = 0;
};

} // namespace ichq
