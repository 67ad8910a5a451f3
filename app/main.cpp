// Command line and wiring; the work is done in cli/, ui/ and core/.
#include "cli/CliCommands.h"
#include "cli/Console.h"
#include "common/AppInfo.h"
#include "ui/ReaderApp.h"
#include "web/ArticleView.h"

#include <QApplication>
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
    QCommandLineOption offline{QStringLiteral("offline"),
                               tr("Start the reader without touching the network.")};
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

void describeApp()
{
    QCoreApplication::setApplicationName(ichq::appExecutable());
    QCoreApplication::setApplicationVersion(ichq::appVersion());
    QCoreApplication::setOrganizationName(QStringLiteral("iChongqing"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("ichongqing.info"));
}

void setUpParser(QCommandLineParser &parser, const Options &o)
{
    parser.setApplicationDescription(
        Options::tr("%1 — the iChongqing news reader.").arg(ichq::appName()));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOptions({o.refresh, o.feed, o.noImages, o.dataDir, o.parse, o.baseUrl, o.list,
                       o.search, o.json, o.section, o.limit, o.offline});
}

// A command-line verb runs without a display; anything else opens the reader window. Decided
// before any application object exists, because the window needs its URL scheme registered
// first and a command must not need a display.
bool wantsCommandLine(int argc, char *argv[])
{
    static const QStringList verbs{
        QStringLiteral("refresh"), QStringLiteral("parse"), QStringLiteral("list"),
        QStringLiteral("search"),  QStringLiteral("help"),  QStringLiteral("help-all"),
        QStringLiteral("version"), QStringLiteral("h"),     QStringLiteral("v")};
    for (int i = 1; i < argc; ++i) {
        QString arg = QString::fromLocal8Bit(argv[i]);
        if (!arg.startsWith(QLatin1Char('-')))
            continue;
        while (arg.startsWith(QLatin1Char('-')))
            arg.remove(0, 1);
        if (verbs.contains(arg.section(QLatin1Char('='), 0, 0)) || arg == QStringLiteral("?"))
            return true;
    }
    return false;
}

int runCommandLine(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    describeApp();
    QTranslator translator;
    QTranslator qtTranslator;
    installTranslators(app, translator, qtTranslator);

    Options o;
    QCommandLineParser parser;
    setUpParser(parser, o);
    parser.process(app);

    const QString dataDir = parser.value(o.dataDir);
    if (parser.isSet(o.parse))
        return ichq::cli::runParse(parser.value(o.parse), QUrl(parser.value(o.baseUrl)));
    if (parser.isSet(o.refresh))
        return ichq::cli::runRefresh(
            {dataDir, feedUrls(parser.values(o.feed)), !parser.isSet(o.noImages)});
    bool ok = false;
    const int limit = parser.value(o.limit).toInt(&ok);
    if (!ok || limit <= 0) {
        ichq::cli::printErr(Options::tr("--limit takes a positive number."));
        return 2;
    }
    return ichq::cli::runList(
        {dataDir, parser.value(o.section), parser.value(o.search), limit, parser.isSet(o.json)});
}

int runWindow(int argc, char *argv[])
{
    ichq::web::registerSchemes();
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts); // Qt WebEngine asks for it
    QApplication app(argc, argv);
    describeApp();
    QApplication::setApplicationDisplayName(ichq::appName());
    QTranslator translator;
    QTranslator qtTranslator;
    installTranslators(app, translator, qtTranslator);

    Options o;
    QCommandLineParser parser;
    setUpParser(parser, o);
    parser.process(app);
    return ichq::ui::runReaderApp(app, {parser.value(o.dataDir), parser.isSet(o.offline)});
}

} // namespace

int main(int argc, char *argv[])
{
    return wantsCommandLine(argc, argv) ? runCommandLine(argc, argv) : runWindow(argc, argv);
}
