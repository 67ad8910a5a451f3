#pragma once

#include <QList>
#include <QStringList>
#include <QtGlobal>

namespace ichq {

// Migration N brings the schema from user_version N-1 to N. Never edit a shipped migration;
// add a new one at the end.
const QList<QStringList> &schemaMigrations();

// An article's row in the search index (articles.search_key): the date the lists show, in
// seconds, then the id, so the index yields rows in the lists' order. The schema's triggers
// compute the same in SQL for rows written without one.
inline qint64 searchKey(qint64 shownSecs, qint64 id)
{
    return shownSecs * 16777216 + id % 16777216;
}
// The same in SQL, of the row named by the prefix ("new.", or "" for the table's own).
QString searchKeyOf(const QString &row);

} // namespace ichq
