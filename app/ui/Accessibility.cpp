#include "Accessibility.h"

#include <QAction>
#include <QLineEdit>
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

} // namespace ichq::ui
