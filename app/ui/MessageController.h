#pragma once

#include "ReaderContext.h"

#include <QObject>
#include <QPointer>

class QMainWindow;

namespace ichq::ui {

class MessageDialog;
class MessageNotice;
class OutboxWindow;
class ReaderActions;

// "Leave a message" and the outbox: opens the form and the outbox window, and runs the sender
// on the UI thread: due messages go out after the consent question was answered, and again
// whenever the network comes back. Says in the status bar what became of each message, and how
// many wait.
class MessageController : public QObject
{
    Q_OBJECT
public:
    MessageController(const ReaderContext &context, QMainWindow *window, ReaderActions *actions);

    void start(); // after consent: online state follows NetworkStatus, due messages go out
    bool isStarted() const { return m_started; }

    MessageDialog *showMessageDialog();
    OutboxWindow *showOutbox();
    MessageDialog *messageDialog() const;
    OutboxWindow *outboxWindow() const;
    MessageNotice *notice() const { return m_notice; }

private:
    void onQueued();
    void connectSender();
    QString describe(const QString &id) const; // "your message “Subject”"
    void updateWaiting();

    ReaderContext m_context;
    QMainWindow *m_window;
    QPointer<MessageDialog> m_dialog;
    QPointer<OutboxWindow> m_outbox;
    MessageNotice *m_notice;
    bool m_started = false;
};

} // namespace ichq::ui
