#pragma once

#include <QObject>
#include <QPalette>
#include <QString>

class QAction;
class QActionGroup;
class QMenu;

namespace ichq {
class Settings;
}

namespace ichq::ui {

// View -> Appearance: System, Light or Dark, for the interface and the article page (which
// follows the window's palette). Qt 6.4 cannot ask the platform for a colour scheme, so Light
// and Dark set Fusion with a palette of their own, and System puts back the style and palette
// the reader started with. The choice is saved and applied when the window is built.
class Appearance : public QObject
{
    Q_OBJECT
public:
    enum class Scheme { System, Light, Dark };

    // Adds the submenu to `viewMenu` and applies the saved choice.
    Appearance(QMenu *viewMenu, Settings &settings, QObject *parent = nullptr);

    Scheme scheme() const { return m_scheme; }
    void setScheme(Scheme scheme); // applies and saves it
    QMenu *menu() const { return m_menu; }

    static QPalette lightPalette();
    static QPalette darkPalette();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void apply();
    void retranslateUi();
    QAction *actionFor(Scheme scheme) const;

    Settings &m_settings;
    Scheme m_scheme = Scheme::System;
    QMenu *m_menu;
    QActionGroup *m_group;
    QAction *m_system;
    QAction *m_light;
    QAction *m_dark;
};

} // namespace ichq::ui
