#include "Appearance.h"

#include "common/Settings.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QEvent>
#include <QMenu>
#include <QStyle>
#include <QStyleFactory>

namespace ichq::ui {

namespace {

// What the reader started with, before any choice replaced it: System goes back to these.
struct StartingLook
{
    QString styleName;
    QPalette palette;
};

const StartingLook &startingLook()
{
    static const StartingLook look{QApplication::style()->name(), QApplication::palette()};
    return look;
}

QString keyOf(Appearance::Scheme scheme)
{
    switch (scheme) {
    case Appearance::Scheme::Light:
        return QStringLiteral("light");
    case Appearance::Scheme::Dark:
        return QStringLiteral("dark");
    case Appearance::Scheme::System:
        break;
    }
    return QStringLiteral("system");
}

Appearance::Scheme schemeOf(const QString &key)
{
    if (key == u"light")
        return Appearance::Scheme::Light;
    if (key == u"dark")
        return Appearance::Scheme::Dark;
    return Appearance::Scheme::System;
}

} // namespace

Appearance::Appearance(QMenu *viewMenu, Settings &settings, QObject *parent)
    : QObject(parent), m_settings(settings), m_menu(viewMenu->addMenu(QString())),
      m_group(new QActionGroup(this)), m_system(m_group->addAction(QString())),
      m_light(m_group->addAction(QString())), m_dark(m_group->addAction(QString()))
{
    startingLook(); // taken now, before the first choice changes it
    m_menu->setObjectName(QStringLiteral("appearanceMenu"));
    for (QAction *action : m_group->actions()) {
        action->setCheckable(true);
        m_menu->addAction(action);
    }
    connect(m_group, &QActionGroup::triggered, this, [this](QAction *action) {
        setScheme(action == m_light  ? Scheme::Light
                  : action == m_dark ? Scheme::Dark
                                     : Scheme::System);
    });
    m_menu->installEventFilter(this); // LanguageChange reaches the menu
    retranslateUi();
    m_scheme = schemeOf(m_settings.appearance());
    actionFor(m_scheme)->setChecked(true);
    apply(); // System too: a window built again in the same run may follow a Dark one
}

void Appearance::setScheme(Scheme scheme)
{
    actionFor(scheme)->setChecked(true);
    if (scheme == m_scheme)
        return;
    m_scheme = scheme;
    m_settings.setAppearance(keyOf(scheme));
    apply();
}

void Appearance::apply()
{
    const StartingLook &start = startingLook();
    if (m_scheme == Scheme::System) {
        if (QApplication::style()->name() != start.styleName)
            QApplication::setStyle(QStyleFactory::create(start.styleName));
        QApplication::setPalette(start.palette);
        return;
    }
    // Platform styles (Windows, macOS) draw with the system's colours whatever the palette
    // says; Fusion draws with the palette.
    if (QApplication::style()->name().compare(u"fusion", Qt::CaseInsensitive) != 0)
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    QApplication::setPalette(m_scheme == Scheme::Dark ? darkPalette() : lightPalette());
}

QPalette Appearance::lightPalette()
{
    QPalette palette(QColor(0xef, 0xef, 0xef)); // Fusion's own light grey
    palette.setColor(QPalette::Base, Qt::white);
    palette.setColor(QPalette::AlternateBase, QColor(0xf7, 0xf7, 0xf7));
    palette.setColor(QPalette::Text, QColor(0x1d, 0x1d, 0x1f));
    palette.setColor(QPalette::WindowText, QColor(0x1d, 0x1d, 0x1f));
    palette.setColor(QPalette::ButtonText, QColor(0x1d, 0x1d, 0x1f));
    palette.setColor(QPalette::Highlight, QColor(0x30, 0x8c, 0xc6));
    palette.setColor(QPalette::HighlightedText, Qt::white);
    palette.setColor(QPalette::Link, QColor(0x1a, 0x5f, 0xb4));
    palette.setColor(QPalette::PlaceholderText, QColor(0x75, 0x75, 0x75));
    return palette;
}

QPalette Appearance::darkPalette()
{
    const QColor window(0x2b, 0x2b, 0x2e);
    const QColor text(0xe8, 0xe8, 0xea);
    QPalette palette(window);
    palette.setColor(QPalette::Window, window);
    palette.setColor(QPalette::Button, QColor(0x35, 0x35, 0x39));
    palette.setColor(QPalette::Base, QColor(0x1f, 0x1f, 0x22));
    palette.setColor(QPalette::AlternateBase, QColor(0x28, 0x28, 0x2c));
    palette.setColor(QPalette::ToolTipBase, QColor(0x35, 0x35, 0x39));
    for (QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText,
                                     QPalette::ToolTipText, QPalette::BrightText})
        palette.setColor(role, text);
    palette.setColor(QPalette::Highlight, QColor(0x3d, 0x7e, 0xc6));
    palette.setColor(QPalette::HighlightedText, Qt::white);
    palette.setColor(QPalette::Link, QColor(0x8a, 0xb4, 0xf8));
    palette.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9a, 0xa0));
    for (QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        palette.setColor(QPalette::Disabled, role, QColor(0x80, 0x80, 0x86));
    return palette;
}

bool Appearance::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_menu && event->type() == QEvent::LanguageChange)
        retranslateUi();
    return QObject::eventFilter(watched, event);
}

void Appearance::retranslateUi()
{
    m_menu->setTitle(tr("&Appearance"));
    m_system->setText(tr("&System"));
    m_system->setToolTip(tr("Follow the system's light or dark look"));
    m_light->setText(tr("&Light"));
    m_dark->setText(tr("&Dark"));
}

QAction *Appearance::actionFor(Scheme scheme) const
{
    switch (scheme) {
    case Scheme::Light:
        return m_light;
    case Scheme::Dark:
        return m_dark;
    case Scheme::System:
        break;
    }
    return m_system;
}

} // namespace ichq::ui
