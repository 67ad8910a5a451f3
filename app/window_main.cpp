// The reader window's entry point, in a module of its own so that the command-line verbs never
// load Qt Widgets or Qt WebEngine (main.cpp loads this only when the window is wanted).
#include "cli/AppCommandLine.h"
#include "ui/ReaderApp.h"
#include "web/ArticleView.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QTranslator>

extern "C" Q_DECL_EXPORT int ichqRunWindow(int argc, char **argv)
{
    ichq::web::registerSchemes();
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts); // Qt WebEngine asks for it
    QApplication app(argc, argv);
    ichq::cli::describeApp();
    QTranslator translator;
    QTranslator qtTranslator;
    ichq::cli::installTranslators(app, translator, qtTranslator);

    ichq::cli::AppOptions o;
    QCommandLineParser parser;
    ichq::cli::setUpParser(parser, o);
    parser.process(app);
    return ichq::ui::runReaderApp(app, {parser.value(o.dataDir), parser.isSet(o.offline)});
}
