#pragma once

#include "privacy/ConsentState.h"

#include <QDialog>

class QLabel;
class QPushButton;

namespace ichq::ui {

// The cookie question of the first start (and of every newer policy version): a short
// explanation, "I Agree", "Decline" and a link to the privacy statement. Closing it without an
// answer declines. Shown with open(), never exec(): the window stays responsive and tests can
// answer it.
class ConsentDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ConsentDialog(QWidget *parent = nullptr);

    QPushButton *agreeButton() const { return m_agree; }
    QPushButton *declineButton() const { return m_decline; }
    QPushButton *privacyButton() const { return m_privacy; }

signals:
    void decided(ichq::ConsentState::Cookies choice);
    void privacyRequested();

protected:
    void changeEvent(QEvent *event) override;
    void done(int result) override;

private:
    void retranslateUi();

    QLabel *m_title;
    QLabel *m_text;
    QPushButton *m_privacy;
    QPushButton *m_agree;
    QPushButton *m_decline;
};

} // namespace ichq::ui
