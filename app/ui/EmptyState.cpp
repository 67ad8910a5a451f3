#include "EmptyState.h"

#include "Icons.h"

#include <QApplication>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace ichq::ui {

EmptyState::EmptyState(QWidget *parent)
    : QWidget(parent), m_icon(new QLabel(this)), m_title(new QLabel(this)),
      m_text(new QLabel(this)), m_retry(new QPushButton(this)), m_settings(new QPushButton(this))
{
    for (QLabel *label : {m_title, m_text}) {
        label->setTextFormat(Qt::PlainText);
        label->setAlignment(Qt::AlignHCenter);
        label->setWordWrap(true);
    }
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_text->setForegroundRole(QPalette::PlaceholderText);
    m_icon->setAlignment(Qt::AlignHCenter);
    m_retry->setDefault(true);
    m_retry->setMinimumWidth(120);
    m_settings->setObjectName(QStringLiteral("emptySettings"));
    m_settings->setMinimumWidth(120);

    // A column of fixed width: wrapped labels given an alignment in a layout lose their
    // height-for-width and cut lines off; centred by stretches instead, they keep it.
    auto *column = new QWidget(this);
    column->setFixedWidth(440);
    auto *inner = new QVBoxLayout(column);
    inner->setContentsMargins(0, 0, 0, 0);
    inner->setSpacing(0);
    inner->addWidget(m_icon);
    inner->addSpacing(16);
    inner->addWidget(m_title);
    inner->addSpacing(8);
    inner->addWidget(m_text);
    inner->addSpacing(20);
    auto *buttons = new QHBoxLayout;
    buttons->setSpacing(8);
    buttons->addStretch();
    buttons->addWidget(m_retry);
    buttons->addWidget(m_settings);
    buttons->addStretch();
    inner->addLayout(buttons);

    auto *row = new QHBoxLayout;
    row->addStretch();
    row->addWidget(column);
    row->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addStretch(2);
    layout->addLayout(row);
    layout->addStretch(3);

    connect(m_retry, &QPushButton::clicked, this, &EmptyState::retryRequested);
    connect(m_settings, &QPushButton::clicked, this, &EmptyState::settingsRequested);
    retranslateUi();
}

void EmptyState::setReason(Reason reason, std::function<QString()> detail)
{
    m_reason = reason;
    m_detail = std::move(detail);
    retranslateUi();
}

QString EmptyState::message() const
{
    return m_title->text() + QLatin1Char('\n') + m_text->text();
}

void EmptyState::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void EmptyState::retranslateUi()
{
    switch (m_reason) {
    case Reason::NotYetFetched:
        m_title->setText(tr("No articles yet"));
        m_text->setText(tr("Refresh to fetch the latest news from iChongqing."));
        break;
    case Reason::Fetching:
        m_title->setText(tr("Fetching the latest news…"));
        m_text->setText(tr("Articles appear here as soon as they arrive."));
        break;
    case Reason::Offline:
        m_title->setText(tr("No articles saved yet"));
        m_text->setText(tr("You are offline, and no articles have been saved on this computer "
                           "yet. Connect to the internet and try again."));
        break;
    case Reason::WorkingOffline:
        m_title->setText(tr("No articles saved yet"));
        m_text->setText(tr("You chose to work offline, and no articles have been saved on this "
                           "computer yet. Go online to fetch the latest news."));
        break;
    case Reason::Failed:
        m_title->setText(tr("No articles saved yet"));
        m_text->setText(
            tr("The news could not be fetched: %1").arg(m_detail ? m_detail() : QString()));
        break;
    }
    m_retry->setText(m_reason == Reason::NotYetFetched    ? tr("Refresh")
                     : m_reason == Reason::WorkingOffline ? tr("Go Online")
                                                          : tr("Retry"));
    const QIcon icon =
        m_reason == Reason::Offline || m_reason == Reason::WorkingOffline
            ? themedIcon(QStringLiteral("network-offline"), QStyle::SP_MessageBoxInformation)
        : m_reason == Reason::Failed
            ? themedIcon(QStringLiteral("dialog-warning"), QStyle::SP_MessageBoxWarning)
            : QApplication::windowIcon();
    m_icon->setPixmap(icon.pixmap(QSize(64, 64), devicePixelRatioF()));
    m_retry->setVisible(m_reason != Reason::Fetching);
    // Offline is no address's fault; a failed feed may be a wrong one.
    m_settings->setText(tr("Settings…"));
    m_settings->setAccessibleName(tr("Open Settings"));
    m_settings->setToolTip(tr("Check the news feed's address in Settings"));
    m_settings->setVisible(m_reason == Reason::Failed);
}

} // namespace ichq::ui
