#pragma once

#include <QCommandLineOption>
#include <QCoreApplication>

class QCommandLineParser;

namespace ichq {
class Settings;
}

// The options of ichongqing-reader, shared by the command-line verbs (main.cpp) and the reader
// window (window_main.cpp), so --help lists them all whichever part parses them.
namespace ichq::cli {

struct AppOptions
{
    Q_DECLARE_TR_FUNCTIONS(Cli)

public:
    QCommandLineOption refresh{
        QStringLiteral("refresh"),
        tr("Fetch the feeds, store new articles and their images, print a summary.")};
    QCommandLineOption feed{QStringLiteral("feed"),
                            tr("Feed to refresh (repeatable; default: the iChongqing edition of "
                               "the language in use, see --lang)."),
                            tr("URL")};
    QCommandLineOption noImages{QStringLiteral("no-images"), tr("Do not download images.")};
    QCommandLineOption wholeArticles{
        QStringLiteral("whole-articles"),
        tr("With --refresh: download each article's page for the whole story: always, auto "
           "(only when the feed carries summaries) or never (default: as set in the reader)."),
        tr("WHEN")};
    QCommandLineOption show{QStringLiteral("show"), tr("Print one stored article."), tr("ID")};
    QCommandLineOption cleanup{
        QStringLiteral("cleanup"),
        tr("Delete the articles older than the reader keeps them (starred ones stay) with their "
           "photos, keep the photos under their limit, and give the space back.")};
    QCommandLineOption keepDays{QStringLiteral("keep-days"),
                                tr("With --cleanup: keep the articles of the last N days "
                                   "(default: as set in the reader)."),
                                tr("N")};
    QCommandLineOption stats{QStringLiteral("stats"),
                             tr("Print how many articles and photos are stored, and their size.")};
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
    QCommandLineOption json{QStringLiteral("json"),
                            tr("Print --list, --search, --show or --stats as JSON.")};
    QCommandLineOption section{QStringLiteral("section"), tr("Only articles of section NAME."),
                               tr("NAME")};
    QCommandLineOption offline{QStringLiteral("offline"),
                               tr("Start the reader without touching the network.")};
    QCommandLineOption limit{QStringLiteral("limit"), tr("At most N articles (default 50)."),
                             tr("N"), QStringLiteral("50")};
    QCommandLineOption lang{QStringLiteral("lang"),
                            tr("Language of the interface and messages: zh or en (default: the "
                               "one chosen in the reader, else the system's)."),
                            tr("LANG")};
};

void describeApp();
void setUpParser(QCommandLineParser &parser, const AppOptions &options);
// The value of --lang (or --lang=…) as given, empty without one. Read before the parser runs:
// the options' own descriptions (--help) are translated when AppOptions is built.
QString languageArgument(const QStringList &arguments);
// The language whose edition --refresh and --list read: --lang, else the one chosen in the
// reader, else the system's ("zh" reads the English edition unless a Chinese one is set).
QString languageInEffect(const ichq::Settings &settings);

} // namespace ichq::cli
