#include "MessageController.h"

#include "MessageDialog.h"
#include "NetworkStatus.h"
#include "OutboxWindow.h"
#include "ReaderActions.h"
#include "outbox/MessageSender.h"

#include <QAction>
#include <QMainWindow>
#include <QStatusBar>

namespace ichq::ui {

namespace {
constexpr int kStatusMessageMs = 8000;
}

MessageController::MessageController(const ReaderContext &context, QMainWindow *window,
                                     ReaderActions *actions)
    : QObject(window), m_context(context), m_window(window)
{
    connect(actions->leaveMessage, &QAction::triggered, this,
            &MessageController::showMessageDialog);
    connect(actions->outbox, &QAction::triggered, this, &MessageController::showOutbox);
}

void MessageController::start()
{
    if (m_started)
        return;
    m_started = true;
    MessageSender &sender = m_context.sender;
    connect(&m_context.network, &NetworkStatus::onlineChanged, &sender, &MessageSender::setOnline);
    // Going online sends what is due; already online, ask for it explicitly.
    sender.setOnline(m_context.network.isOnline());
    sender.sendDue();
}

// One form at a time; asking again brings it to the front with what was typed.
MessageDialog *MessageController::showMessageDialog()
{
    if (!m_dialog) {
        m_dialog = new MessageDialog(m_context.outbox, m_window);
        m_dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_dialog, &MessageDialog::messageQueued, this, &MessageController::onQueued);
    }
    m_dialog->show();
    m_dialog->raise();
    m_dialog->activateWindow();
    return m_dialog;
}

OutboxWindow *MessageController::showOutbox()
{
    if (!m_outbox) {
        m_outbox = new OutboxWindow(m_context.outbox, m_context.sender, m_window);
        m_outbox->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_outbox->show();
    m_outbox->raise();
    m_outbox->activateWindow();
    return m_outbox;
}

void MessageController::onQueued()
{
    if (m_outbox)
        m_outbox->reload();
    // Before consent the sender stays offline; the message waits in the outbox.
    if (m_started)
        m_context.sender.sendDue();
    m_window->statusBar()->showMessage(
        m_context.network.isOnline()
            ? tr("Your message is in the outbox and will be sent now.")
            : tr("Your message is in the outbox and will be sent when you are online."),
        kStatusMessageMs);
}

MessageDialog *MessageController::messageDialog() const
{
    return m_dialog;
}

OutboxWindow *MessageController::outboxWindow() const
{
    return m_outbox;
}

} // namespace ichq::ui
