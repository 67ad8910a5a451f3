#include "AppCommandLine.h"

#include "common/AppInfo.h"
#include "common/Language.h"
#include "common/Settings.h"

#include <QCommandLineParser>

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
    parser.addOptions({o.refresh, o.feed, o.noImages, o.wholeArticles, o.dataDir, o.parse,
                       o.baseUrl, o.list, o.search, o.show, o.cleanup, o.keepDays, o.stats, o.json,
                       o.section, o.limit, o.offline, o.lang});
}

QString languageArgument(const QStringList &arguments)
{
    for (int i = 1; i < arguments.size(); ++i) {
        QString arg = arguments.at(i);
        if (arg == u"--")
            break;
        if (!arg.startsWith(QLatin1Char('-')))
            continue;
        while (arg.startsWith(QLatin1Char('-')))
            arg.remove(0, 1);
        if (arg == u"lang")
            return i + 1 < arguments.size() ? arguments.at(i + 1) : QString();
        if (arg.startsWith(QStringLiteral("lang=")))
            return arg.mid(5);
    }
    return {};
}

QString languageInEffect(const Settings &settings)
{
    return Language::choose(languageArgument(QCoreApplication::arguments()), settings.language());
}

} // namespace ichq::cli
