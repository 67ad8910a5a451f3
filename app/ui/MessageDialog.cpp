#include "MessageDialog.h"

#include "WrappedTextFit.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFocusEvent>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>
#include <array>

namespace ichq::ui {

namespace {

constexpr int kDraftDelayMs = 600;

// A small red line under a field. Plain text: it may quote nothing the user typed, but a label
// that could ever show user text must never interpret it.
QLabel *makeErrorLabel(const char *objectName)
{
    auto *label = new QLabel;
    label->setObjectName(QString::fromLatin1(objectName));
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    QFont font = label->font();
    font.setPointSizeF(font.pointSizeF() * 0.9);
    label->setFont(font);
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText, QColor(0xc0, 0x1c, 0x28));
    label->setPalette(palette);
    // The form keeps its shape as errors come and go.
    QSizePolicy policy = label->sizePolicy();
    policy.setRetainSizeWhenHidden(true);
    label->setSizePolicy(policy);
    label->hide();
    return label;
}

// The line under Send that says what the form still lacks.
QLabel *makeStillNeededLabel()
{
    auto *label = new QLabel;
    label->setObjectName(QStringLiteral("stillNeeded"));
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setAlignment(Qt::AlignRight | Qt::AlignTop);
    QFont small = label->font(); // as the errors': one line at the form's usual width
    small.setPointSizeF(small.pointSizeF() * 0.9);
    label->setFont(small);
    // The buttons stay where they are when the line goes.
    QSizePolicy policy = label->sizePolicy();
    policy.setRetainSizeWhenHidden(true);
    label->setSizePolicy(policy);
    return label;
}

// The error under the field, and the same words as the field's accessible description: a screen
// reader says why when the user comes back to it.
void showError(QWidget *field, QLabel *label, const QString &error, bool touched)
{
    const bool shown = touched && !error.isEmpty();
    label->setText(error);
    label->setVisible(shown);
    if (field)
        field->setAccessibleDescription(shown ? error : QString());
}

// The consent sentence is long, and a QCheckBox does not wrap: a wrapped label beside the box
// that toggles it when clicked, like the box's own text would.
class ToggleLabel : public QLabel
{
public:
    explicit ToggleLabel(QCheckBox *box) : m_box(box)
    {
        setWordWrap(true);
        setTextFormat(Qt::PlainText);
        setCursor(Qt::PointingHandCursor);
    }

protected:
    void mouseReleaseEvent(QMouseEvent *event) override
    {
        QLabel::mouseReleaseEvent(event);
        m_box->toggle();
        m_box->setFocus();
    }

private:
    QCheckBox *m_box;
};

} // namespace

MessageDialog::MessageDialog(Outbox &outbox, QWidget *parent)
    : QDialog(parent), m_outbox(outbox), m_intro(new QLabel), m_nameLabel(new QLabel),
      m_emailLabel(new QLabel), m_subjectLabel(new QLabel), m_messageLabel(new QLabel),
      m_name(new QLineEdit), m_email(new QLineEdit), m_subject(new QLineEdit),
      m_message(new QPlainTextEdit), m_consent(new QCheckBox),
      m_consentText(new ToggleLabel(m_consent)), m_nameError(makeErrorLabel("nameError")),
      m_emailError(makeErrorLabel("emailError")), m_subjectError(makeErrorLabel("subjectError")),
      m_messageError(makeErrorLabel("messageError")),
      m_consentError(makeErrorLabel("consentError")), m_counter(new QLabel),
      m_sendError(makeErrorLabel("sendError")), m_stillNeeded(makeStillNeededLabel()),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel)), m_send(new QPushButton),
      m_draftTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("messageDialog"));
    m_draftTimer->setSingleShot(true);
    m_draftTimer->setInterval(kDraftDelayMs);
    connect(m_draftTimer, &QTimer::timeout, this, &MessageDialog::saveDraftNow);
    buildLayout();
    restoreDraft();
    connectFields();
    WrappedTextFit::install(this);
    retranslateUi();
}

// Destroyed with its window (the app quits, or "delete my data" restarts it) without ever being
// closed: the debounced last keystrokes are saved here.
MessageDialog::~MessageDialog()
{
    if (!m_sent)
        saveDraftNow();
}

void MessageDialog::buildLayout()
{
    m_intro->setWordWrap(true);
    m_intro->setTextFormat(Qt::PlainText);
    m_email->setInputMethodHints(Qt::ImhEmailCharactersOnly);
    m_message->setTabChangesFocus(true);
    m_message->setMinimumHeight(160);
    m_counter->setAlignment(Qt::AlignRight | Qt::AlignTop);
    m_counter->setObjectName(QStringLiteral("messageCounter"));
    m_buttons->addButton(m_send, QDialogButtonBox::AcceptRole);

    auto *grid = new QGridLayout;
    grid->setVerticalSpacing(2);
    grid->setColumnStretch(1, 1);
    int row = 0;
    const auto addField = [&](QLabel *label, QWidget *field, QWidget *error) {
        label->setBuddy(field);
        grid->addWidget(label, row, 0, Qt::AlignLeft | Qt::AlignVCenter);
        grid->addWidget(field, row++, 1);
        grid->addWidget(error, row++, 1);
    };
    addField(m_nameLabel, m_name, m_nameError);
    addField(m_emailLabel, m_email, m_emailError);
    addField(m_subjectLabel, m_subject, m_subjectError);
    auto *below = new QHBoxLayout;
    below->addWidget(m_messageError, 1);
    below->addWidget(m_counter, 0, Qt::AlignTop);
    auto *belowWidget = new QWidget;
    belowWidget->setLayout(below);
    below->setContentsMargins(0, 0, 0, 0);
    m_messageLabel->setBuddy(m_message);
    grid->addWidget(m_messageLabel, row, 0, Qt::AlignLeft | Qt::AlignTop);
    grid->setRowStretch(row, 1);
    grid->addWidget(m_message, row++, 1);
    grid->addWidget(belowWidget, row++, 1);
    auto *consentRow = new QHBoxLayout;
    consentRow->setSpacing(8);
    consentRow->addWidget(m_consent, 0, Qt::AlignTop);
    consentRow->addWidget(m_consentText, 1);
    grid->addLayout(consentRow, row++, 0, 1, 2);
    grid->addWidget(m_consentError, row++, 0, 1, 2);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addSpacing(6);
    layout->addLayout(grid, 1);
    layout->addWidget(m_sendError);
    layout->addWidget(m_buttons);
    layout->addWidget(m_stillNeeded);
    // Only now, inside the dialog: set earlier, the dialog never heard of it and made Cancel
    // the default, so Return in a field cancelled.
    m_send->setDefault(true);
    setMinimumWidth(520);
    resize(600, 620);
}

// A field's error waits until the user leaves the field (or tries to send): nobody is told off
// for an address while still typing it.
void MessageDialog::connectFields()
{
    for (QLineEdit *edit : {m_name, m_email, m_subject})
        connect(edit, &QLineEdit::textChanged, this, &MessageDialog::contentChanged);
    connect(m_message, &QPlainTextEdit::textChanged, this, &MessageDialog::contentChanged);
    connect(m_consent, &QCheckBox::toggled, this, &MessageDialog::contentChanged);
    for (int field = 0; field < FieldCount; ++field)
        fieldWidget(Field(field))->installEventFilter(this);
    connect(m_send, &QPushButton::clicked, this, &MessageDialog::send);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

QWidget *MessageDialog::fieldWidget(Field field) const
{
    const std::array<QWidget *, FieldCount> widgets{m_name, m_email, m_subject, m_message,
                                                    m_consent};
    return widgets[field];
}

bool MessageDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::FocusOut) {
        // Another window or a context menu taking the focus is no leaving the field.
        const Qt::FocusReason reason = static_cast<QFocusEvent *>(event)->reason();
        if (reason != Qt::ActiveWindowFocusReason && reason != Qt::PopupFocusReason) {
            for (int field = 0; field < FieldCount; ++field) {
                if (fieldWidget(Field(field)) == watched)
                    touch(Field(field));
            }
        }
    }
    return QDialog::eventFilter(watched, event);
}

// What was typed last time comes back; fields that hold something count as touched, so their
// errors show at once.
void MessageDialog::restoreDraft()
{
    const std::optional<MessageDraft> draft = m_outbox.draft();
    if (!draft)
        return;
    m_name->setText(draft->name);
    m_email->setText(draft->email);
    m_subject->setText(draft->subject);
    m_message->setPlainText(draft->message);
    m_consent->setChecked(draft->consent);
    m_touched[Name] = !draft->name.isEmpty();
    m_touched[Email] = !draft->email.isEmpty();
    m_touched[Subject] = !draft->subject.isEmpty();
    m_touched[Message] = !draft->message.isEmpty();
    m_touched[Consent] = draft->consent;
}

MessageDraft MessageDialog::content() const
{
    MessageDraft draft;
    draft.name = m_name->text();
    draft.email = m_email->text();
    draft.subject = m_subject->text();
    draft.message = m_message->toPlainText();
    draft.consent = m_consent->isChecked();
    return draft;
}

void MessageDialog::saveDraftNow()
{
    m_draftTimer->stop();
    if (m_sent)
        return;
    const MessageDraft draft = content();
    if (draft.name.isEmpty() && draft.email.isEmpty() && draft.subject.isEmpty() &&
        draft.message.isEmpty())
        m_outbox.clearDraft();
    else
        m_outbox.saveDraft(draft);
}

void MessageDialog::touch(Field field)
{
    m_touched[field] = true;
    updateState();
}

void MessageDialog::contentChanged()
{
    m_draftTimer->start();
    updateState();
}

void MessageDialog::updateState()
{
    const MessageDraft draft = content();
    const MessageErrors errors = validate(draft);
    showError(m_name, m_nameError, errors.name, m_touched[Name]);
    showError(m_email, m_emailError, errors.email, m_touched[Email]);
    showError(m_subject, m_subjectError, errors.subject, m_touched[Subject]);
    showError(m_message, m_messageError, errors.message, m_touched[Message]);
    showError(m_consent, m_consentError, errors.consent, m_touched[Consent]);
    // "1234 / 5000": a separator in a number that changes with every keystroke only jitters.
    QLocale locale;
    locale.setNumberOptions(QLocale::OmitGroupSeparator);
    //: The live length of the message: "123 / 5000"
    m_counter->setText(tr("%1 / %2").arg(locale.toString(characterCount(draft.message)),
                                         locale.toString(kMessageMax)));
    const QStringList missing = stillNeeded(draft);
    //: Under Send, what the form lacks: "Still needed: your name and your message"
    const QString line = missing.isEmpty()
                             ? QString()
                             : tr("Still needed: %1").arg(QLocale().createSeparatedList(missing));
    m_stillNeeded->setText(line);
    m_stillNeeded->setVisible(!line.isEmpty());
    m_send->setAccessibleDescription(line);
}

// Send pressed too early says everything at once and takes the user to the first thing to fix.
void MessageDialog::showAllErrors(const MessageErrors &errors)
{
    std::fill(std::begin(m_touched), std::end(m_touched), true);
    updateState();
    const std::array<const QString *, FieldCount> byField{
        &errors.name, &errors.email, &errors.subject, &errors.message, &errors.consent};
    for (int field = 0; field < FieldCount; ++field) {
        if (!byField[field]->isEmpty()) {
            fieldWidget(Field(field))->setFocus(Qt::OtherFocusReason);
            return;
        }
    }
}

void MessageDialog::send()
{
    const MessageDraft draft = content();
    const MessageErrors errors = validate(draft);
    if (!errors.ok()) {
        showAllErrors(errors);
        return;
    }
    MessageDraft clean = draft;
    clean.name = draft.name.trimmed();
    clean.email = draft.email.trimmed();
    clean.subject = draft.subject.trimmed();
    // Counted as the dialog counts: the spaces around the text are not part of the message.
    clean.message = draft.message.trimmed();
    QString refusal;
    const QString id = m_outbox.enqueue(clean, &refusal);
    if (id.isEmpty()) {
        showError(nullptr, m_sendError,
                  refusal.isEmpty() ? tr("The message could not be saved in the outbox. Your text "
                                         "is kept as a draft; please try again.")
                                    : refusal,
                  true);
        saveDraftNow();
        return;
    }
    m_sent = true;
    m_draftTimer->stop();
    m_outbox.clearDraft();
    emit messageQueued(id);
    accept();
}

// However the dialog closes, nothing typed is lost (unless it was sent).
void MessageDialog::done(int result)
{
    if (!m_sent)
        saveDraftNow();
    QDialog::done(result);
}

void MessageDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void MessageDialog::retranslateUi()
{
    setWindowTitle(tr("Leave a Message"));
    m_intro->setText(tr("Write to the iChongqing team: questions, news tips or feedback. The "
                        "message is kept in the outbox until it is delivered, so it is not lost "
                        "when you are offline."));
    m_nameLabel->setText(tr("&Name:"));
    m_emailLabel->setText(tr("&Email:"));
    m_subjectLabel->setText(tr("&Subject:"));
    m_messageLabel->setText(tr("&Message:"));
    m_name->setPlaceholderText(tr("Required"));
    m_email->setPlaceholderText(tr("Required, for the answer"));
    m_subject->setPlaceholderText(tr("Optional"));
    m_message->setPlaceholderText(
        tr("At least %1 characters").arg(QLocale().toString(kMessageMin)));
    m_consentText->setText(tr("I agree that my name and email address are sent to iChongqing so "
                              "that they can answer my message."));
    m_consent->setAccessibleName(m_consentText->text());
    m_send->setText(tr("Send"));
    updateState();
}

} // namespace ichq::ui
