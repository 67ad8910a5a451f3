#pragma once

#include "ReaderContext.h"

#include <QObject>
#include <QPointer>

class QAction;

namespace ichq::ui {

class ConsentController;
class RefreshController;
class SettingsDialog;
class StorageSettings;

// Opens Settings and carries out what is changed there at once: the refresh interval, the
// notification switch (through its action, so the menu agrees), each edition's feed, the
// cookie choice, and "Delete my data" after a confirmation.
class SettingsController : public QObject
{
    Q_OBJECT
public:
    SettingsController(const ReaderContext &context, QWidget *window, QAction *openAction,
                       QAction *notifyAction, ConsentController *consent,
                       RefreshController *refresh);

    SettingsDialog *showSettings(); // the one way Settings opens, from the menu or elsewhere
    SettingsDialog *dialog() const;

signals:
    // The user confirmed "Delete my data": the window closes and the app starts afresh.
    void eraseRequested();
    void feedsChanged(); // stored in Settings already

private:
    void setInterval(int minutes);
    void setEditionFeed(const QString &language, const QUrl &feed);
    void setMessageAddress(const QUrl &endpoint);
    void confirmErase();
    void connectStorage(StorageSettings *storage);

    ReaderContext m_context;
    QWidget *m_window;
    QAction *m_notify;
    ConsentController *m_consent;
    RefreshController *m_refresh;
    QPointer<SettingsDialog> m_dialog;
};

} // namespace ichq::ui
