#include "TrayNotifier.h"

#include <QApplication>
#include <QSystemTrayIcon>

namespace ichq::ui {

TrayNotifier::TrayNotifier(QObject *parent) : QObject(parent) {}

bool TrayNotifier::isAvailable()
{
    return QSystemTrayIcon::isSystemTrayAvailable();
}

void TrayNotifier::setEnabled(bool enabled)
{
    m_enabled = enabled;
    if (!enabled || !isAvailable()) {
        delete m_tray;
        m_tray = nullptr;
        return;
    }
    if (m_tray)
        return;
    m_tray = new QSystemTrayIcon(QApplication::windowIcon(), this);
    m_tray->setToolTip(QApplication::applicationDisplayName());
    connect(m_tray, &QSystemTrayIcon::activated, this, &TrayNotifier::activated);
    connect(m_tray, &QSystemTrayIcon::messageClicked, this, &TrayNotifier::activated);
    m_tray->show();
}

bool TrayNotifier::notifyNewArticles(int count)
{
    if (!m_enabled || !m_tray || count <= 0)
        return false;
    m_tray->showMessage(tr("iChongqing Reader"), tr("%n new article(s)", nullptr, count),
                        QSystemTrayIcon::Information);
    return true;
}

} // namespace ichq::ui
