#pragma once

#include "common/Language.h"
#include "ui/ReaderApp.h"

#include "NetworkStatus.h"
#include "common/DataPaths.h"
#include "common/Settings.h"
#include "outbox/MessageSender.h"
#include "outbox/Outbox.h"
#include "privacy/ConsentState.h"
#include "privacy/CookieJar.h"
#include "store/Database.h"
#include "store/ImageCache.h"
#include "ui/MainWindow.h"
#include "ui/ReaderContext.h"

#include <QApplication>
#include <QNetworkAccessManager>
#include <QTemporaryDir>
#include <QTest>

namespace ichq::ui {
class MessageDialog;
}

namespace ichq::test {

// A store, settings, network state, consent, outbox and sender of their own in a temporary
// folder, for one test. The sender posts to a closed local port, never to the site.
struct ReaderFixture
{
    ~ReaderFixture();

    QTemporaryDir dir;
    DataPaths paths{dir.path()};
    Database database;
    std::unique_ptr<ImageCache> images;
    std::unique_ptr<Settings> settings;
    NetworkStatus network;
    std::unique_ptr<ConsentState> consent;
    std::unique_ptr<Outbox> outbox;
    std::unique_ptr<QNetworkAccessManager> manager;
    CookieJar *cookies = nullptr; // owned by manager
    std::unique_ptr<MessageSender> sender;

    // Opens the store; refreshIntervalMinutes 0 keeps the window from refreshing on its own.
    // Cookies are declined already unless askConsent: then the window asks, as on a first start.
    bool open(int refreshIntervalMinutes = 0, bool askConsent = false);
    ui::ReaderContext context();
    // Stores makeArticles(first, count) as one feed; false on failure.
    bool storeArticles(int first, int count);
};

// Saves a widget's picture under ICHQ_SCREENSHOT_DIR; the path, or empty on failure.
QString saveScreenshot(QWidget *widget, const QString &name);

// Types a message the form accepts (Li Wei, about metro line 27) and gives consent.
void fillValidMessage(ui::MessageDialog &dialog);

} // namespace ichq::test

// Like QTEST_MAIN, but the ichq: scheme is registered before the QApplication exists.
#define ICHQ_UI_TEST_MAIN(TestObject)                                                              \
    int main(int argc, char **argv)                                                                \
    {                                                                                              \
        ichq::test::prepareUiTestEnvironment();                                                    \
        QApplication app(argc, argv);                                                              \
        ichq::test::prepareUiTestApplication();                                                    \
        TestObject test;                                                                           \
        return QTest::qExec(&test, argc, argv);                                                    \
    }

namespace ichq::test {
void prepareUiTestEnvironment(); // before QApplication
void prepareUiTestApplication(); // after
// Shows the window, makes it active (shortcuts need that) and waits for the article engine.
bool showWindowReady(ichq::ui::MainWindow &window);
// Applies the language and lets the posted LanguageChange events arrive; true when it is on.
bool switchLanguage(ichq::Language &language, const QString &code);

#ifdef ICHQ_QM_DIR
// The reader as main.cpp runs it with --data-dir DIR (and --offline), in this process; returns
// its exit code once a test closes the window.
inline int runReaderAppOffline(const QString &dataDir, bool offline = true)
{
    ichq::Language language(QStringLiteral(ICHQ_QM_DIR));
    ichq::ui::ReaderOptions options;
    options.dataDir = dataDir;
    options.offline = offline;
    options.language = &language;
    return ichq::ui::runReaderApp(*qApp, options);
}
#endif
} // namespace ichq::test
