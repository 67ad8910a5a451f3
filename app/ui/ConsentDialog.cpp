#include "ConsentDialog.h"

#include "WrappedTextFit.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace ichq::ui {

ConsentDialog::ConsentDialog(QWidget *parent)
    : QDialog(parent), m_title(new QLabel), m_text(new QLabel), m_privacy(new QPushButton),
      m_agree(new QPushButton), m_decline(new QPushButton)
{
    setObjectName(QStringLiteral("consentDialog"));
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    m_title->setFont(titleFont);
    m_title->setWordWrap(true);
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    // Chinese text wraps at any character; a fixed width keeps both languages readable.
    m_text->setMinimumWidth(440);
    m_privacy->setFlat(true);
    m_privacy->setCursor(Qt::PointingHandCursor);
    m_privacy->setObjectName(QStringLiteral("privacyLink"));
    QPalette linkPalette = m_privacy->palette();
    linkPalette.setColor(QPalette::ButtonText, linkPalette.color(QPalette::Link));
    m_privacy->setPalette(linkPalette);

    auto *buttons = new QDialogButtonBox;
    buttons->addButton(m_agree, QDialogButtonBox::AcceptRole);
    buttons->addButton(m_decline, QDialogButtonBox::RejectRole);
    // Neither answer is the default: Enter must not agree on the user's behalf.
    m_agree->setAutoDefault(false);
    m_decline->setAutoDefault(false);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_privacy, &QPushButton::clicked, this, &ConsentDialog::privacyRequested);

    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(12);
    layout->addWidget(m_title);
    layout->addWidget(m_text);
    layout->addWidget(m_privacy, 0, Qt::AlignLeft);
    layout->addSpacing(6);
    layout->addWidget(buttons);
    layout->setSizeConstraint(QLayout::SetMinimumSize);
    WrappedTextFit::install(this);
    retranslateUi();
}

// Every way out is an answer: the buttons, Escape and the window's close button.
void ConsentDialog::done(int result)
{
    QDialog::done(result);
    emit decided(result == Accepted ? ConsentState::Cookies::Accepted
                                    : ConsentState::Cookies::Declined);
}

void ConsentDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void ConsentDialog::retranslateUi()
{
    setWindowTitle(tr("Cookies"));
    m_title->setText(tr("May iChongqing Reader keep the site's cookies?"));
    m_text->setText(
        tr("When the reader fetches news and images from www.ichongqing.info, or sends a "
           "message you wrote, the site may set cookies.\n\n"
           "If you agree, the reader keeps them on this computer between sessions. If you "
           "decline, they are kept in memory only and forgotten when the reader quits; the "
           "news works the same either way.\n\n"
           "The reader itself has no tracking or analytics. You can change your choice at any "
           "time in Settings."));
    // A button would take "& C" for a mnemonic: the ampersand is doubled to stay visible.
    m_privacy->setText(
        tr("Privacy Statement & Cookie Policy").replace(QLatin1Char('&'), QStringLiteral("&&")));
    m_agree->setText(tr("I Agree"));
    m_decline->setText(tr("Decline"));
}

} // namespace ichq::ui
