#pragma once

// Pure decisions of the Fetcher, kept apart so they are tested without a server.

#include <QByteArray>
#include <QDateTime>
#include <QUrl>

namespace ichq::fetchpolicy {

// Only http and https URLs with a host are fetched.
bool isFetchableUrl(const QUrl &url);

bool isRedirectStatus(int httpStatus); // 301, 302, 303, 307, 308

// A redirect may go anywhere http(s) except from https down to http: that would hand a
// secure request to anyone on the path.
bool isRedirectAllowed(const QUrl &from, const QUrl &to);

// Retry-After is delta-seconds or an HTTP-date (IMF-fixdate, RFC 850, asctime). Returns the
// UTC moment, or an invalid QDateTime when the value cannot be read.
QDateTime parseRetryAfter(const QByteArray &value, const QDateTime &nowUtc);

} // namespace ichq::fetchpolicy
