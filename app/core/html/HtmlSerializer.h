#pragma once

#include <QByteArray>
#include <QString>

namespace ichq::html {

// Writes the sanitized tree as UTF-8. Text escapes & < >; attribute values escape & " < >,
// and are always double-quoted, so no input byte can end a tag or an attribute early. gumbo
// hands out UTF-8, so text is copied through byte for byte (Chinese survives unchanged).
class HtmlWriter
{
public:
    explicit HtmlWriter(qsizetype expectedSize) { m_out.reserve(expectedSize); }

    void openTag(const char *name);
    void attribute(const char *name, const char *value);
    void attribute(const char *name, const QByteArray &value);
    void finishOpenTag() { m_out.append('>'); }
    void closeTag(const char *name);
    void text(const char *utf8, qsizetype length);
    void raw(char c) { m_out.append(c); }

    const QByteArray &html() const { return m_out; }

private:
    void escaped(const char *utf8, qsizetype length, bool inAttribute);

    QByteArray m_out;
};

// The visible text: runs of whitespace (ASCII and no-break space) become one space, block
// boundaries become a space, and the result has no leading or trailing space.
class PlainTextBuilder
{
public:
    explicit PlainTextBuilder(qsizetype expectedSize) { m_out.reserve(expectedSize); }

    void text(const char *utf8, qsizetype length);
    void wordBreak() { m_pendingSpace = !m_out.isEmpty(); }

    QString toString() const { return QString::fromUtf8(m_out); }
    const QByteArray &utf8() const { return m_out; }

private:
    QByteArray m_out;
    bool m_pendingSpace = false;
};

} // namespace ichq::html
