#pragma once

#include <QObject>

class QLabel;
class QWidget;

namespace ichq::ui {

// A plain-text label that wraps its words: what WrappedTextFit makes room for.
QLabel *wrappedLabel();

// A window whose layout wraps text (word-wrapped labels) gets its size from the layout's
// size hint, which ignores that narrower text needs more lines: the last lines were cut off,
// most in the language with the longer words. Watching the window, this grows it to the height
// its layout needs at the width it has, when shown and whenever its layout changes (a language
// switch included). It never shrinks a window the user made larger.
class WrappedTextFit : public QObject
{
    Q_OBJECT
public:
    static void install(QWidget *window);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    explicit WrappedTextFit(QWidget *window);
    void fit();

    QWidget *m_window;
    bool m_pending = false;
};

} // namespace ichq::ui
