#include "PageDecoding.h"

#include <QByteArrayView>
#include <QString>
#include <QStringDecoder>

namespace ichq::extract {

namespace {

constexpr qsizetype kMetaScanBytes = 2048;

QByteArray canonicalEncoding(const QByteArray &name)
{
    if (name == "gb2312" || name == "gbk" || name == "x-gbk" || name == "cp936" ||
        name == "gb_2312-80" || name == "euc-cn" || name == "gb18030")
        return "GB18030";
    if (name == "big5" || name == "big5-hkscs" || name == "x-x-big5" || name == "cn-big5")
        return "Big5";
    if (name == "iso-8859-1" || name == "latin1" || name == "us-ascii" || name == "ascii")
        return "windows-1252";
    return name;
}

bool isUtf8Label(const QByteArray &name)
{
    // A page without a BOM is ASCII-compatible, so a "UTF-16" label is wrong: the HTML
    // standard reads it as UTF-8 too.
    return name.isEmpty() || name == "utf-8" || name == "utf8" || name.startsWith("utf-16") ||
           name.startsWith("utf-32") || name == "unicode";
}

QByteArray decodeWith(const char *encoding, QByteArrayView bytes)
{
    QStringDecoder decoder(encoding);
    const QString text = decoder.decode(bytes);
    return text.toUtf8();
}

// <meta charset="gbk"> and <meta http-equiv="Content-Type" content="text/html; charset=gbk">
// both contain "charset=" inside a meta tag; no parse is needed for the first 2 KB.
QByteArray metaCharset(const QByteArray &bytes)
{
    const QByteArray head = bytes.left(kMetaScanBytes).toLower();
    qsizetype from = 0;
    while (true) {
        const qsizetype meta = head.indexOf("<meta", from);
        if (meta < 0)
            return {};
        const qsizetype end = head.indexOf('>', meta);
        const QByteArray tag = head.mid(meta, end < 0 ? -1 : end - meta);
        const QByteArray charset = charsetParameter(tag);
        if (!charset.isEmpty())
            return charset;
        if (end < 0)
            return {};
        from = end;
    }
}

} // namespace

QByteArray charsetParameter(const QByteArray &text)
{
    const QByteArray lower = text.toLower();
    const qsizetype key = lower.indexOf("charset");
    if (key < 0)
        return {};
    qsizetype p = key + 7;
    while (p < lower.size() && (lower[p] == ' ' || lower[p] == '='))
        ++p;
    while (p < lower.size() && (lower[p] == '"' || lower[p] == '\''))
        ++p;
    qsizetype end = p;
    while (end < lower.size() && lower[end] != '"' && lower[end] != '\'' && lower[end] != ';' &&
           lower[end] != ' ' && lower[end] != '>' && lower[end] != '/')
        ++end;
    return lower.mid(p, end - p).trimmed();
}

QByteArray pageBytesToUtf8(const QByteArray &bytes, const QByteArray &contentType)
{
    const QByteArrayView view(bytes);
    if (view.startsWith("\xEF\xBB\xBF"))
        return bytes.mid(3);
    if (view.startsWith("\xFF\xFE"))
        return decodeWith("UTF-16LE", view.sliced(2));
    if (view.startsWith("\xFE\xFF"))
        return decodeWith("UTF-16BE", view.sliced(2));

    QByteArray label = charsetParameter(contentType);
    if (label.isEmpty())
        label = metaCharset(bytes);
    const QByteArray encoding = canonicalEncoding(label);
    if (isUtf8Label(encoding))
        return bytes;
    if (!QStringDecoder(encoding.constData()).isValid())
        return bytes; // an unknown label: UTF-8 is the web's default
    return decodeWith(encoding.constData(), view);
}

} // namespace ichq::extract
