#include "Accessibility.h"

#include <QAbstractScrollArea>
#include <QAction>
#include <QEvent>
#include <QLineEdit>
#include <QPainter>
#include <QToolButton>

namespace ichq::ui {

void setLineEditButtonName(QLineEdit *edit, const QAction *action, const QString &name)
{
    const auto buttons = edit->findChildren<QToolButton *>(Qt::FindDirectChildrenOnly);
    for (QToolButton *button : buttons) {
        if (button->defaultAction() == action)
            button->setAccessibleName(name);
    }
}

void setClearButtonName(QLineEdit *edit, const QString &name)
{
    // Qt's own name for the clear action, the same since Qt 5.2.
    if (auto *clear = edit->findChild<QAction *>(QStringLiteral("_q_qlineeditclearaction")))
        setLineEditButtonName(edit, clear, name);
}

namespace {

constexpr int kFrameWidth = 2;

// A ring laid over the view rather than painted in it: the rows and the delegates stay as
// they are. The mask makes it a ring for Qt's painting too, so scrolling still copies the rows
// instead of painting the whole list again. Item views show assistive technology their rows,
// not their child widgets: the ring is never announced.
class FocusFrame : public QWidget
{
public:
    explicit FocusFrame(QAbstractScrollArea *view) : QWidget(view), m_view(view)
    {
        setObjectName(QStringLiteral("focusFrame"));
        setAttribute(Qt::WA_TransparentForMouseEvents);
        setFocusPolicy(Qt::NoFocus);
        hide();
        view->installEventFilter(this);
        view->viewport()->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched == m_view->viewport()) {
            if (event->type() == QEvent::Resize || event->type() == QEvent::Move)
                place(); // a scroll bar came or went
            return false;
        }
        if (watched != m_view)
            return false;
        switch (event->type()) {
        case QEvent::FocusIn:
            place();
            show();
            raise(); // above the viewport
            break;
        case QEvent::FocusOut:
            hide();
            break;
        default:
            break;
        }
        return false;
    }

    void paintEvent(QPaintEvent *) override
    {
        QPainter painter(this);
        painter.fillRect(rect(), m_view->palette().color(QPalette::Active, QPalette::Highlight));
    }

private:
    // Around the rows, not the scroll bars: the view raises their containers when it lays
    // them out again, and they would paint over the frame.
    void place()
    {
        setGeometry(m_view->viewport()->geometry());
        const QRect inner = rect().adjusted(kFrameWidth, kFrameWidth, -kFrameWidth, -kFrameWidth);
        setMask(QRegion(rect()).subtracted(QRegion(inner)));
    }

    QAbstractScrollArea *m_view;
};

} // namespace

void showFocusFrame(QAbstractScrollArea *view)
{
    new FocusFrame(view);
}

} // namespace ichq::ui
