#include "SettingsController.h"

#include "common/AppInfo.h"
#include "outbox/MessageSender.h"

#include "ConsentController.h"
#include "RefreshController.h"
#include "SettingsDialog.h"
#include "StorageSettings.h"
#include "common/Settings.h"
#include "store/StoreCleaner.h"
#include "store/StoreStats.h"

#include <QAction>
#include <QCheckBox>
#include <QMessageBox>
#include <QPushButton>

namespace ichq::ui {

SettingsController::SettingsController(const ReaderContext &context, QWidget *window,
                                       QAction *openAction, QAction *notifyAction,
                                       ConsentController *consent, RefreshController *refresh)
    : QObject(window), m_context(context), m_window(window), m_notify(notifyAction),
      m_consent(consent), m_refresh(refresh)
{
    connect(openAction, &QAction::triggered, this, &SettingsController::showSettings);
}

SettingsDialog *SettingsController::showSettings()
{
    if (!m_dialog) {
        m_dialog =
            new SettingsDialog(m_context.settings, m_context.consent, m_context.paths, m_window);
        m_dialog->setAttribute(Qt::WA_DeleteOnClose);
        m_dialog->setNotifyAvailable(m_notify->isEnabled());
        connect(m_dialog, &SettingsDialog::intervalChanged, this, &SettingsController::setInterval);
        connect(m_dialog, &SettingsDialog::notifyChanged, m_notify, &QAction::setChecked);
        // Read by the next refresh.
        connect(m_dialog, &SettingsDialog::wholeArticlesChanged, this,
                [this](WholeArticles mode) { m_context.settings.setWholeArticles(mode); });
        connect(m_dialog, &SettingsDialog::englishFeedChanged, this,
                [this](const QUrl &feed) { setEditionFeed(QStringLiteral("en"), feed); });
        connect(m_dialog, &SettingsDialog::chineseFeedChanged, this,
                [this](const QUrl &feed) { setEditionFeed(QStringLiteral("zh"), feed); });
        connect(m_dialog, &SettingsDialog::messageAddressChanged, this,
                &SettingsController::setMessageAddress);
        connect(m_notify, &QAction::toggled, m_dialog->notifyBox(), &QCheckBox::setChecked);
        connect(m_dialog, &SettingsDialog::cookieChoiceChanged, m_consent,
                &ConsentController::setChoice);
        connect(m_consent, &ConsentController::choiceChanged, m_dialog,
                &SettingsDialog::refreshConsent);
        connect(m_dialog, &SettingsDialog::privacyRequested, this,
                [this] { m_consent->showPrivacy(m_dialog); });
        connect(m_dialog, &SettingsDialog::deleteDataRequested, this,
                &SettingsController::confirmErase);
        connectStorage(m_dialog->storage());
    }
    m_dialog->show();
    m_dialog->raise();
    m_dialog->activateWindow();
    return m_dialog;
}

// The figures are read in this thread's connection: a few counts, cheap even for a large store.
void SettingsController::connectStorage(StorageSettings *storage)
{
    const auto showStats = [this, storage] {
        StoreStats stats;
        if (readStoreStats(m_context.database, &stats))
            storage->setStats(stats);
    };
    showStats();
    connect(storage, &StorageSettings::cleanupRequested, this, [this, storage] {
        if (m_refresh->cleanUpNow())
            storage->setCleanupRunning(true);
        else
            storage->showCleanupResult(
                tr("A refresh is running; clean up again when it has finished."));
    });
    connect(m_refresh, &RefreshController::cleanedUp, storage,
            [storage, showStats](const CleanupReport &report) {
                storage->showCleanupResult(report.summaryLine());
                showStats();
            });
    // A refresh cleans up too: the figures follow.
    connect(m_refresh, &RefreshController::refreshFinished, storage, showStats);
}

void SettingsController::setInterval(int minutes)
{
    m_context.settings.setRefreshIntervalMinutes(minutes);
    m_refresh->setIntervalMinutes(minutes);
}

// Empty: the edition's built-in feeds (none in Chinese). The window's edition reads Settings
// again, so the next refresh asks the new feed.
void SettingsController::setEditionFeed(const QString &language, const QUrl &feed)
{
    m_context.settings.setFeedsFor(language, feed.isEmpty() ? QList<QUrl>{} : QList<QUrl>{feed});
    emit feedsChanged();
}

// Empty: the site's own address again. The sender uses the new one from its next attempt.
void SettingsController::setMessageAddress(const QUrl &endpoint)
{
    const QUrl address = endpoint.isEmpty() ? QUrl(defaultContactEndpoint()) : endpoint;
    m_context.settings.setContactEndpoint(address);
    m_context.sender.setEndpoint(address);
}

void SettingsController::confirmErase()
{
    QWidget *parent = m_dialog ? static_cast<QWidget *>(m_dialog) : m_window;
    QMessageBox box(QMessageBox::Warning, tr("Delete My Data"),
                    tr("Delete everything iChongqing Reader has stored on this computer?"),
                    QMessageBox::NoButton, parent);
    box.setInformativeText(tr("Articles, images, settings, cookies and every message in the "
                              "outbox, including unsent ones, are deleted; other files in its "
                              "data folder are left as they are. The reader then starts again "
                              "as on its first start. This cannot be undone."));
    QPushButton *erase = box.addButton(tr("Delete Everything"), QMessageBox::DestructiveRole);
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    if (box.clickedButton() == erase)
        emit eraseRequested();
}

SettingsDialog *SettingsController::dialog() const
{
    return m_dialog;
}

} // namespace ichq::ui
