// Command line and wiring. The verbs run here, without a display and without loading any GUI
// library; the reader window lives in a module loaded only when it is wanted, so a --refresh
// from cron pays nothing for Qt WebEngine.
#include "cli/AppCommandLine.h"
#include "cli/CliCommands.h"
#include "cli/Console.h"
#include "common/AppInfo.h"
#include "common/Language.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLibrary>

#ifdef Q_OS_WIN
#include <cstdio>
#include <windows.h>
#endif

#ifdef ICHQ_WINDOW_LINKED
extern "C" int ichqRunWindow(int argc, char **argv);
#endif

namespace {

using ichq::cli::AppOptions;

QList<QUrl> feedUrls(const QStringList &values)
{
    QList<QUrl> urls;
    for (const QString &value : values)
        urls << QUrl::fromUserInput(value);
    return urls;
}

// A command-line verb runs without a display; anything else opens the reader window. Decided
// before any application object exists, because the window needs its URL scheme registered
// first and a command must not need a display.
bool wantsCommandLine(int argc, char *argv[])
{
    static const QStringList verbs{
        QStringLiteral("refresh"), QStringLiteral("parse"), QStringLiteral("list"),
        QStringLiteral("search"),  QStringLiteral("show"),  QStringLiteral("cleanup"),
        QStringLiteral("stats"),   QStringLiteral("help"),  QStringLiteral("help-all"),
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
    ichq::cli::describeApp();
    // Messages follow --lang, else the system's language: any Chinese locale gives Simplified
    // Chinese, everything else English. Qt's own strings (--help) follow too.
    ichq::Language language;
    language.apply(ichq::Language::choose(ichq::cli::languageArgument(app.arguments()), {}));

    AppOptions o;
    QCommandLineParser parser;
    ichq::cli::setUpParser(parser, o);
    parser.process(app);
    if (parser.isSet(o.lang) && ichq::Language::normalized(parser.value(o.lang)).isEmpty()) {
        ichq::cli::printErr(AppOptions::tr("--lang takes zh or en."));
        return 2;
    }

    const QString dataDir = parser.value(o.dataDir);
    if (parser.isSet(o.parse))
        return ichq::cli::runParse(parser.value(o.parse), QUrl(parser.value(o.baseUrl)));
    if (parser.isSet(o.refresh))
        return ichq::cli::runRefresh({dataDir, feedUrls(parser.values(o.feed)),
                                      !parser.isSet(o.noImages), parser.value(o.wholeArticles)});
    if (parser.isSet(o.show))
        return ichq::cli::runShow(dataDir, parser.value(o.show), parser.isSet(o.json));
    if (parser.isSet(o.cleanup))
        return ichq::cli::runCleanup(dataDir, parser.isSet(o.keepDays) ? parser.value(o.keepDays)
                                                                       : QString());
    if (parser.isSet(o.stats))
        return ichq::cli::runStats(dataDir, parser.isSet(o.json));
    bool ok = false;
    const int limit = parser.value(o.limit).toInt(&ok);
    if (!ok || limit <= 0) {
        ichq::cli::printErr(AppOptions::tr("--limit takes a positive number."));
        return 2;
    }
    return ichq::cli::runList(
        {dataDir, parser.value(o.section), parser.value(o.search), limit, parser.isSet(o.json)});
}

#ifdef ICHQ_WINDOW_LINKED
int runWindow(int argc, char *argv[])
{
    return ichqRunWindow(argc, argv);
}
#else
// Where the window module is: beside the executable (build tree) or in the private library
// folder the install rules use.
QString executableDir(const char *argv0)
{
    const QFileInfo self(QStringLiteral("/proc/self/exe"));
    if (self.exists())
        return QFileInfo(self.canonicalFilePath()).absolutePath();
    return QFileInfo(QString::fromLocal8Bit(argv0)).absolutePath();
}

int runWindow(int argc, char *argv[])
{
    const QString dir = executableDir(argv[0]);
    const QString name = QStringLiteral(ICHQ_WINDOW_MODULE);
    QLibrary module(dir + QLatin1Char('/') + name);
    if (!module.load())
        module.setFileName(QDir(dir).filePath(QStringLiteral(ICHQ_WINDOW_MODULE_INSTALL_DIR)) +
                           QLatin1Char('/') + name);
    using RunWindow = int (*)(int, char **);
    const auto run = reinterpret_cast<RunWindow>(module.resolve("ichqRunWindow"));
    if (!run) {
        QCoreApplication app(argc, argv);
        ichq::cli::printErr(AppOptions::tr("The reader window cannot start: %1\n"
                                           "The command-line verbs still work; see --help.")
                                .arg(module.errorString()));
        return 1;
    }
    return run(argc, argv);
}
#endif

// A Windows GUI program has no console: a verb typed in a terminal writes to the terminal it
// was started from. Streams already redirected to a file or a pipe are kept as they are.
void attachToParentConsole()
{
#ifdef Q_OS_WIN
    const auto unconnected = [](DWORD stream) {
        const HANDLE handle = GetStdHandle(stream);
        return handle == nullptr || handle == INVALID_HANDLE_VALUE ||
               GetFileType(handle) == FILE_TYPE_UNKNOWN;
    };
    const bool reopenOut = unconnected(STD_OUTPUT_HANDLE);
    const bool reopenErr = unconnected(STD_ERROR_HANDLE);
    if ((reopenOut || reopenErr) && AttachConsole(ATTACH_PARENT_PROCESS)) {
        std::FILE *stream = nullptr;
        if (reopenOut)
            freopen_s(&stream, "CONOUT$", "w", stdout);
        if (reopenErr)
            freopen_s(&stream, "CONOUT$", "w", stderr);
    }
#endif
}

} // namespace

int main(int argc, char *argv[])
{
    if (!wantsCommandLine(argc, argv))
        return runWindow(argc, argv);
    attachToParentConsole();
    return runCommandLine(argc, argv);
}
