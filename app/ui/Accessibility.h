#pragma once

#include <QString>

class QAbstractScrollArea;
class QAction;
class QLineEdit;

namespace ichq::ui {

// Names the button a line edit shows for one of its actions (QLineEdit::addAction). Qt gives
// such a button an icon and no text, so a screen reader would announce a nameless button.
// The name goes on the button, not the action: the action's text would also become a tooltip.
void setLineEditButtonName(QLineEdit *edit, const QAction *action, const QString &name);
// The same for the clear button QLineEdit::setClearButtonEnabled adds. Call after enabling
// it, and on each language change.
void setClearButtonName(QLineEdit *edit, const QString &name);

// Draws a 2px frame in the highlight colour around the view's rows while it has the keyboard
// focus, so the reader sees which list the arrow keys move in: under Fusion a frameless list
// (the window's are) shows no sign of it. Works with any style, palette and delegate.
void showFocusFrame(QAbstractScrollArea *view);

} // namespace ichq::ui
