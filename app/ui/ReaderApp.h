#pragma once

#include <QString>

class QApplication;

namespace ichq {
class Language;
}

namespace ichq::ui {

struct ReaderOptions
{
    QString dataDir;              // empty: $ICHQ_DATA_DIR, then the standard location
    bool offline = false;         // --offline: start in Work Offline, touch no network
    Language *language = nullptr; // the app's translators; the window's toggle switches them
    QString forcedLanguage;       // --lang: this run only; else the remembered choice
};

// Opens the store for the UI thread, shows the reader window and runs the event loop.
// Call ichq::web::registerSchemes() before creating `app`. Returns the exit code.
int runReaderApp(QApplication &app, const ReaderOptions &options);

} // namespace ichq::ui
