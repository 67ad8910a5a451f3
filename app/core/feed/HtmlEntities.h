#pragma once

#include <QByteArrayView>
#include <QStringView>

namespace ichq {

// Longest name in the table ("thetasym") with room to spare; longer names are never entities.
constexpr qsizetype kMaxEntityNameLength = 10;

// Code point of an HTML named character reference (without '&' and ';'), 0 when unknown.
// Case-sensitive, as in HTML: "Eacute" and "eacute" differ.
char32_t htmlEntityCodePoint(QByteArrayView name);
char32_t htmlEntityCodePoint(QStringView name);

} // namespace ichq
