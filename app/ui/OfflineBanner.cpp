#include "OfflineBanner.h"

#include "Icons.h"
#include "common/DateText.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QToolButton>

namespace ichq::ui {

OfflineBanner::OfflineBanner(QWidget *parent)
    : QFrame(parent), m_icon(new QLabel(this)), m_label(new QLabel(this)),
      m_retry(new QToolButton(this)), m_settings(new QToolButton(this)),
      m_close(new QToolButton(this))
{
    setObjectName(QStringLiteral("offlineBanner"));
    setAutoFillBackground(true);
    m_label->setTextFormat(Qt::PlainText);
    m_label->setWordWrap(true);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_close->setAutoRaise(true);
    m_close->setIcon(themedIcon(QStringLiteral("window-close"), QStyle::SP_TitleBarCloseButton));
    for (QToolButton *button : {m_retry, m_settings}) {
        button->setAutoRaise(true);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    }
    m_settings->setObjectName(QStringLiteral("bannerSettings"));

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(12, 6, 6, 6);
    layout->setSpacing(8);
    layout->addWidget(m_icon);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_retry);
    layout->addWidget(m_settings);
    layout->addWidget(m_close);

    connect(m_retry, &QToolButton::clicked, this, &OfflineBanner::retryRequested);
    connect(m_settings, &QToolButton::clicked, this, &OfflineBanner::settingsRequested);
    connect(m_close, &QToolButton::clicked, this, &OfflineBanner::hide);
    applyLook();
    retranslateUi();
    hide();
}

void OfflineBanner::showOffline(const QDateTime &lastSaved)
{
    m_kind = Kind::Offline;
    m_lastSaved = lastSaved;
    applyLook();
    retranslateUi();
    show();
}

void OfflineBanner::showError(std::function<QString()> error)
{
    m_kind = Kind::Error;
    m_error = std::move(error);
    applyLook();
    retranslateUi();
    show();
}

void OfflineBanner::clear()
{
    m_kind = Kind::None;
    m_checking = false;
    m_checkedAt = {};
    m_retry->setEnabled(true);
    hide();
}

void OfflineBanner::showChecking()
{
    m_checking = true;
    m_retry->setEnabled(false);
    retranslateUi();
    show();
}

void OfflineBanner::checked(const QDateTime &when)
{
    if (!m_checking)
        return;
    m_checking = false;
    m_checkedAt = when;
    m_retry->setEnabled(true);
    retranslateUi();
}

QString OfflineBanner::text() const
{
    return m_label->text();
}

void OfflineBanner::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    else if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange)
        applyLook();
    QFrame::changeEvent(event);
}

// A tint of the theme's own colours, so the strip suits light and dark themes alike.
void OfflineBanner::applyLook()
{
    const QPalette base = parentWidget() ? parentWidget()->palette() : QPalette();
    const QColor window = base.color(QPalette::Window);
    const QColor tint = m_kind == Kind::Error ? QColor(0xd9, 0x4f, 0x3d) : QColor(0xe8, 0xa3, 0x17);
    const qreal t = window.lightnessF() > 0.5 ? 0.16 : 0.28;
    QPalette palette = this->palette();
    palette.setColor(QPalette::Window,
                     QColor::fromRgbF(float(window.redF() * (1 - t) + tint.redF() * t),
                                      float(window.greenF() * (1 - t) + tint.greenF() * t),
                                      float(window.blueF() * (1 - t) + tint.blueF() * t)));
    setPalette(palette);
    const QIcon icon =
        m_kind == Kind::Error
            ? themedIcon(QStringLiteral("dialog-warning"), QStyle::SP_MessageBoxWarning)
            : themedIcon(QStringLiteral("network-offline"), QStyle::SP_MessageBoxInformation);
    const int size = fontMetrics().height();
    m_icon->setPixmap(icon.pixmap(QSize(size, size), devicePixelRatioF()));
}

void OfflineBanner::retranslateUi()
{
    switch (m_kind) {
    case Kind::Offline:
        m_label->setText(
            m_lastSaved.isValid()
                ? tr("You are offline. Showing articles saved on %1.").arg(savedAtText(m_lastSaved))
                : tr("You are offline. Showing the articles saved earlier."));
        break;
    case Kind::Error:
        m_label->setText(
            tr("The news could not be updated: %1").arg(m_error ? m_error() : QString()));
        break;
    case Kind::None:
        m_label->clear();
        break;
    }
    if (m_checking)
        m_label->setText(tr("Checking…"));
    else if (m_kind != Kind::None && m_checkedAt.isValid())
        m_label->setText(m_label->text() + QLatin1Char(' ') +
                         tr("Checked at %1.").arg(shortTimeText(m_checkedAt.toLocalTime().time())));
    m_retry->setText(tr("Retry"));
    // Offline is no address's fault; a failed feed may be a wrong one.
    m_settings->setText(tr("Settings…"));
    m_settings->setAccessibleName(tr("Open Settings"));
    m_settings->setToolTip(tr("Check the news feed's address in Settings"));
    m_settings->setVisible(m_kind == Kind::Error);
    m_close->setToolTip(tr("Hide this message"));
    m_close->setAccessibleName(tr("Hide this message"));
    setAccessibleName(m_label->text());
}

} // namespace ichq::ui
