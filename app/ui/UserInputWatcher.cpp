#include "UserInputWatcher.h"

#include <QCoreApplication>
#include <QEvent>

namespace ichq::ui {

UserInputWatcher::UserInputWatcher(QObject *parent) : QObject(parent)
{
    QCoreApplication::instance()->installEventFilter(this);
    // Quitting (Ctrl+Q is a key too) must not make the refresh being cancelled, or the marks
    // saved on the way out, wait for a pause.
    connect(QCoreApplication::instance(), &QCoreApplication::aboutToQuit, this,
            &UserInputWatcher::release);
}

UserInputWatcher::~UserInputWatcher()
{
    release();
}

bool UserInputWatcher::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::ShortcutOverride:
    case QEvent::MouseButtonPress:
    case QEvent::MouseButtonDblClick:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
        m_activity->noteInput();
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace ichq::ui
