#include "AppCommandLine.h"

#include "common/AppInfo.h"

#include <QCommandLineParser>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace ichq::cli {

void describeApp()
{
    QCoreApplication::setApplicationName(appExecutable());
    QCoreApplication::setApplicationVersion(appVersion());
    QCoreApplication::setOrganizationName(QStringLiteral("iChongqing"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("ichongqing.info"));
}

void setUpParser(QCommandLineParser &parser, const AppOptions &o)
{
    parser.setApplicationDescription(
        AppOptions::tr("%1 — the iChongqing news reader.").arg(appName()));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOptions({o.refresh, o.feed, o.noImages, o.dataDir, o.parse, o.baseUrl, o.list,
                       o.search, o.json, o.section, o.limit, o.offline});
}

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

} // namespace ichq::cli
