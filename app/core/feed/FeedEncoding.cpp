#include "FeedEncoding.h"

#include "ByteSlice.h"

#include "common/Logging.h"

#include <QByteArrayView>
#include <QString>
#include <QStringDecoder>

namespace ichq {

namespace {

// RFC 3629 well-formedness, so that QXmlStreamReader never stops on "incorrectly encoded content".
bool isValidUtf8(QByteArrayView bytes)
{
    const auto *p = reinterpret_cast<const unsigned char *>(bytes.data());
    const auto *end = p + bytes.size();
    while (p < end) {
        const unsigned char c = *p;
        if (c < 0x80) {
            ++p;
            continue;
        }
        int extra = 0;
        unsigned char lo = 0x80;
        unsigned char hi = 0xBF;
        if (c >= 0xC2 && c <= 0xDF) {
            extra = 1;
        } else if (c >= 0xE0 && c <= 0xEF) {
            extra = 2;
            lo = c == 0xE0 ? 0xA0 : 0x80;
            hi = c == 0xED ? 0x9F : 0xBF;
        } else if (c >= 0xF0 && c <= 0xF4) {
            extra = 3;
            lo = c == 0xF0 ? 0x90 : 0x80;
            hi = c == 0xF4 ? 0x8F : 0xBF;
        } else {
            return false;
        }
        if (end - p <= extra || p[1] < lo || p[1] > hi)
            return false;
        for (int i = 2; i <= extra; ++i) {
            if (p[i] < 0x80 || p[i] > 0xBF)
                return false;
        }
        p += extra + 1;
    }
    return true;
}

// The encoding="..." of a leading XML declaration, lower-cased; empty when absent.
QByteArray declaredEncoding(QByteArrayView bytes)
{
    const QByteArrayView head = slice(bytes, 0, 1024);
    qsizetype pos = 0;
    while (pos < head.size() &&
           (head[pos] == ' ' || head[pos] == '\t' || head[pos] == '\r' || head[pos] == '\n'))
        ++pos;
    if (!slice(head, pos).startsWith("<?xml"))
        return {};
    const qsizetype declEnd = head.indexOf("?>", pos);
    const QByteArrayView decl = slice(head, pos, declEnd < 0 ? -1 : declEnd - pos);
    const qsizetype key = decl.indexOf("encoding");
    if (key < 0)
        return {};
    qsizetype q = key + 8;
    while (q < decl.size() && (decl[q] == ' ' || decl[q] == '='))
        ++q;
    if (q >= decl.size() || (decl[q] != '"' && decl[q] != '\''))
        return {};
    const qsizetype close = decl.indexOf(decl[q], q + 1);
    if (close < 0)
        return {};
    return slice(decl, q + 1, close - q - 1).trimmed().toByteArray().toLower();
}

QByteArray canonicalEncoding(const QByteArray &name)
{
    if (name == "gb2312" || name == "gbk" || name == "x-gbk" || name == "cp936" ||
        name == "gb_2312-80" || name == "euc-cn")
        return "GB18030";
    // Web practice: content labelled Latin-1 is windows-1252 (curly quotes in 0x80..0x9F).
    if (name == "iso-8859-1" || name == "latin1" || name == "us-ascii" || name == "ascii")
        return "windows-1252";
    return name;
}

QByteArray decodeWith(const char *encoding, QByteArrayView bytes)
{
    QStringDecoder decoder(encoding);
    const QString text = decoder.decode(bytes);
    return text.toUtf8();
}

QByteArray utf8Document(const QByteArray &bytes, qsizetype bomLength)
{
    const QByteArrayView body = slice(QByteArrayView(bytes), bomLength);
    if (isValidUtf8(body))
        return bomLength == 0 ? bytes : body.toByteArray();
    return QString::fromUtf8(body).toUtf8();
}

} // namespace

QByteArray feedBytesToUtf8(const QByteArray &bytes)
{
    const QByteArrayView view(bytes);
    if (view.startsWith("\xEF\xBB\xBF"))
        return utf8Document(bytes, 3);
    if (view.startsWith("\xFF\xFE"))
        return decodeWith("UTF-16LE", slice(view, 2));
    if (view.startsWith("\xFE\xFF"))
        return decodeWith("UTF-16BE", slice(view, 2));
    if (view.startsWith(QByteArrayView("<\0?\0", 4)))
        return decodeWith("UTF-16LE", view);
    if (view.startsWith(QByteArrayView("\0<\0?", 4)))
        return decodeWith("UTF-16BE", view);

    const QByteArray declared = canonicalEncoding(declaredEncoding(view));
    // Without a BOM the bytes are ASCII-compatible here, so a "UTF-16" label is wrong.
    if (declared.isEmpty() || declared == "utf-8" || declared == "utf8" ||
        declared.startsWith("utf-16") || declared.startsWith("utf-32"))
        return utf8Document(bytes, 0);
    if (!QStringDecoder(declared.constData()).isValid()) {
        qCInfo(lcFeed) << "unknown encoding" << declared << "- reading as UTF-8";
        return utf8Document(bytes, 0);
    }
    return decodeWith(declared.constData(), view);
}

} // namespace ichq
