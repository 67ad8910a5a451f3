#include "ReaderApp.h"

#include "MainWindow.h"
#include "NetworkStatus.h"
#include "ReaderServices.h"
#include "common/AppInfo.h"
#include "common/DataPaths.h"
#include "common/Language.h"
#include "common/Logging.h"
#include "common/Settings.h"
#include "privacy/DataEraser.h"

#include <QApplication>
#include <QIcon>
#include <QMessageBox>

namespace ichq::ui {

namespace {

enum class RunEnd { Quit, EraseAndRestart, Failed };

// One life of the window on one set of services. The services are gone when this returns:
// every database and the settings file are closed, as eraseAllData() needs.
RunEnd runOnce(QApplication &app, const DataPaths &paths, const ReaderOptions &options, int *code)
{
    ReaderServices services(paths);
    QString error;
    if (!services.open(&error)) {
        // Nothing to show without a store: the one place a modal box is the right answer.
        QMessageBox::critical(nullptr, QApplication::applicationDisplayName(), error);
        *code = 1;
        return RunEnd::Failed;
    }
    services.network().setForcedOffline(options.offline);
    if (options.language) {
        // The very first start follows the system, and that choice is kept from then on, so a
        // refresh from cron (whose locale is often C) reads the edition the window shows.
        const QString saved = services.settings().language();
        const QString chosen = Language::choose(options.forcedLanguage, saved);
        options.language->apply(chosen);
        if (saved.isEmpty() && Language::normalized(options.forcedLanguage).isEmpty())
            services.settings().setLanguage(chosen);
    }
    bool erase = false;
    {
        ReaderContext context = services.context();
        context.language = options.language;
        MainWindow window(context);
        window.show();
        *code = app.exec();
        erase = window.isEraseRequested();
    }
    services.settings().sync();
    return erase ? RunEnd::EraseAndRestart : RunEnd::Quit;
}

} // namespace

int runReaderApp(QApplication &app, const ReaderOptions &options)
{
    const auto setDisplayName = [&app] {
        //: The product name in window titles; the Chinese desktop entry says "iChongqing 阅读器".
        app.setApplicationDisplayName(QApplication::translate("ReaderApp", "iChongqing Reader"));
    };
    setDisplayName();
    if (options.language)
        QObject::connect(options.language, &Language::changed, &app, setDisplayName);
    // Wayland compositors match the window to its desktop entry (and so its icon) by this id.
    QGuiApplication::setDesktopFileName(QStringLiteral("info.ichongqing.Reader"));
    if (app.windowIcon().isNull())
        app.setWindowIcon(QIcon(QStringLiteral(":/icons/ichongqing-reader.svg")));
    // Desktops without a platform theme (and the offscreen platform) still get real icons.
    if (QIcon::fallbackThemeName().isEmpty() || QIcon::fallbackThemeName() == u"hicolor")
        QIcon::setFallbackThemeName(QStringLiteral("Adwaita"));

    const DataPaths paths = DataPaths::resolve(options.dataDir);
    int code = 0;
    // "Delete my data" closes the window; the services close with it, the folder is erased and
    // the app starts again exactly as on a first start, consent question included.
    while (runOnce(app, paths, options, &code) == RunEnd::EraseAndRestart) {
        QString error;
        if (!eraseAllData(paths, &error)) {
            qCWarning(lcStartup) << "delete my data failed:" << error;
            QMessageBox::warning(
                nullptr, QApplication::applicationDisplayName(),
                QApplication::translate("ReaderApp", "Some of your data could not be deleted:\n%1")
                    .arg(error));
        }
    }
    return code;
}

} // namespace ichq::ui
