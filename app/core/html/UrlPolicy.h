#pragma once

#include <QString>
#include <QUrl>

namespace ichq::html {

// The URL of an href/src attribute the way a browser reads it: gumbo has already decoded
// entities; here ASCII tab/LF/CR are removed anywhere ("jav&#x09;ascript:") and C0 controls
// and spaces are trimmed at both ends ("  javascript:"), then the result is resolved against
// baseUrl. Returns an invalid QUrl when nothing usable remains.
QUrl resolveAttributeUrl(const char *value, const QUrl &baseUrl);

// Links may point only to http, https or mailto. Everything else (javascript:, vbscript:,
// data:, file:, ftp:, ichq:, relative URLs without a base) loses its href.
bool isAllowedLinkUrl(const QUrl &url);

// Images are fetched only over http(s).
bool isAllowedImageUrl(const QUrl &url);

} // namespace ichq::html
