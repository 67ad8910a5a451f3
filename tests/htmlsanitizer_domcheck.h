#pragma once

#include <QString>
#include <QStringList>

namespace ichq::test {

// Parses `html` the way a browser would (gumbo, <div> fragment context) and lists every way
// the resulting DOM breaks the sanitizer's contract: an element outside the allowlist, an
// attribute outside the allowlist (on*, style, class, srcset...), an href that is not
// http(s)/mailto, an img src that is not ichq://image/<sha256>. Empty when the DOM is safe.
QStringList domViolations(const QString &html);

} // namespace ichq::test
