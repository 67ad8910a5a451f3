#include "OutboxWindow.h"

#include "Accessibility.h"
#include "WrappedTextFit.h"

#include "OutboxModel.h"
#include "common/AppInfo.h"
#include "outbox/MessageSender.h"
#include "outbox/Outbox.h"

#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTreeView>
#include <QVBoxLayout>

namespace ichq::ui {

OutboxWindow::OutboxWindow(Outbox &outbox, MessageSender &sender, QWidget *parent)
    : QDialog(parent), m_outbox(outbox), m_sender(sender), m_model(new OutboxModel(outbox, this)),
      m_view(new QTreeView), m_empty(new QLabel), m_stack(new QStackedWidget),
      m_preview(new QPlainTextEdit), m_retry(new QPushButton), m_delete(new QPushButton),
      m_email(new QPushButton), m_close(new QDialogButtonBox(QDialogButtonBox::Close)),
      m_openUrl([](const QUrl &url) { return QDesktopServices::openUrl(url); }),
      m_confirmDelete([this](const OutboxMessage &message) { return askBeforeDeleting(message); })
{
    setObjectName(QStringLiteral("outboxWindow"));
    buildLayout();
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &OutboxWindow::updateButtons);
    connect(m_retry, &QPushButton::clicked, this, &OutboxWindow::retrySelected);
    connect(m_delete, &QPushButton::clicked, this, &OutboxWindow::deleteSelected);
    connect(m_email, &QPushButton::clicked, this, &OutboxWindow::emailSelected);
    connect(m_close, &QDialogButtonBox::rejected, this, &QDialog::close);
    // Whatever the sender does shows at once.
    connect(&m_sender, &MessageSender::outboxChanged, this, &OutboxWindow::reload);
    connect(&m_sender, &MessageSender::messageSent, this, &OutboxWindow::reload);
    connect(&m_sender, &MessageSender::messageFailed, this, &OutboxWindow::reload);
    connect(&m_sender, &MessageSender::messageDeferred, this, &OutboxWindow::reload);
    WrappedTextFit::install(this);
    retranslateUi();
    reload();
}

void OutboxWindow::buildLayout()
{
    m_view->setModel(m_model);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->header()->setStretchLastSection(true);
    m_view->header()->setSectionResizeMode(OutboxModel::StateColumn, QHeaderView::ResizeToContents);
    m_view->header()->setSectionResizeMode(OutboxModel::CreatedColumn,
                                           QHeaderView::ResizeToContents);
    m_view->setColumnWidth(OutboxModel::SubjectColumn, 220);
    showFocusFrame(m_view);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setEnabled(false); // the quiet grey of a placeholder
    m_stack->addWidget(m_view);
    m_stack->addWidget(m_empty);
    m_preview->setReadOnly(true);
    m_preview->setObjectName(QStringLiteral("outboxPreview"));

    auto *splitter = new QSplitter(Qt::Vertical);
    splitter->addWidget(m_stack);
    splitter->addWidget(m_preview);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_retry);
    buttons->addWidget(m_delete);
    buttons->addWidget(m_email);
    buttons->addStretch(1);
    buttons->addWidget(m_close);
    m_retry->setAutoDefault(false);
    m_delete->setAutoDefault(false);
    m_email->setAutoDefault(false);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addLayout(buttons);
    setMinimumSize(560, 360);
    resize(820, 480);
}

void OutboxWindow::reload()
{
    const QString selected = selectedId();
    m_model->reload();
    m_stack->setCurrentWidget(m_model->rowCount() > 0 ? static_cast<QWidget *>(m_view) : m_empty);
    if (!selectMessage(selected) && m_model->rowCount() > 0)
        m_view->setCurrentIndex(m_model->index(0, 0));
    updateButtons();
}

bool OutboxWindow::selectMessage(const QString &id)
{
    const int row = id.isEmpty() ? -1 : m_model->rowOf(id);
    if (row < 0)
        return false;
    m_view->setCurrentIndex(m_model->index(row, 0));
    return true;
}

QString OutboxWindow::selectedId() const
{
    return m_view->currentIndex().data(OutboxModel::IdRole).toString();
}

void OutboxWindow::updateButtons()
{
    const std::optional<OutboxMessage> message = m_model->messageAt(m_view->currentIndex().row());
    const bool failed = message && message->state == OutboxMessage::State::Failed;
    const bool waiting =
        message && message->state == OutboxMessage::State::Queued && message->attempts > 0;
    m_retry->setEnabled(failed || waiting);
    m_delete->setEnabled(message.has_value());
    m_email->setEnabled(failed);
    m_email->setVisible(failed);
    // The user's own text, shown as plain text.
    m_preview->setPlainText(message ? message->content.message : QString());
}

void OutboxWindow::retrySelected()
{
    const QString id = selectedId();
    if (id.isEmpty() || !m_outbox.retryNow(id))
        return;
    reload();
    m_sender.sendDue();
}

// A delivered message is only a record; one that was not delivered is the reader's words, and
// nothing else keeps them: that one is asked about first.
void OutboxWindow::deleteSelected()
{
    const std::optional<OutboxMessage> message = m_model->messageAt(m_view->currentIndex().row());
    if (!message)
        return;
    const bool delivered = message->state == OutboxMessage::State::Sent;
    if (!delivered && m_confirmDelete && !m_confirmDelete(*message))
        return;
    if (m_outbox.remove(message->id))
        reload();
}

bool OutboxWindow::askBeforeDeleting(const OutboxMessage &message)
{
    QMessageBox box(
        QMessageBox::Question, tr("Delete Message"),
        message.content.subject.isEmpty()
            ? tr("Delete this message? It was not sent.")
            : tr("Delete the message “%1”? It was not sent.").arg(message.content.subject.left(60)),
        QMessageBox::NoButton, this);
    box.setInformativeText(tr("Its text is kept nowhere else; it cannot be brought back."));
    QPushButton *remove = box.addButton(tr("Delete"), QMessageBox::DestructiveRole);
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    return box.clickedButton() == remove;
}

void OutboxWindow::emailSelected()
{
    const std::optional<OutboxMessage> message = m_model->messageAt(m_view->currentIndex().row());
    if (message && m_openUrl)
        m_openUrl(mailtoUrl(contactEmail(), message->content));
}

void OutboxWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void OutboxWindow::retranslateUi()
{
    setWindowTitle(tr("Outbox"));
    m_empty->setText(tr("No messages. Messages you write with Help > Leave a Message appear here "
                        "until they are delivered."));
    m_preview->setPlaceholderText(tr("Select a message to read it."));
    m_view->setAccessibleName(tr("Messages"));
    m_preview->setAccessibleName(tr("Text of the selected message"));
    m_retry->setText(tr("&Retry"));
    m_retry->setToolTip(tr("Try to send the selected message again now"));
    m_delete->setText(tr("&Delete"));
    m_delete->setToolTip(tr("Remove the selected message from this computer"));
    m_email->setText(tr("Send by &Email Instead…"));
    m_email->setToolTip(tr("Open your mail client with this message to %1").arg(contactEmail()));
    // Column titles and state words come from the model.
    reload();
}

} // namespace ichq::ui
