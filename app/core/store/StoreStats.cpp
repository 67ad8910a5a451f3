#include "StoreStats.h"

#include "Database.h"
#include "SqlValues.h"
#include "StoreCleaner.h"

#include <QSqlError>
#include <QSqlQuery>

namespace ichq {

bool readStoreStats(Database &database, StoreStats *stats, QString *error)
{
    QSqlQuery query(database.connection());
    const bool read =
        query.exec(QStringLiteral("SELECT (SELECT count(*) FROM articles), "
                                  "(SELECT count(*) FROM articles WHERE is_starred = 1), "
                                  "(SELECT count(*) FROM articles WHERE is_read = 0), "
                                  "(SELECT count(*) FROM images WHERE state = 1), "
                                  "(SELECT COALESCE(SUM(bytes), 0) FROM images WHERE state = 1), "
                                  "(SELECT MIN(COALESCE(published, first_seen)) FROM articles), "
                                  "(SELECT MAX(COALESCE(published, first_seen)) FROM articles)")) &&
        query.next();
    if (!read) {
        if (error)
            *error = query.lastError().text();
        return false;
    }
    stats->articles = query.value(0).toInt();
    stats->starred = query.value(1).toInt();
    stats->unread = query.value(2).toInt();
    stats->images = query.value(3).toInt();
    stats->imageBytes = query.value(4).toLongLong();
    stats->oldest = sql::fromEpoch(query.value(5));
    stats->newest = sql::fromEpoch(query.value(6));
    stats->databaseBytes = databaseBytesOnDisk(database.filePath());
    return true;
}

} // namespace ichq
