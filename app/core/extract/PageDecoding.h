#pragma once

#include <QByteArray>

namespace ichq::extract {

// The page as UTF-8 for gumbo. The encoding comes from, in order: a byte order mark, the
// charset parameter of the HTTP Content-Type, a <meta charset> or <meta http-equiv> in the
// first 2 KB, else UTF-8. GB2312/GBK are read as GB18030 (real "gb2312" pages use GBK
// characters), Latin-1 as windows-1252, as browsers do. UTF-8 input is returned unchanged:
// gumbo replaces invalid sequences itself.
QByteArray pageBytesToUtf8(const QByteArray &bytes, const QByteArray &contentType);

// The charset named in a Content-Type value or a meta tag's text, lower-case; empty if none.
QByteArray charsetParameter(const QByteArray &text);

} // namespace ichq::extract
