#include "UiTestSupport.h"

#include "ui/ConsentController.h"
#include "ui/ConsentDialog.h"
#include "ui/MainWindow.h"
#include "ui/MessageController.h"
#include "ui/MessageDialog.h"
#include "ui/ReaderApp.h"
#include "ui/SettingsController.h"
#include "ui/SettingsDialog.h"

#include <QCheckBox>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTimer>

using namespace ichq;
using ichq::ui::MainWindow;

namespace {

MainWindow *visibleWindowAskingConsent()
{
    for (QWidget *widget : QApplication::topLevelWidgets()) {
        auto *window = qobject_cast<MainWindow *>(widget);
        if (window && window->isVisible() && window->consent()->pendingDialog())
            return window;
    }
    return nullptr;
}

// Answers the confirmation the way a user who means it does: the destructive button.
void confirmWhenAsked()
{
    QTimer::singleShot(0, qApp, [] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box) {
            confirmWhenAsked();
            return;
        }
        for (QAbstractButton *button : box->buttons()) {
            if (box->buttonRole(button) == QMessageBox::DestructiveRole)
                button->click();
        }
    });
}

} // namespace

class TestDeleteMyData : public QObject
{
    Q_OBJECT

private slots:
    void returnsToFirstRun();
};

// The whole path through runReaderApp: agree to cookies, queue a message, Settings > Delete My
// Data > confirm; the window comes back empty and asks about cookies again.
void TestDeleteMyData::returnsToFirstRun()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const DataPaths paths(dir.path());
    {
        QVERIFY(paths.ensureExists());
        Settings settings(paths);
        settings.setRefreshIntervalMinutes(0); // never the real site from a test
        settings.setContactEndpoint(QUrl(QStringLiteral("http://127.0.0.1:9/contact")));
        settings.sync();
    }
    int phase = 0;
    bool secondAsked = false;
    bool filesGoneWhileRunning = false;
    QTimer driver;
    driver.setInterval(50);
    connect(&driver, &QTimer::timeout, this, [&] {
        MainWindow *window = visibleWindowAskingConsent();
        if (!window || phase == 1 || phase == 3)
            return;
        if (phase == 0) {
            phase = 1; // busy: the confirmation runs a nested event loop
            window->consent()->pendingDialog()->agreeButton()->click();
            ui::MessageDialog *form = window->messages()->showMessageDialog();
            form->nameEdit()->setText(QStringLiteral("Li Wei"));
            form->emailEdit()->setText(QStringLiteral("li@example.com"));
            form->messageEdit()->setPlainText(QStringLiteral("Please delete this later."));
            form->consentBox()->setChecked(true);
            form->sendButton()->click();
            ui::SettingsDialog *settings = window->settingsController()->showSettings();
            confirmWhenAsked();
            settings->deleteButton()->click();
            phase = 2;
            return;
        }
        // phase 2: the window of the second start
        secondAsked = true;
        filesGoneWhileRunning =
            !QFile::exists(paths.cookieFile()) && QDir(paths.imageDir()).isEmpty();
        phase = 3;
        window->close();
    });
    driver.start();
    ui::ReaderOptions options;
    options.dataDir = dir.path();
    options.offline = true;
    QCOMPARE(ui::runReaderApp(*qApp, options), 0);
    driver.stop();
    QCOMPARE(phase, 3);
    QVERIFY(secondAsked);
    QVERIFY(filesGoneWhileRunning);
    Settings settings(paths);
    QVERIFY(ConsentState(settings).needsAsking());
    QCOMPARE(settings.refreshIntervalMinutes(), 30); // the default again
    Outbox outbox(paths.outboxFile());
    QVERIFY(outbox.open());
    QVERIFY(outbox.all().isEmpty());
}

ICHQ_UI_TEST_MAIN(TestDeleteMyData)

#include "tst_deletemydata.moc"
