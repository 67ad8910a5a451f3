#include "StoreRepair.h"

#include "Database.h"
#include "SearchIndex.h"
#include "common/Logging.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>

namespace ichq {

namespace {

const QString kLastCheck = QStringLiteral("lastQuickCheck");

// Parents before children, so that foreign keys find their rows.
const char *const kTables[] = {"feeds",  "categories",         "articles",
                               "images", "article_categories", "article_images"};

bool run(QSqlQuery &query, const QString &sql)
{
    if (query.exec(sql))
        return true;
    qCDebug(lcStore) << "repair:" << sql << query.lastError().text();
    return false;
}

QStringList columnsOf(QSqlDatabase db, const QString &schema, const QString &table)
{
    QSqlQuery query(db);
    QStringList columns;
    if (run(query, QStringLiteral("PRAGMA %1.table_info(%2)").arg(schema, table))) {
        while (query.next())
            columns << query.value(1).toString();
    }
    return columns;
}

// Copies the rows of one table that can be read. Whole first; when a bad page stops that, in
// ranges of rowids that halve around the damage, down to single rows.
void copyTable(QSqlDatabase db, const QString &table)
{
    QStringList columns = columnsOf(db, QStringLiteral("damaged"), table);
    const QStringList ours = columnsOf(db, QStringLiteral("main"), table);
    columns.removeIf([&](const QString &column) { return !ours.contains(column); });
    if (columns.isEmpty())
        return;
    const QString list = columns.join(QLatin1String(", "));
    const QString copy = QStringLiteral("INSERT OR IGNORE INTO main.%1 (%2) SELECT %2 FROM "
                                        "damaged.%1")
                             .arg(table, list);
    QSqlQuery query(db);
    if (run(query, copy))
        return;
    if (!run(query, QStringLiteral("SELECT max(rowid) FROM damaged.%1").arg(table)) ||
        !query.next())
        return; // WITHOUT ROWID or unreadable: what the bulk copy managed is kept
    const qint64 last = query.value(0).toLongLong();
    QList<QPair<qint64, qint64>> ranges{{1, last}};
    while (!ranges.isEmpty()) {
        const auto [from, to] = ranges.takeFirst();
        const QString sql =
            copy + QStringLiteral(" WHERE rowid BETWEEN %1 AND %2").arg(from).arg(to);
        if (run(query, sql) || from == to)
            continue;
        const qint64 middle = from + (to - from) / 2;
        ranges.prepend({middle + 1, to});
        ranges.prepend({from, middle});
    }
}

// A link whose other side was lost: an article that came through while its photos' or
// sections' rows did not is marked changed (no version hash), so that the next refresh writes
// it again with its links, and fetches its photos; unchanged, it never would. The dangling
// links go, and so do those of articles lost: a returning article gets a new id, which a stale
// link could otherwise name.
void unlinkWhatWasLost(QSqlDatabase db)
{
    QSqlQuery query(db);
    run(query,
        QStringLiteral("UPDATE articles SET content_hash = '' WHERE id IN ("
                       "SELECT ai.article_id FROM article_images ai WHERE NOT EXISTS "
                       "(SELECT 1 FROM images i WHERE i.key = ai.image_key) "
                       "UNION SELECT ac.article_id FROM article_categories ac WHERE NOT EXISTS "
                       "(SELECT 1 FROM categories c WHERE c.id = ac.category_id)) "
                       "OR (first_image != '' AND NOT EXISTS "
                       "(SELECT 1 FROM article_images ai WHERE ai.article_id = articles.id))"));
    run(query, QStringLiteral("DELETE FROM article_images WHERE NOT EXISTS "
                              "(SELECT 1 FROM images i WHERE i.key = article_images.image_key) "
                              "OR NOT EXISTS (SELECT 1 FROM articles a "
                              "WHERE a.id = article_images.article_id)"));
    run(query,
        QStringLiteral("DELETE FROM article_categories WHERE NOT EXISTS "
                       "(SELECT 1 FROM categories c WHERE c.id = article_categories.category_id) "
                       "OR NOT EXISTS (SELECT 1 FROM articles a "
                       "WHERE a.id = article_categories.article_id)"));
}

QString damagedName(const QString &path)
{
    return path + QStringLiteral(".damaged-") +
           QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"));
}

} // namespace

QString RepairOutcome::sentence() const
{
    if (!damaged)
        return {};
    if (!rebuilt)
        return QCoreApplication::translate("StoreRepair",
                                           "The article store is damaged and could not be "
                                           "rebuilt: %1")
            .arg(error);
    return QCoreApplication::translate("StoreRepair",
                                       "The article store was damaged; it was rebuilt with the "
                                       "%n article(s) that could be read, and the damaged file "
                                       "was kept as %1.",
                                       nullptr, articlesKept)
        .arg(damagedCopy);
}

RepairOutcome StoreRepair::checkAndRepair(Database &db, const QString &path, bool force)
{
    RepairOutcome outcome;
    if (db.isReadOnly())
        return outcome; // nothing could be rebuilt there
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QVariant last = db.meta(kLastCheck);
    if (!force && last.isValid() && now.toSecsSinceEpoch() - last.toLongLong() < kCheckIntervalSecs)
        return outcome;
    QString report;
    if (db.quickCheck(&report)) {
        db.setMeta(kLastCheck, now.toSecsSinceEpoch());
        return outcome;
    }
    qCInfo(lcStore) << "store damaged:" << report.left(500);
    return rebuild(db, path);
}

RepairOutcome StoreRepair::rebuild(Database &db, const QString &path)
{
    RepairOutcome outcome;
    outcome.damaged = true;
    db.close();
    outcome.damagedCopy = damagedName(path);
    // The write-ahead log belongs to the damaged file: it goes with it, under the name SQLite
    // pairs it with.
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        if (QFile::exists(path + suffix) &&
            !QFile::rename(path + suffix, outcome.damagedCopy + suffix) && suffix.isEmpty()) {
            outcome.error =
                QCoreApplication::translate("StoreRepair", "cannot rename %1.").arg(path);
            return outcome;
        }
    }
    if (!db.open(path, &outcome.error))
        return outcome;
    QSqlDatabase connection = db.connection();
    QSqlQuery query(connection);
    query.prepare(QStringLiteral("ATTACH DATABASE ? AS damaged"));
    query.addBindValue(outcome.damagedCopy);
    if (query.exec()) {
        run(query, QStringLiteral("PRAGMA foreign_keys=OFF"));
        for (const char *table : kTables)
            copyTable(connection, QString::fromLatin1(table));
        unlinkWhatWasLost(connection);
        run(query, QStringLiteral("PRAGMA foreign_keys=ON"));
        run(query, QStringLiteral("DETACH DATABASE damaged"));
    }
    // Rows lost with the damage come back with the next full download of each feed: no
    // validator may let the server answer 304 to it.
    run(query, QStringLiteral("UPDATE feeds SET etag = '', last_modified = ''"));
    // The search index is derived: built again from the rows that came through. Without it
    // they would not be found, and their next update or deletion would corrupt the index.
    SearchIndex index(connection);
    Transaction indexing(connection);
    if (!index.rebuild() || !indexing.commit()) {
        outcome.error =
            index.lastError().isEmpty() ? connection.lastError().text() : index.lastError();
        return outcome;
    }
    if (run(query, QStringLiteral("SELECT count(*) FROM articles")) && query.next())
        outcome.articlesKept = query.value(0).toInt();
    db.setMeta(kLastCheck, QDateTime::currentSecsSinceEpoch());
    outcome.rebuilt = true;
    qCInfo(lcStore) << "store rebuilt with" << outcome.articlesKept << "articles; damaged copy"
                    << outcome.damagedCopy;
    return outcome;
}

} // namespace ichq
