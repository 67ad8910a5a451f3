#include "StoredBody.h"

#include <QtEndian>

#include <libdeflate.h>
#include <zlib.h>

#include <memory>

namespace ichq::sql {

namespace {

// An article's BLOB: kMark, then what qCompress writes (the length, 4 bytes big-endian, and a
// zlib stream) of the HTML's length in bytes (4, big-endian), the HTML and the text.
// Older BLOBs, still read: schema 8's first, kCrcMark, a CRC-16 of the compressed bytes, then the
// same; before schema 8, qCompress of the HTML alone, which begins with the length as 4 bytes,
// big-endian: never 0xfe or 0xff, which would be 4 GB.
// Everything is inflated here with zlib, not qUncompress: a damaged BLOB (a bad sector;
// StoreRepair copies what SQLite can still read) fails zlib's own check (the Adler-32 of what it
// holds) and reads as empty, where qUncompress printed a warning for each such row. The CRC-16
// did that for schema 8's first BLOBs, at a tenth of the cost of compressing them.
constexpr char kMark = '\xfe';
constexpr char kCrcMark = '\xff';
constexpr qsizetype kCrcHeader = 1 + 2;
constexpr qsizetype kInnerHeader = 4;
// Deflate cannot make data smaller than about 1/1032 of it: a length past that is damage.
constexpr quint64 kMostInflation = 1032;

struct Unpacked
{
    QByteArray packed; // the inner header, the HTML, the text
    bool withText = false;
    bool damaged = false;
};

// What qCompress wrote, inflated; empty when it is damaged.
QByteArray inflated(QByteArrayView compressed, bool *ok)
{
    *ok = false;
    if (compressed.size() <= kInnerHeader)
        return {};
    const quint32 length = qFromBigEndian<quint32>(compressed.data());
    const QByteArrayView stream = compressed.sliced(kInnerHeader);
    if (length == 0 || length > quint64(stream.size()) * kMostInflation + 64)
        return {};
    QByteArray out(qsizetype(length), Qt::Uninitialized);
    uLongf outLength = length;
    const int result =
        uncompress(reinterpret_cast<Bytef *>(out.data()), &outLength,
                   reinterpret_cast<const Bytef *>(stream.data()), uLong(stream.size()));
    if (result != Z_OK || outLength != length)
        return {};
    *ok = true;
    return out;
}

Unpacked unpack(const QByteArray &stored)
{
    Unpacked result;
    bool ok = false;
    const char mark = stored.isEmpty() ? '\0' : stored.at(0);
    if (mark == kMark) {
        result.packed = inflated(QByteArrayView(stored).sliced(1), &ok);
    } else if (mark == kCrcMark && stored.size() > kCrcHeader) {
        const QByteArrayView compressed = QByteArrayView(stored).sliced(kCrcHeader);
        if (qChecksum(compressed) == qFromBigEndian<quint16>(stored.constData() + 1))
            result.packed = inflated(compressed, &ok);
    } else {
        result.packed = inflated(stored, &ok); // before schema 8: the HTML alone
        result.damaged = !ok;
        return result;
    }
    result.withText = ok && result.packed.size() >= kInnerHeader &&
                      qFromBigEndian<quint32>(result.packed.constData()) <=
                          quint32(result.packed.size() - kInnerHeader);
    result.damaged = !result.withText;
    return result;
}

QString htmlOf(const Unpacked &body)
{
    if (body.damaged)
        return {};
    if (!body.withText)
        return QString::fromUtf8(body.packed);
    return QString::fromUtf8(body.packed.constData() + kInnerHeader,
                             qFromBigEndian<quint32>(body.packed.constData()));
}

QByteArray textOf(const Unpacked &body)
{
    const qsizetype htmlEnd = kInnerHeader + qFromBigEndian<quint32>(body.packed.constData());
    return body.packed.sliced(htmlEnd);
}

// What qCompress would write (the length, big-endian, then a zlib stream), made by libdeflate:
// its level 1 compresses bench_store's bodies as small as zlib's level 3, five times as fast,
// on the sanitizing workers of every refresh.
QByteArray compressed(const QByteArray &data)
{
    // One compressor per thread: making one costs more than compressing an article.
    thread_local const std::unique_ptr<libdeflate_compressor, void (*)(libdeflate_compressor *)>
        compressor(libdeflate_alloc_compressor(1), libdeflate_free_compressor);
    QByteArray out;
    size_t written = 0;
    if (compressor) { // null: out of memory when this thread made it
        const size_t bound = libdeflate_zlib_compress_bound(compressor.get(), size_t(data.size()));
        out.resize(qsizetype(1 + kInnerHeader + bound));
        out[0] = kMark;
        qToBigEndian(quint32(data.size()), out.data() + 1);
        written = libdeflate_zlib_compress(compressor.get(), data.constData(), size_t(data.size()),
                                           out.data() + 1 + kInnerHeader, bound);
    }
    if (written == 0) // zlib writes the same format
        return qCompress(data).prepend(kMark);
    out.truncate(qsizetype(1 + kInnerHeader + written));
    return out;
}

} // namespace

QVariant body(const QString &html, const QString &plainText)
{
    return bodyFromUtf8(html.toUtf8(), plainText.toUtf8());
}

QVariant bodyFromUtf8(QByteArrayView html, QByteArrayView plainText)
{
    if (html.isEmpty() && plainText.isEmpty())
        return QVariant(QString(QLatin1String("")));
    QByteArray packed(kInnerHeader, Qt::Uninitialized);
    qToBigEndian(quint32(html.size()), packed.data());
    packed.reserve(kInnerHeader + html.size() + plainText.size());
    packed.append(html).append(plainText);
    return QVariant(compressed(packed));
}

StoredBody bodyFrom(const QVariant &stored)
{
    StoredBody body;
    if (stored.typeId() != QMetaType::QByteArray) {
        body.html = stored.toString();
        return body;
    }
    const Unpacked unpacked = unpack(stored.toByteArray());
    body.html = htmlOf(unpacked);
    if (unpacked.withText) {
        body.plainText = QString::fromUtf8(textOf(unpacked));
        body.hasPlainText = true;
    }
    return body;
}

bool holdsBody(const QVariant &stored)
{
    return stored.typeId() == QMetaType::QByteArray || !stored.toString().isEmpty();
}

QString htmlFrom(const QVariant &stored)
{
    return bodyFrom(stored).html;
}

QByteArray searchTextUtf8From(const QVariant &bodyHtml, const QVariant &pageHtml,
                              const QVariant &bodyText)
{
    const QVariant &shown = holdsBody(pageHtml) ? pageHtml : bodyHtml;
    if (shown.typeId() == QMetaType::QByteArray) {
        // Only the text: no QString of the HTML, which a search would throw away.
        const Unpacked unpacked = unpack(shown.toByteArray());
        if (unpacked.withText)
            return textOf(unpacked);
        if (unpacked.damaged)
            return {};
    }
    return bodyText.toString().toUtf8();
}

QString searchTextFrom(const QVariant &bodyHtml, const QVariant &pageHtml, const QVariant &bodyText)
{
    return QString::fromUtf8(searchTextUtf8From(bodyHtml, pageHtml, bodyText));
}

} // namespace ichq::sql
