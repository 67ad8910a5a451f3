#include "WrappedTextFit.h"

#include <QEvent>
#include <QLabel>
#include <QLayout>
#include <QTimer>
#include <QWidget>

namespace ichq::ui {

QLabel *wrappedLabel()
{
    auto *label = new QLabel;
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    return label;
}

WrappedTextFit::WrappedTextFit(QWidget *window) : QObject(window), m_window(window)
{
    window->installEventFilter(this);
}

void WrappedTextFit::install(QWidget *window)
{
    new WrappedTextFit(window); // owned by the window
}

bool WrappedTextFit::eventFilter(QObject *watched, QEvent *event)
{
    const QEvent::Type type = event->type();
    const bool relevant = type == QEvent::Show || type == QEvent::LayoutRequest ||
                          type == QEvent::LanguageChange || type == QEvent::Resize;
    if (watched == m_window && relevant && !m_pending) {
        // After the layout and every child have handled the same event.
        m_pending = true;
        QTimer::singleShot(0, this, &WrappedTextFit::fit);
    }
    return false;
}

void WrappedTextFit::fit()
{
    m_pending = false;
    QLayout *layout = m_window->layout();
    if (!layout || !layout->hasHeightForWidth() || !m_window->isVisible())
        return;
    const int needed = layout->totalHeightForWidth(m_window->width());
    if (needed > m_window->height())
        m_window->resize(m_window->width(), needed);
}

} // namespace ichq::ui
