#include "AppCommandLine.h"
#include "ArticleJson.h"
#include "CliCommands.h"
#include "Console.h"

#include "common/DataPaths.h"
#include "common/Settings.h"
#include "store/ArticleQueries.h"
#include "store/Database.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

namespace ichq::cli {

namespace {

QString textLine(const ArticleSummary &article)
{
    const QString date =
        article.published.isValid()
            ? article.published.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm"))
            : QStringLiteral("----------------");
    QString line = date + QStringLiteral("  ") + article.title;
    if (!article.categories.isEmpty())
        line += QStringLiteral("  [") + article.categories.join(QStringLiteral(", ")) +
                QLatin1Char(']');
    return line;
}

} // namespace

bool openStoredArticles(const DataPaths &paths, Database &db)
{
    if (!QFileInfo::exists(paths.databaseFile())) {
        printErr(
            QCoreApplication::translate("Cli", "Nothing stored yet in %1. Run --refresh first.")
                .arg(paths.root()));
        return false;
    }
    QString error;
    if (!db.open(paths.databaseFile(), &error)) {
        printErr(error);
        return false;
    }
    return true;
}

int runList(const ListArgs &args)
{
    const DataPaths paths = DataPaths::resolve(args.dataDir);
    Database db;
    if (!openStoredArticles(paths, db))
        return 1;
    ArticleFilter filter;
    filter.section = args.section;
    filter.search = args.search;
    filter.limit = args.limit > 0 ? args.limit : 50;
    // The articles the reader shows in the language in effect.
    const Settings settings(paths);
    filter.feeds = settings.shownFeedsFor(languageInEffect(settings));
    const QList<ArticleSummary> rows = ArticleQueries(db).list(filter);
    if (args.json) {
        QJsonArray array;
        for (const ArticleSummary &row : rows)
            array.append(articleSummaryToJson(row));
        printOutRaw(QJsonDocument(array).toJson(QJsonDocument::Indented));
        return 0;
    }
    for (const ArticleSummary &row : rows)
        printOut(textLine(row));
    return 0;
}

} // namespace ichq::cli
