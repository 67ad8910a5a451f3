// Command line and wiring; the work is done in cli/ and core/.
#include "cli/CliCommands.h"
#include "cli/Console.h"
#include "common/AppInfo.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace {

struct Options
{
    Q_DECLARE_TR_FUNCTIONS(Cli)

public:
    QCommandLineOption refresh{
        QStringLiteral("refresh"),
        tr("Fetch the feeds, store new articles and their images, print a summary.")};
    QCommandLineOption feed{QStringLiteral("feed"),
                            tr("Feed to refresh (repeatable; default: the iChongqing feed)."),
                            tr("URL")};
    QCommandLineOption noImages{QStringLiteral("no-images"), tr("Do not download images.")};
    QCommandLineOption dataDir{QStringLiteral("data-dir"),
                               tr("Keep everything in DIR (default: $ICHQ_DATA_DIR, else the "
                                  "user's application data folder)."),
                               tr("DIR")};
    QCommandLineOption parse{QStringLiteral("parse"),
                             tr("Parse a feed file or URL and print it as JSON."),
                             tr("FILE_OR_URL")};
    QCommandLineOption baseUrl{QStringLiteral("base-url"),
                               tr("Resolve relative links of --parse against URL."), tr("URL")};
    QCommandLineOption list{QStringLiteral("list"), tr("List stored articles, newest first.")};
    QCommandLineOption search{QStringLiteral("search"),
                              tr("List stored articles containing QUERY (any language)."),
                              tr("QUERY")};
    QCommandLineOption json{QStringLiteral("json"), tr("Print --list or --search as JSON.")};
    QCommandLineOption section{QStringLiteral("section"), tr("Only articles of section NAME."),
                               tr("NAME")};
    QCommandLineOption limit{QStringLiteral("limit"), tr("At most N articles (default 50)."),
                             tr("N"), QStringLiteral("50")};
};

// Messages follow the system's language until the in-app toggle exists: any Chinese locale
// gives Simplified Chinese, everything else English. Qt's own strings (--help) follow too.
void installTranslators(QCoreApplication &app, QTranslator &ours, QTranslator &qts)
{
    const QLocale chosen = QLocale::system().language() == QLocale::Chinese
                               ? QLocale(QLocale::Chinese, QLocale::China)
                               : QLocale(QLocale::English);
    if (ours.load(chosen, QStringLiteral("ichongqing-reader"), QStringLiteral("_"),
                  QStringLiteral(":/i18n")))
        app.installTranslator(&ours);
    if (qts.load(chosen, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        app.installTranslator(&qts);
}

QList<QUrl> feedUrls(const QStringList &values)
{
    QList<QUrl> urls;
    for (const QString &value : values)
        urls << QUrl::fromUserInput(value);
    return urls;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(ichq::appExecutable());
    QCoreApplication::setApplicationVersion(ichq::appVersion());
    QCoreApplication::setOrganizationName(QStringLiteral("iChongqing"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("ichongqing.info"));

    QTranslator translator;
    QTranslator qtTranslator;
    installTranslators(app, translator, qtTranslator);

    Options o;
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Options::tr("%1 — the iChongqing news reader.").arg(ichq::appName()));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOptions({o.refresh, o.feed, o.noImages, o.dataDir, o.parse, o.baseUrl, o.list,
                       o.search, o.json, o.section, o.limit});
    parser.process(app);

    const QString dataDir = parser.value(o.dataDir);
    if (parser.isSet(o.parse))
        return ichq::cli::runParse(parser.value(o.parse), QUrl(parser.value(o.baseUrl)));
    if (parser.isSet(o.refresh))
        return ichq::cli::runRefresh(
            {dataDir, feedUrls(parser.values(o.feed)), !parser.isSet(o.noImages)});
    if (parser.isSet(o.list) || parser.isSet(o.search)) {
        bool ok = false;
        const int limit = parser.value(o.limit).toInt(&ok);
        if (!ok || limit <= 0) {
            ichq::cli::printErr(Options::tr("--limit takes a positive number."));
            return 2;
        }
        return ichq::cli::runList({dataDir, parser.value(o.section), parser.value(o.search), limit,
                                   parser.isSet(o.json)});
    }
    parser.showHelp(0);
}
