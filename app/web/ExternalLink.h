#pragma once

#include <QUrl>

namespace ichq::web {

// What a link the user clicked in an article becomes when it leaves the app for the system:
// http(s) as it is; mailto: reduced by sanitizedMailto(); anything else, or a mailto: that
// cannot be made safe, an invalid QUrl (the click is refused).
QUrl externalLinkTarget(const QUrl &clicked);

// A mailto: link keeps only its addresses and its first subject and body (RFC 6068 header
// names, any case). Every other field goes: attach, cc, bcc, to, in-reply-to, headers of any
// kind. A subject that would break into another header (CR, LF or another control character)
// is dropped; an address list with one is refused, as is one with an address that is not
// local@domain. Returns an invalid QUrl when refused.
QUrl sanitizedMailto(const QUrl &url);

} // namespace ichq::web
