#pragma once

#include "NetworkStatus.h"
#include "common/DataPaths.h"
#include "common/Settings.h"
#include "store/Database.h"
#include "store/ImageCache.h"
#include "ui/ReaderContext.h"

#include <QApplication>
#include <QTemporaryDir>
#include <QTest>

namespace ichq::test {

// A store, settings and network state of its own in a temporary folder, for one test.
struct ReaderFixture
{
    QTemporaryDir dir;
    DataPaths paths{dir.path()};
    Database database;
    std::unique_ptr<ImageCache> images;
    std::unique_ptr<Settings> settings;
    NetworkStatus network;

    // Opens the store; refreshIntervalMinutes 0 keeps the window from refreshing on its own.
    bool open(int refreshIntervalMinutes = 0);
    ui::ReaderContext context();
    // Stores makeArticles(first, count) as one feed; false on failure.
    bool storeArticles(int first, int count);
};

// Saves a widget's picture under ICHQ_SCREENSHOT_DIR; the path, or empty on failure.
QString saveScreenshot(QWidget *widget, const QString &name);

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
} // namespace ichq::test
