#include "FeedDtd.h"

#include "ByteSlice.h"

namespace ichq {

namespace {

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

qsizetype skipSpace(QByteArrayView in, qsizetype pos)
{
    while (pos < in.size() && isSpace(in[pos]))
        ++pos;
    return pos;
}

// Position after the '>' closing the declaration that includes pos, honouring quotes.
qsizetype declarationEnd(QByteArrayView in, qsizetype pos)
{
    char quote = 0;
    for (; pos < in.size(); ++pos) {
        const char c = in[pos];
        if (quote) {
            quote = c == quote ? 0 : quote;
        } else if (c == '"' || c == '\'') {
            quote = c;
        } else if (c == '>') {
            return pos + 1;
        }
    }
    return in.size();
}

// The internal subset: what lies between the DOCTYPE's '[' and its last ']'.
QByteArrayView internalSubset(QByteArrayView doctype)
{
    char quote = 0;
    for (qsizetype i = 0; i < doctype.size(); ++i) {
        const char c = doctype[i];
        if (quote) {
            quote = c == quote ? 0 : quote;
        } else if (c == '"' || c == '\'') {
            quote = c;
        } else if (c == '[') {
            const qsizetype close = doctype.lastIndexOf(']');
            return close > i ? slice(doctype, i + 1, close - i - 1) : slice(doctype, i + 1);
        }
    }
    return {};
}

bool isPlainText(QByteArrayView value)
{
    return value.size() <= DtdEntities::kMaxValueBytes && !value.contains('&') &&
           !value.contains('<') && !value.contains('%');
}

bool isPredefined(QByteArrayView name)
{
    return name == "amp" || name == "lt" || name == "gt" || name == "quot" || name == "apos";
}

} // namespace

bool isEntityNameByte(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' ||
           c == '_' || c == '.' || c == ':' || (static_cast<unsigned char>(c) & 0x80);
}

void DtdEntities::declareFrom(QByteArrayView doctype)
{
    const QByteArrayView subset = internalSubset(doctype);
    qsizetype pos = 0;
    while ((pos = subset.indexOf('<', pos)) >= 0) {
        const QByteArrayView rest = slice(subset, pos);
        if (rest.startsWith("<!--")) {
            const qsizetype end = subset.indexOf("-->", pos + 4);
            pos = end < 0 ? subset.size() : end + 3;
        } else if (rest.startsWith("<!ENTITY") && rest.size() > 8 && isSpace(rest[8])) {
            pos = declareEntity(subset, pos + 8);
        } else {
            pos = declarationEnd(subset, pos + 1);
        }
    }
}

// pos is just after "<!ENTITY"; returns the position after the declaration.
qsizetype DtdEntities::declareEntity(QByteArrayView subset, qsizetype pos)
{
    pos = skipSpace(subset, pos);
    if (pos >= subset.size() || subset[pos] == '%') // parameter entity: never expanded
        return declarationEnd(subset, pos);
    const qsizetype nameStart = pos;
    while (pos < subset.size() && isEntityNameByte(subset[pos]))
        ++pos;
    const QByteArrayView name = slice(subset, nameStart, pos - nameStart);
    pos = skipSpace(subset, pos);
    if (pos >= subset.size() || (subset[pos] != '"' && subset[pos] != '\''))
        return declarationEnd(subset, pos); // SYSTEM or PUBLIC: external, never read
    const qsizetype close = subset.indexOf(subset[pos], pos + 1);
    if (close < 0)
        return subset.size();
    const QByteArrayView value = slice(subset, pos + 1, close - pos - 1);
    pos = skipSpace(subset, close + 1);
    const bool complete = pos < subset.size() && subset[pos] == '>';
    // XML: the first declaration of a name is the one that counts.
    if (complete && !name.isEmpty() && name.size() <= kMaxDeclaredNameLength &&
        !isPredefined(name) && isPlainText(value) && !m_values.contains(name.toByteArray()))
        m_values.insert(name.toByteArray(), value.toByteArray());
    return declarationEnd(subset, pos);
}

bool DtdEntities::expand(QByteArrayView name, QByteArray &out)
{
    if (m_values.isEmpty())
        return false;
    const auto it = m_values.constFind(name.toByteArray());
    if (it == m_values.cend() || m_expandedBytes + it->size() > kMaxTotalBytes)
        return false;
    m_expandedBytes += it->size();
    const QByteArray &value = *it;
    for (qsizetype i = 0; i < value.size(); ++i) {
        const char c = value[i];
        if (c == '>')
            out.append("&gt;");
        else if (c == '"')
            out.append("&quot;");
        else if (c == '\'')
            out.append("&apos;");
        else if (c == '\r' && i + 1 < value.size() && value[i + 1] == '\n')
            continue; // the '\n' follows
        else if (c == '\r' || c == '\n')
            out.append("&#10;"); // keeps the document's line numbers
        else
            out.append(c);
    }
    return true;
}

} // namespace ichq
