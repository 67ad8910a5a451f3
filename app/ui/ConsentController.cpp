#include "ConsentController.h"

#include "ConsentDialog.h"
#include "PrivacyDialog.h"
#include "privacy/CookieJar.h"

namespace ichq::ui {

ConsentController::ConsentController(const ReaderContext &context, QWidget *window)
    : QObject(window), m_context(context), m_window(window)
{}

void ConsentController::whenDecided(std::function<void()> then)
{
    if (!m_context.consent.needsAsking()) {
        // A decision for an older session: the jar already follows it (ReaderServices).
        then();
        return;
    }
    if (m_dialog)
        return;
    m_dialog = new ConsentDialog(m_window);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_dialog, &ConsentDialog::privacyRequested, this, [this] { showPrivacy(m_dialog); });
    connect(m_dialog, &ConsentDialog::decided, this,
            [this, then = std::move(then)](ConsentState::Cookies choice) {
                setChoice(choice);
                then();
            });
    // Window-modal but not blocking: nothing in the window can start a request meanwhile, and
    // the event loop (and a test) keeps running.
    m_dialog->open();
}

void ConsentController::abandon()
{
    if (!m_dialog)
        return;
    m_dialog->disconnect(this);
    delete m_dialog;
}

void ConsentController::setChoice(ConsentState::Cookies choice)
{
    m_context.consent.decide(choice);
    if (choice == ConsentState::Cookies::Accepted) {
        m_context.cookies.setPersistent(true);
    } else {
        m_context.cookies.clear();
        m_context.cookies.setPersistent(false);
    }
    emit choiceChanged(choice);
}

PrivacyDialog *ConsentController::showPrivacy(QWidget *parent)
{
    if (!m_privacy) {
        m_privacy = new PrivacyDialog(m_context.paths, parent ? parent : m_window);
        m_privacy->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_privacy->show();
    m_privacy->raise();
    m_privacy->activateWindow();
    return m_privacy;
}

ConsentDialog *ConsentController::pendingDialog() const
{
    return m_dialog;
}

} // namespace ichq::ui
