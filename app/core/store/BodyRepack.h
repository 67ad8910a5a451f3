#pragma once

#include <QSqlDatabase>
#include <QString>

namespace ichq {

// Schema 8 keeps an article's plain text inside its compressed body (sql::body), not in
// body_text. Rows written before carry it in body_text: their text moves into the body they show
// (the page's when a page is kept), some hundreds of rows per transaction. Their words are the
// same, so the search index does not change. The pages freed go back at the next cleanup's
// VACUUM. False when a step failed (a kill, another writer): what was moved stays moved, the
// rest reads as before, and Database runs it again at the next open.
bool repackArticleTexts(QSqlDatabase db, QString *error);

} // namespace ichq
