#pragma once

#include <QByteArray>

namespace ichq {

// Returns the document as UTF-8 without a byte order mark, ready for the XML pre-pass.
// The encoding comes from the BOM, else UTF-16 sniffing of "<?", else the XML declaration, else
// UTF-8. Chinese legacy encodings (GB2312/GBK/GB18030, Big5) go through ICU via QStringDecoder;
// GB2312 and GBK are read as GB18030 (a superset: real "gb2312" feeds contain GBK characters).
// An unknown declared encoding is read as UTF-8; invalid UTF-8 becomes U+FFFD instead of an error.
// The XML declaration is left in place; the pre-pass removes it so that it cannot contradict.
QByteArray feedBytesToUtf8(const QByteArray &bytes);

} // namespace ichq
