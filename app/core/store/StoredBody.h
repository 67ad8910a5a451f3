#pragma once

#include <QString>
#include <QVariant>

namespace ichq::sql {

// An article's HTML and its plain text (what search looks in) are kept together, zlib-compressed,
// as one BLOB: body_html for the feed's version, page_html for the page's. The text repeats the
// HTML's words, so together they compress to 8.6 MiB for bench_store's 5,000 articles where the
// HTML alone took 8.2 and the text, kept apart as TEXT, 14.0. Empty stays '' ("page_html != ''"
// means a page is kept).
QVariant body(const QString &html, const QString &plainText);
// The same from their UTF-8.
QVariant bodyFromUtf8(QByteArrayView html, QByteArrayView plainText);

struct StoredBody
{
    QString html;
    QString plainText;
    bool hasPlainText = false; // false: a row written before schema 8 (HTML alone, or TEXT)
};
StoredBody bodyFrom(const QVariant &stored);
// Whether a body is kept there: page_html is '' until a page is.
bool holdsBody(const QVariant &stored);
QString htmlFrom(const QVariant &stored);

// What search looks in for a stored row: the page's text when a page is kept, else the feed's;
// from body_text for a row written before schema 8.
QString searchTextFrom(const QVariant &bodyHtml, const QVariant &pageHtml,
                       const QVariant &bodyText);
// The same in UTF-8, as it is stored: a search checks it without a QString of each article.
QByteArray searchTextUtf8From(const QVariant &bodyHtml, const QVariant &pageHtml,
                              const QVariant &bodyText);

} // namespace ichq::sql
