#include "ExternalLink.h"

#include <QStringList>
#include <QUrlQuery>

namespace ichq::web {

namespace {

bool hasControl(const QString &text)
{
    for (const QChar c : text) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f || c.category() == QChar::Other_Control ||
            c == QChar::LineSeparator || c == QChar::ParagraphSeparator)
            return true;
    }
    return false;
}

// local@domain: one @, something on either side, no spaces, controls or delimiters a mail
// client would read as the start of another address or a header.
bool isPlainAddress(const QString &address)
{
    const qsizetype at = address.indexOf(QLatin1Char('@'));
    if (at <= 0 || at != address.lastIndexOf(QLatin1Char('@')) || at == address.size() - 1)
        return false;
    for (const QChar c : address) {
        if (c.isSpace() || hasControl(QString(c)) || QStringView(u"<>\"(),;:\\[]").contains(c))
            return false;
    }
    return true;
}

QByteArray encodedValue(const QString &value)
{
    // Everything but the unreserved characters, so '&', '=', '+', '#' and '%' stay data.
    return QUrl::toPercentEncoding(value);
}

} // namespace

QUrl sanitizedMailto(const QUrl &url)
{
    if (!url.isValid() || url.scheme().compare(QLatin1String("mailto"), Qt::CaseInsensitive) != 0 ||
        !url.authority().isEmpty())
        return {};
    const QString path = url.path(QUrl::FullyDecoded);
    if (hasControl(path))
        return {};
    QStringList addresses;
    for (const QString &part : path.split(QLatin1Char(','))) {
        const QString address = part.trimmed();
        if (!isPlainAddress(address))
            return {};
        addresses << address;
    }

    QString subject;
    QString body;
    bool haveSubject = false;
    bool haveBody = false;
    const QUrlQuery query(url.query(QUrl::FullyEncoded));
    const auto items = query.queryItems(QUrl::FullyDecoded);
    for (const auto &[name, value] : items) {
        if (!haveSubject && name.compare(QLatin1String("subject"), Qt::CaseInsensitive) == 0) {
            haveSubject = true; // the first one only, even when it is dropped
            if (!hasControl(value))
                subject = value;
        } else if (!haveBody && name.compare(QLatin1String("body"), Qt::CaseInsensitive) == 0) {
            haveBody = true;
            // The body is text, not a header: its line breaks are the sender's paragraphs.
            body = value;
        }
    }

    QByteArray encoded = "mailto:";
    for (qsizetype i = 0; i < addresses.size(); ++i) {
        if (i > 0)
            encoded += ',';
        encoded += QUrl::toPercentEncoding(addresses.at(i), "@!$'*+=");
    }
    QByteArrayList fields;
    if (!subject.isEmpty())
        fields << "subject=" + encodedValue(subject);
    if (!body.isEmpty())
        fields << "body=" + encodedValue(body);
    if (!fields.isEmpty())
        encoded += '?' + fields.join('&');
    const QUrl result = QUrl::fromEncoded(encoded, QUrl::StrictMode);
    return result.isValid() ? result : QUrl();
}

QUrl externalLinkTarget(const QUrl &clicked)
{
    if (!clicked.isValid())
        return {};
    const QString scheme = clicked.scheme();
    if (scheme == QLatin1String("http") || scheme == QLatin1String("https"))
        return clicked;
    if (scheme == QLatin1String("mailto"))
        return sanitizedMailto(clicked);
    return {};
}

} // namespace ichq::web
