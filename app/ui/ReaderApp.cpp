#include "ReaderApp.h"

#include "MainWindow.h"
#include "NetworkStatus.h"
#include "common/AppInfo.h"
#include "common/DataPaths.h"
#include "common/Settings.h"
#include "store/Database.h"
#include "store/ImageCache.h"

#include <QApplication>
#include <QIcon>
#include <QMessageBox>

namespace ichq::ui {

int runReaderApp(QApplication &app, const ReaderOptions &options)
{
    app.setApplicationDisplayName(appName());
    if (app.windowIcon().isNull())
        app.setWindowIcon(QIcon(QStringLiteral(":/icons/ichongqing-reader.svg")));
    // Desktops without a platform theme (and the offscreen platform) still get real icons.
    if (QIcon::fallbackThemeName().isEmpty() || QIcon::fallbackThemeName() == u"hicolor")
        QIcon::setFallbackThemeName(QStringLiteral("Adwaita"));

    const DataPaths paths = DataPaths::resolve(options.dataDir);
    QString error;
    Database database;
    if (!paths.ensureExists(&error) || !database.open(paths.databaseFile(), &error)) {
        // Nothing to show without a store: the one place a modal box is the right answer.
        QMessageBox::critical(
            nullptr, appName(),
            QApplication::translate("ReaderApp", "The article store could not be opened:\n%1")
                .arg(error));
        return 1;
    }
    ImageCache images(database, paths.imageDir());
    Settings settings(paths);
    NetworkStatus network;
    network.setForcedOffline(options.offline);

    int code = 0;
    {
        MainWindow window(ReaderContext{database, images, settings, network, paths});
        window.show();
        code = app.exec();
    }
    settings.sync();
    return code;
}

} // namespace ichq::ui
