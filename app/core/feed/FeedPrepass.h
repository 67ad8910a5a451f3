#pragma once

#include <QByteArray>

namespace ichq {

// Makes a UTF-8 feed safe and readable for QXmlStreamReader, in one pass over the bytes:
//  - the DOCTYPE (with any internal subset) is removed. Entities its internal subset declares as
//    plain text are expanded here, within DtdEntities' bounds; no other entity is ever declared or
//    expanded: billion-laughs and external-entity (XXE) documents leave their references as text;
//  - the XML declaration is removed (the bytes are UTF-8 now, whatever it said);
//  - HTML named references (&nbsp; &eacute; ...) become numeric references, since feeds use them
//    without a DTD; unknown references and bare '&' become "&amp;" so they read as text.
//  - well-known prefixes (media:, dc:, content:, atom: ...) used but never declared, a common
//    feed bug that QXmlStreamReader rejects, get their usual namespace on the root element.
// CDATA sections, comments and processing instructions are copied untouched. Line breaks are
// kept, so error line numbers still point into the original document.
QByteArray prepareFeedXml(const QByteArray &utf8);

} // namespace ichq
