// What the message form accepts, apart from the form itself: the rules (validate) and the
// words that say what is missing. Members of MessageDialog, so they translate in its context.
#include "MessageDialog.h"

#include <QLocale>
#include <QRegularExpression>

namespace ichq::ui {

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

// The parts Send still waits for, as the line under it names them; one per field in error.
QStringList MessageDialog::stillNeeded(const MessageDraft &draft)
{
    const MessageErrors errors = validate(draft);
    QStringList parts;
    if (!errors.name.isEmpty())
        parts << (draft.name.trimmed().isEmpty() ? tr("your name") : tr("a shorter name"));
    if (!errors.email.isEmpty())
        parts << (draft.email.trimmed().isEmpty() ? tr("your email address")
                                                  : tr("a valid email address"));
    if (!errors.subject.isEmpty())
        parts << tr("a shorter subject");
    if (!errors.message.isEmpty()) {
        const int length = characterCount(draft.message.trimmed());
        parts << (length == 0            ? tr("your message")
                  : length < kMessageMin ? tr("a longer message")
                                         : tr("a shorter message"));
    }
    if (!errors.consent.isEmpty())
        parts << tr("consent to pass on your details");
    return parts;
}

} // namespace ichq::ui
