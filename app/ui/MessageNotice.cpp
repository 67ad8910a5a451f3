#include "MessageNotice.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTimer>
#include <QToolButton>

namespace ichq::ui {

namespace {
// Long enough to read a server's reason twice.
constexpr int kNoticeMs = 20000;
} // namespace

MessageNotice::MessageNotice(QWidget *parent)
    : QWidget(parent), m_text(new QLabel), m_open(new QPushButton), m_waiting(new QToolButton),
      m_hide(new QTimer(this))
{
    setObjectName(QStringLiteral("messageNotice"));
    m_text->setObjectName(QStringLiteral("messageNoticeText"));
    m_text->setTextFormat(Qt::PlainText);
    m_open->setObjectName(QStringLiteral("messageNoticeOutbox"));
    m_open->setAutoDefault(false);
    m_waiting->setObjectName(QStringLiteral("messagesWaiting"));
    m_waiting->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_waiting->setAutoRaise(true);
    m_hide->setSingleShot(true);
    m_hide->setInterval(kNoticeMs);
    connect(m_hide, &QTimer::timeout, this, [this] {
        m_text->hide();
        m_open->hide();
    });
    connect(m_open, &QPushButton::clicked, this, &MessageNotice::outboxRequested);
    connect(m_waiting, &QToolButton::clicked, this, &MessageNotice::outboxRequested);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_text);
    layout->addWidget(m_open);
    layout->addWidget(m_waiting);
    m_text->hide();
    m_open->hide();
    m_waiting->hide();
    retranslateUi();
}

void MessageNotice::showNotice(const QString &text, bool withOutbox)
{
    m_text->setText(text);
    m_text->setToolTip(text);
    m_text->setAccessibleName(text);
    m_text->show();
    m_open->setVisible(withOutbox);
    m_hide->start();
    emit noticeShown();
}

void MessageNotice::setWaiting(int messages)
{
    m_waitingCount = messages;
    m_waiting->setVisible(messages > 0);
    retranslateUi();
}

void MessageNotice::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void MessageNotice::retranslateUi()
{
    m_open->setText(tr("Open Outbox"));
    //: A badge in the status bar; clicking it opens the Outbox.
    m_waiting->setText(tr("✉ %n message(s) waiting", nullptr, m_waitingCount));
    m_waiting->setToolTip(tr("Messages not sent yet. Click to open the Outbox."));
    m_waiting->setAccessibleName(m_waiting->text());
}

} // namespace ichq::ui
