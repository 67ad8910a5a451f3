#pragma once

#include "outbox/Outbox.h"

#include <QDialog>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTimer;

namespace ichq::ui {

// Per field, why the message cannot be sent yet, in the interface language; empty when fine.
struct MessageErrors
{
    QString name;
    QString email;
    QString subject;
    QString message;
    QString consent;
    bool ok() const;
};

// "Leave a message": name, email, subject, message and consent to pass on name and email.
// A field's error shows under it once the user left the field or tried to send, and is the
// field's accessible description; a line under Send lists what is still needed. Send pressed
// too early shows every error and goes to the first. The draft is saved while typing and comes
// back next time. A valid Send stores the message durably in the outbox (the sender takes it
// from there) and closes.
class MessageDialog : public QDialog
{
    Q_OBJECT
public:
    static constexpr int kNameMax = 100;
    static constexpr int kSubjectMax = 200;
    static constexpr int kMessageMin = 10;
    static constexpr int kMessageMax = 5000;

    explicit MessageDialog(Outbox &outbox, QWidget *parent = nullptr);
    ~MessageDialog() override;

    static MessageErrors validate(const MessageDraft &draft);
    // What Send waits for, one short part per field in error: "your name", "a longer message".
    static QStringList stillNeeded(const MessageDraft &draft);
    static bool isValidEmail(const QString &email);
    static int characterCount(const QString &text); // what a person counts: code points

    MessageDraft content() const;
    void saveDraftNow();

    // For tests and screenshots: the parts by role.
    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *emailEdit() const { return m_email; }
    QLineEdit *subjectEdit() const { return m_subject; }
    QPlainTextEdit *messageEdit() const { return m_message; }
    QCheckBox *consentBox() const { return m_consent; }
    QPushButton *sendButton() const { return m_send; }
    QLabel *counterLabel() const { return m_counter; }
    QLabel *nameError() const { return m_nameError; }
    QLabel *emailError() const { return m_emailError; }
    QLabel *messageError() const { return m_messageError; }
    QLabel *consentError() const { return m_consentError; }
    QLabel *stillNeededLabel() const { return m_stillNeeded; }

signals:
    void messageQueued(const QString &id);

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;
    void done(int result) override;

private:
    enum Field { Name, Email, Subject, Message, Consent, FieldCount };
    void buildLayout();
    void connectFields();
    QWidget *fieldWidget(Field field) const;
    void restoreDraft();
    void touch(Field field);
    void contentChanged();
    void updateState();
    void showAllErrors(const MessageErrors &errors);
    void send();
    void retranslateUi();

    Outbox &m_outbox;
    QLabel *m_intro;
    QLabel *m_nameLabel;
    QLabel *m_emailLabel;
    QLabel *m_subjectLabel;
    QLabel *m_messageLabel;
    QLineEdit *m_name;
    QLineEdit *m_email;
    QLineEdit *m_subject;
    QPlainTextEdit *m_message;
    QCheckBox *m_consent;
    QLabel *m_consentText;
    QLabel *m_nameError;
    QLabel *m_emailError;
    QLabel *m_subjectError;
    QLabel *m_messageError;
    QLabel *m_consentError;
    QLabel *m_counter;
    QLabel *m_sendError;
    QLabel *m_stillNeeded; // under Send
    QDialogButtonBox *m_buttons;
    QPushButton *m_send;
    QTimer *m_draftTimer;
    bool m_touched[FieldCount] = {}; // left once, or Send was tried: its error shows
    bool m_sent = false;
};

} // namespace ichq::ui
