#include "MessageLimits.h"

#include "Outbox.h"

#include <QCoreApplication>
#include <QLocale>

namespace ichq {

namespace {

// Code points, as the dialog counts them: "重" and an emoji are one character each.
bool longerThan(const QString &text, int limit)
{
    if (text.size() <= limit) // UTF-16 units are never fewer than code points
        return false;
    qsizetype count = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (!(text.at(i).isLowSurrogate() && i > 0 && text.at(i - 1).isHighSurrogate()))
            ++count;
    }
    return count > limit;
}

QString tooLong(const char *sentence, int limit)
{
    return QCoreApplication::translate("Outbox", sentence).arg(QLocale().toString(limit));
}

} // namespace

QString messageProblem(const MessageDraft &draft)
{
    if (longerThan(draft.name, MessageLimits::kName))
        return tooLong(QT_TRANSLATE_NOOP("Outbox", "The name can have at most %1 characters."),
                       MessageLimits::kName);
    if (longerThan(draft.email, MessageLimits::kEmail))
        return tooLong(
            QT_TRANSLATE_NOOP("Outbox", "The email address can have at most %1 characters."),
            MessageLimits::kEmail);
    if (longerThan(draft.subject, MessageLimits::kSubject))
        return tooLong(QT_TRANSLATE_NOOP("Outbox", "The subject can have at most %1 characters."),
                       MessageLimits::kSubject);
    if (longerThan(draft.message, MessageLimits::kMessage))
        return tooLong(QT_TRANSLATE_NOOP("Outbox", "The message can have at most %1 characters."),
                       MessageLimits::kMessage);
    return {};
}

} // namespace ichq
