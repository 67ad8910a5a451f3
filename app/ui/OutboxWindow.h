#pragma once

#include <QDialog>
#include <QUrl>

#include <functional>

class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;
class QTreeView;

namespace ichq {
class MessageSender;
class Outbox;
struct OutboxMessage;
} // namespace ichq

namespace ichq::ui {

class OutboxModel;

// The messages the user wrote: queued, sent and failed, with Retry and Delete, and for one the
// site refused, "Send by Email Instead". Follows the sender live. Not modal.
class OutboxWindow : public QDialog
{
    Q_OBJECT
public:
    using UrlOpener = std::function<bool(const QUrl &)>;
    // Asked before a message that was not delivered is deleted; true deletes it.
    using DeleteConfirmer = std::function<bool(const OutboxMessage &)>;

    OutboxWindow(Outbox &outbox, MessageSender &sender, QWidget *parent = nullptr);

    void reload(); // keeps the selected message selected
    bool selectMessage(const QString &id);
    QString selectedId() const;

    void retrySelected();
    void deleteSelected();
    void emailSelected();
    // Where "Send by Email Instead" hands its mailto: URL; the desktop by default.
    void setUrlOpener(UrlOpener opener) { m_openUrl = std::move(opener); }
    // A question box by default; tests answer it themselves.
    void setDeleteConfirmer(DeleteConfirmer confirmer) { m_confirmDelete = std::move(confirmer); }

    OutboxModel *model() const { return m_model; }
    QTreeView *view() const { return m_view; }
    QPushButton *retryButton() const { return m_retry; }
    QPushButton *deleteButton() const { return m_delete; }
    QPushButton *emailButton() const { return m_email; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void buildLayout();
    bool askBeforeDeleting(const OutboxMessage &message);
    void updateButtons();
    void retranslateUi();

    Outbox &m_outbox;
    MessageSender &m_sender;
    OutboxModel *m_model;
    QTreeView *m_view;
    QLabel *m_empty;
    QStackedWidget *m_stack;
    QPlainTextEdit *m_preview;
    QPushButton *m_retry;
    QPushButton *m_delete;
    QPushButton *m_email;
    QDialogButtonBox *m_close;
    UrlOpener m_openUrl;
    DeleteConfirmer m_confirmDelete;
};

} // namespace ichq::ui
