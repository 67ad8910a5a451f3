#pragma once

#include <QObject>

class QSystemTrayIcon;

namespace ichq::ui {

// "12 new articles" from the system tray, when the user asked for it and the desktop has a
// tray. Silent everywhere else.
class TrayNotifier : public QObject
{
    Q_OBJECT
public:
    explicit TrayNotifier(QObject *parent = nullptr);

    static bool isAvailable();
    void setEnabled(bool enabled);
    bool isEnabled() const { return m_enabled; }
    // Returns whether a message was shown.
    bool notifyNewArticles(int count);

signals:
    void activated(); // the user clicked the icon or the message

private:
    bool m_enabled = false;
    QSystemTrayIcon *m_tray = nullptr;
};

} // namespace ichq::ui
