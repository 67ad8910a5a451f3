#pragma once

#include <QString>
#include <QStringView>

namespace ichq {

// Small text helpers for the feed readers. Titles, names and categories must be plain text, and
// ichq_html (gumbo) is deliberately not a dependency of the parser.

// Markup removed (block-level tags become a space), HTML/XML character references decoded,
// whitespace collapsed to single spaces and trimmed.
QString htmlToPlainText(QStringView html);

// Whitespace runs become one space; leading and trailing whitespace removed.
QString collapseWhitespace(QStringView text);

// RSS <author> (and managingEditor, dc:creator) holds an e-mail address, often
// "jane@example.com (Jane Doe)" or "Jane Doe (jane@example.com)"; the name is what a reader shows.
// "Jane Doe <jane@example.com>" is handled too; an address without a name is kept as the address.
QString rssAuthorName(QStringView text);

// Appends at most `cap - target.size()` characters, never splitting a surrogate pair.
void appendCapped(QString &target, QStringView text, qsizetype cap);

} // namespace ichq
