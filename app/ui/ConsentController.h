#pragma once

#include "ReaderContext.h"
#include "privacy/ConsentState.h"

#include <QObject>
#include <QPointer>

#include <functional>

class QWidget;

namespace ichq::ui {

class ConsentDialog;
class PrivacyDialog;

// Asks the cookie question before anything may set or send a cookie, and applies the answer
// (now or later, from Settings) to ConsentState and the UI thread's cookie jar. Also opens the
// privacy statement.
class ConsentController : public QObject
{
    Q_OBJECT
public:
    ConsentController(const ReaderContext &context, QWidget *window);

    // Runs `then` once the user has decided: at once when they already have for this policy
    // version, otherwise after they answer the (window-modal, non-blocking) consent dialog.
    void whenDecided(std::function<void()> then);
    ConsentDialog *pendingDialog() const;

    // The window closes with the question open: no answer is recorded, the next start asks.
    void abandon();

    // Records the choice; declining or withdrawing forgets the cookies and deletes the file.
    void setChoice(ConsentState::Cookies choice);
    PrivacyDialog *showPrivacy(QWidget *parent = nullptr);

signals:
    void choiceChanged(ichq::ConsentState::Cookies choice);

private:
    ReaderContext m_context;
    QWidget *m_window;
    QPointer<ConsentDialog> m_dialog;
    QPointer<PrivacyDialog> m_privacy;
};

} // namespace ichq::ui
