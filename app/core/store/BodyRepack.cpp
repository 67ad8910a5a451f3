#include "BodyRepack.h"

#include "Database.h"
#include "StoreTypes.h"
#include "StoredBody.h"
#include "html/HtmlSanitizer.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace ichq {

namespace {

constexpr int kRowsPerTransaction = 200;

bool failed(const QSqlQuery &query, QString *error)
{
    *error = query.lastError().text();
    return false;
}

} // namespace

bool repackArticleTexts(QSqlDatabase db, QString *error)
{
    QSqlQuery rows(db);
    rows.setForwardOnly(true);
    QSqlQuery intoBody(db);
    QSqlQuery intoPage(db);
    if (!rows.prepare(
            QStringLiteral("SELECT id, body_html, page_html, body_text, page_state FROM articles "
                           "WHERE id > ? AND body_text != '' ORDER BY id LIMIT ?")) ||
        !intoBody.prepare(
            QStringLiteral("UPDATE articles SET body_html = ?, body_text = '' WHERE id = ?")) ||
        !intoPage.prepare(
            QStringLiteral("UPDATE articles SET page_html = ?, body_text = '' WHERE id = ?")))
        return failed(rows, error);
    qint64 after = 0;
    for (;;) {
        // Immediate: the rows are read before they are written.
        Transaction transaction(db, Transaction::Lock::Immediate);
        rows.addBindValue(after);
        rows.addBindValue(kRowsPerTransaction);
        if (!rows.exec())
            return failed(rows, error);
        struct Moved
        {
            qint64 id;
            bool page;
            QVariant body;
        };
        QList<Moved> moved;
        while (rows.next()) {
            const QVariant page = rows.value(2);
            const bool hasPage = sql::holdsBody(page);
            const QString html = sql::htmlFrom(hasPage ? page : rows.value(1));
            // body_text held the page's text, except after a changed feed entry and until the
            // page was fetched again: then the feed's. The page's is made again from it.
            const bool fresh = !hasPage || PageState(rows.value(4).toInt()) == PageState::Fetched;
            const QString text =
                fresh ? rows.value(3).toString() : HtmlSanitizer::toPlainText(html);
            moved.append({rows.value(0).toLongLong(), hasPage, sql::body(html, text)});
        }
        rows.finish();
        if (moved.isEmpty())
            return true;
        for (const Moved &row : std::as_const(moved)) {
            QSqlQuery &update = row.page ? intoPage : intoBody;
            update.addBindValue(row.body);
            update.addBindValue(row.id);
            if (!update.exec())
                return failed(update, error);
        }
        if (!transaction.commit()) {
            *error = db.lastError().text();
            return false;
        }
        after = moved.last().id;
    }
}

} // namespace ichq
