#pragma once

#include "StoreTypes.h"

#include <QByteArray>

namespace ichq {

// What the store writes of a prepared article besides its plain fields: the body as stored
// (sql::body, compressed), its search words (search::indexWords) and its version's hash. Made by
// the thread that prepared the article (ArticlePreparer), so that the store's thread does not
// spend its time on them, with a hash of the fields they were made from: an article changed
// since (a test, a benchmark) gets them made again where they are used.
// htmlUtf8 and textUtf8: bodyHtml and bodyText in UTF-8, as the sanitizer wrote them.
void makeStoredForms(PreparedArticle &article, const QByteArray &htmlUtf8,
                     const QByteArray &textUtf8);
// Those made ahead, or made now when the article changed since (one check for all three).
StoredForms storedFormsOf(const PreparedArticle &article);

} // namespace ichq
