#pragma once

#include <QList>
#include <QStringList>

namespace ichq {

// Migration N brings the schema from user_version N-1 to N. Never edit a shipped migration;
// add a new one at the end.
const QList<QStringList> &schemaMigrations();

} // namespace ichq
