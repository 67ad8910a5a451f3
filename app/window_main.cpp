// The reader window's entry point, in a module of its own so that the command-line verbs never
// load Qt Widgets or Qt WebEngine (main.cpp loads this only when the window is wanted).
#include "cli/AppCommandLine.h"
#include "cli/Console.h"
#include "common/Language.h"
#include "ui/ReaderApp.h"
#include "web/ArticleView.h"

#include <QApplication>
#include <QCommandLineParser>

extern "C" Q_DECL_EXPORT int ichqRunWindow(int argc, char **argv)
{
    ichq::web::registerSchemes();
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts); // Qt WebEngine asks for it
    QApplication app(argc, argv);
    ichq::cli::describeApp();
    // Until the settings are open (runReaderApp), --lang or the system's language: the parser's
    // own messages need one now. The window then follows the remembered choice.
    ichq::Language language;
    const QString forced = ichq::cli::languageArgument(app.arguments());
    language.apply(ichq::Language::choose(forced, {}));

    ichq::cli::AppOptions o;
    QCommandLineParser parser;
    ichq::cli::setUpParser(parser, o);
    parser.process(app);
    if (parser.isSet(o.lang) && ichq::Language::normalized(parser.value(o.lang)).isEmpty()) {
        ichq::cli::printErr(ichq::cli::AppOptions::tr("--lang takes zh or en."));
        return 2;
    }
    return ichq::ui::runReaderApp(
        app, {parser.value(o.dataDir), parser.isSet(o.offline), &language, parser.value(o.lang)});
}
