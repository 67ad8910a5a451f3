#include "MessageController.h"

#include "MessageDialog.h"
#include "MessageNotice.h"
#include "NetworkStatus.h"
#include "OutboxWindow.h"
#include "ReaderActions.h"
#include "outbox/MessageSender.h"
#include "outbox/Outbox.h"

#include <QAction>
#include <QMainWindow>
#include <QStatusBar>

namespace ichq::ui {

namespace {
constexpr int kStatusMessageMs = 8000;
}

MessageController::MessageController(const ReaderContext &context, QMainWindow *window,
                                     ReaderActions *actions)
    : QObject(window), m_context(context), m_window(window), m_notice(new MessageNotice)
{
    connect(actions->leaveMessage, &QAction::triggered, this,
            &MessageController::showMessageDialog);
    connect(actions->outbox, &QAction::triggered, this, &MessageController::showOutbox);
    window->statusBar()->addPermanentWidget(m_notice);
    connect(m_notice, &MessageNotice::outboxRequested, this, &MessageController::showOutbox);
    // A notice is newer than the status bar's passing message, and needs its room.
    connect(m_notice, &MessageNotice::noticeShown, window->statusBar(), &QStatusBar::clearMessage);
    connectSender();
    updateWaiting();
}

void MessageController::connectSender()
{
    MessageSender &sender = m_context.sender;
    connect(&sender, &MessageSender::messageSent, this, [this](const QString &id) {
        m_notice->showNotice(tr("%1 was delivered.").arg(describe(id)), false);
    });
    connect(&sender, &MessageSender::messageFailed, this,
            [this](const QString &id, const QString &reason) {
                m_notice->showNotice(
                    tr("%1 was refused by the server: %2").arg(describe(id), reason), true);
            });
    connect(&sender, &MessageSender::messageDeferred, this,
            [this](const QString &id, const QString &error) {
                m_notice->showNotice(tr("%1 could not be sent yet (%2); it will be tried again.")
                                         .arg(describe(id), error),
                                     true);
            });
    connect(&sender, &MessageSender::outboxChanged, this, &MessageController::updateWaiting);
}

QString MessageController::describe(const QString &id) const
{
    const std::optional<OutboxMessage> message = m_context.outbox.message(id);
    const QString subject = message ? message->content.subject.simplified() : QString();
    if (subject.isEmpty())
        return tr("Your message");
    //: %1 is the message's subject.
    return tr("Your message “%1”").arg(subject.left(60));
}

void MessageController::updateWaiting()
{
    int waiting = 0;
    for (const OutboxMessage &message : m_context.outbox.all())
        waiting += message.state == OutboxMessage::State::Queued ? 1 : 0;
    m_notice->setWaiting(waiting);
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
    updateWaiting();
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
