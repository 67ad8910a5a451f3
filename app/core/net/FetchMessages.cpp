// The sentences a person sees when a fetch fails. They live with class Fetcher so lupdate files
// them under one context; each says what happened in plain words and names the server.

#include "Fetcher.h"

#include <QLocale>

namespace ichq {

QString Fetcher::messageForNetworkError(QNetworkReply::NetworkError code, const QString &host)
{
    using E = QNetworkReply::NetworkError;
    switch (code) {
    case E::HostNotFoundError:
    case E::TemporaryNetworkFailureError:
    case E::NetworkSessionFailedError:
    case E::UnknownNetworkError:
        return tr("Cannot reach %1: no network connection or the name cannot be resolved.")
            .arg(host);
    case E::ConnectionRefusedError:
        return tr("Cannot connect to %1: the connection was refused.").arg(host);
    case E::RemoteHostClosedError:
        return tr("%1 closed the connection before the download was complete.").arg(host);
    case E::TimeoutError:
    case E::OperationCanceledError:
        return messageFor(FetchResult::Error::Timeout, host);
    case E::SslHandshakeFailedError:
        return messageFor(FetchResult::Error::Tls, host);
    case E::ProxyConnectionRefusedError:
    case E::ProxyConnectionClosedError:
    case E::ProxyNotFoundError:
    case E::ProxyTimeoutError:
    case E::ProxyAuthenticationRequiredError:
    case E::UnknownProxyError:
        return tr("Cannot connect to %1 through the proxy server.").arg(host);
    case E::TooManyRedirectsError:
        return messageFor(FetchResult::Error::TooManyRedirects, host);
    case E::InsecureRedirectError:
        return messageFor(FetchResult::Error::InsecureRedirect, host);
    case E::ProtocolUnknownError:
        return messageFor(FetchResult::Error::UnsupportedUrl, host);
    default:
        return tr("The download from %1 failed: the answer could not be read.").arg(host);
    }
}

QString Fetcher::messageForHttpStatus(int httpStatus, const QString &host)
{
    switch (httpStatus) {
    case 401:
    case 403:
        return tr("The server %1 refused the request (HTTP %2).").arg(host).arg(httpStatus);
    case 404:
    case 410:
        return tr("The address was not found on %1 (HTTP %2).").arg(host).arg(httpStatus);
    case 429:
        return tr("%1 asks us to wait before trying again (HTTP 429).").arg(host);
    case 503:
        return tr("%1 is temporarily unavailable (HTTP 503).").arg(host);
    default:
        break;
    }
    if (httpStatus >= 300 && httpStatus < 400)
        return tr("%1 answered with a redirect that cannot be followed (HTTP %2).")
            .arg(host)
            .arg(httpStatus);
    if (httpStatus >= 500)
        return tr("%1 had a problem answering (HTTP %2).").arg(host).arg(httpStatus);
    return tr("%1 answered with an error (HTTP %2).").arg(host).arg(httpStatus);
}

QString Fetcher::messageFor(FetchResult::Error error, const QString &host, qint64 maxBytes)
{
    using E = FetchResult::Error;
    switch (error) {
    case E::None:
        return {};
    case E::UnsupportedUrl:
        return tr("Only web addresses (http or https) can be downloaded.");
    case E::Network:
        return messageForNetworkError(QNetworkReply::UnknownNetworkError, host);
    case E::Tls:
        return tr("The connection to %1 is not secure: certificate error.").arg(host);
    case E::Timeout:
        return tr("The server %1 did not answer in time.").arg(host);
    case E::Deadline:
        return tr("The download from %1 took too long and was stopped.").arg(host);
    case E::TooLarge:
        return tr("The file from %1 is larger than %2.")
            .arg(host,
                 QLocale().formattedDataSize(maxBytes, 0, QLocale::DataSizeTraditionalFormat));
    case E::TooManyRedirects:
        return tr("%1 redirected too many times (more than %2).").arg(host).arg(kMaxRedirects);
    case E::InsecureRedirect:
        return tr("Redirected from a secure to an insecure address; refused.");
    case E::HttpStatus:
        return tr("%1 answered with an error.").arg(host);
    case E::NonPublicAddress:
        return tr("%1 is an address in your own network or on this computer; a feed may not "
                  "make the reader fetch from there.")
            .arg(host);
    }
    return {};
}

} // namespace ichq
