#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QHash>

namespace ichq {

// General entities declared in a DOCTYPE's internal subset (<!ENTITY id "text">), for the prepass.
// Only plain text is ever expanded: a value holding '&', '<' or '%' (another entity, a character
// reference, markup) is ignored, as are parameter entities and SYSTEM/PUBLIC entities, which are
// never read. Each value is at most kMaxValueBytes; all expansions together at most
// kMaxTotalBytes, after which references are left as text. Nothing recursive can happen.
class DtdEntities
{
public:
    static constexpr qsizetype kMaxValueBytes = 1024;
    static constexpr qsizetype kMaxTotalBytes = 64 * 1024;

    // Collects the declarations of `doctype`, from "<!DOCTYPE" to its closing '>'.
    void declareFrom(QByteArrayView doctype);
    // Appends the value of entity `name`, escaped for text and attribute values, and returns true;
    // false (nothing appended) when it is not declared as plain text or the budget is spent.
    bool expand(QByteArrayView name, QByteArray &out);

private:
    qsizetype declareEntity(QByteArrayView subset, qsizetype pos);

    QHash<QByteArray, QByteArray> m_values;
    qsizetype m_expandedBytes = 0;
};

// Name characters of entity references the prepass recognises (ASCII letters, digits, '-', '_',
// '.', ':' and any non-ASCII byte), and the longest name it looks up.
bool isEntityNameByte(char c);
constexpr qsizetype kMaxDeclaredNameLength = 64;

} // namespace ichq
