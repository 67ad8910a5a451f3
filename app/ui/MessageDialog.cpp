#include "MessageDialog.h"

#include "WrappedTextFit.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QTimer>
#include <QVBoxLayout>

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

void showError(QLabel *label, const QString &error, bool touched)
{
    label->setText(error);
    label->setVisible(touched && !error.isEmpty());
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

bool MessageErrors::ok() const
{
    return name.isEmpty() && email.isEmpty() && subject.isEmpty() && message.isEmpty() &&
           consent.isEmpty();
}

bool MessageDialog::isValidEmail(const QString &email)
{
    // Practical, not RFC 5322: something@domain.tld, no spaces, a top-level domain of two or
    // more letters. Non-ASCII is allowed, so internationalised addresses pass.
    static const QRegularExpression pattern(
        QStringLiteral("^[^\\s@]+@[^\\s@.]+(\\.[^\\s@.]+)*\\.[^\\s@.\\d]{2,}$"));
    return email.size() <= 254 && pattern.match(email).hasMatch();
}

int MessageDialog::characterCount(const QString &text)
{
    return int(text.toUcs4().size());
}

MessageErrors MessageDialog::validate(const MessageDraft &draft)
{
    MessageErrors errors;
    const QLocale locale;
    const QString name = draft.name.trimmed();
    if (name.isEmpty())
        errors.name = tr("Please enter your name.");
    else if (characterCount(name) > kNameMax)
        errors.name = tr("The name can have at most %1 characters.").arg(locale.toString(kNameMax));
    const QString email = draft.email.trimmed();
    if (email.isEmpty())
        errors.email = tr("Please enter your email address, so that iChongqing can answer.");
    else if (!isValidEmail(email))
        errors.email = tr("This does not look like an email address (name@example.com).");
    if (characterCount(draft.subject.trimmed()) > kSubjectMax)
        errors.subject =
            tr("The subject can have at most %1 characters.").arg(locale.toString(kSubjectMax));
    const int length = characterCount(draft.message.trimmed());
    if (length == 0)
        errors.message = tr("Please write your message.");
    else if (length < kMessageMin)
        errors.message =
            tr("Please write at least %1 characters.").arg(locale.toString(kMessageMin));
    else if (length > kMessageMax)
        errors.message =
            tr("The message can have at most %1 characters.").arg(locale.toString(kMessageMax));
    if (!draft.consent)
        errors.consent = tr("Please agree, or iChongqing cannot answer you.");
    return errors;
}

MessageDialog::MessageDialog(Outbox &outbox, QWidget *parent)
    : QDialog(parent), m_outbox(outbox), m_intro(new QLabel), m_nameLabel(new QLabel),
      m_emailLabel(new QLabel), m_subjectLabel(new QLabel), m_messageLabel(new QLabel),
      m_name(new QLineEdit), m_email(new QLineEdit), m_subject(new QLineEdit),
      m_message(new QPlainTextEdit), m_consent(new QCheckBox),
      m_consentText(new ToggleLabel(m_consent)), m_nameError(makeErrorLabel("nameError")),
      m_emailError(makeErrorLabel("emailError")), m_subjectError(makeErrorLabel("subjectError")),
      m_messageError(makeErrorLabel("messageError")),
      m_consentError(makeErrorLabel("consentError")), m_counter(new QLabel),
      m_sendError(makeErrorLabel("sendError")),
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
    m_send->setDefault(true);

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
    setMinimumWidth(520);
    resize(600, 620);
}

void MessageDialog::connectFields()
{
    const auto watch = [this](QLineEdit *edit, Field field) {
        connect(edit, &QLineEdit::textEdited, this, [this, field] { touch(field); });
        connect(edit, &QLineEdit::editingFinished, this, [this, field] { touch(field); });
        connect(edit, &QLineEdit::textChanged, this, &MessageDialog::contentChanged);
    };
    watch(m_name, Name);
    watch(m_email, Email);
    watch(m_subject, Subject);
    connect(m_message, &QPlainTextEdit::textChanged, this, [this] {
        m_touched[Message] = true;
        contentChanged();
    });
    connect(m_consent, &QCheckBox::toggled, this, [this] {
        m_touched[Consent] = true;
        contentChanged();
    });
    connect(m_send, &QPushButton::clicked, this, &MessageDialog::send);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
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
    showError(m_nameError, errors.name, m_touched[Name]);
    showError(m_emailError, errors.email, m_touched[Email]);
    showError(m_subjectError, errors.subject, m_touched[Subject]);
    showError(m_messageError, errors.message, m_touched[Message]);
    showError(m_consentError, errors.consent, m_touched[Consent]);
    // "1234 / 5000": a separator in a number that changes with every keystroke only jitters.
    QLocale locale;
    locale.setNumberOptions(QLocale::OmitGroupSeparator);
    //: The live length of the message: "123 / 5000"
    m_counter->setText(tr("%1 / %2").arg(locale.toString(characterCount(draft.message)),
                                         locale.toString(kMessageMax)));
    m_send->setEnabled(errors.ok());
}

void MessageDialog::send()
{
    const MessageDraft draft = content();
    if (!validate(draft).ok())
        return;
    MessageDraft clean = draft;
    clean.name = draft.name.trimmed();
    clean.email = draft.email.trimmed();
    clean.subject = draft.subject.trimmed();
    // Counted as the dialog counts: the spaces around the text are not part of the message.
    clean.message = draft.message.trimmed();
    QString refusal;
    const QString id = m_outbox.enqueue(clean, &refusal);
    if (id.isEmpty()) {
        showError(m_sendError,
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
