#pragma once

#include <QObject>
#include <QUrl>

#include <functional>

class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;

namespace ichq::ui {

// One web address in Settings: the field, a hint under it, and an error that says what is wrong
// with what was typed (also the field's accessible description, for screen readers). An address
// counts once it is typed out (Return, leaving the field, closing the dialog) and only when it is
// valid; then committed() carries it. A field may offer a default with a "Restore Default" button.
class AddressField : public QObject
{
    Q_OBJECT
public:
    // Why `url` cannot be used, or empty when it can. `text` is what was typed, trimmed.
    using Check = std::function<QString(const QString &text, const QUrl &url)>;

    AddressField(const QString &objectName, const QUrl &current, Check check,
                 QObject *parent = nullptr);

    // What an empty field stands for, shown in the field and brought back by "Restore Default"
    // (empty: none). It is committed as an empty url, so the setting follows the app's own
    // default rather than keep a copy of it. Before addRows(), which then adds the button.
    void offerDefault(const QUrl &url);

    // withHint false: the field has no line under it (a tooltip says what it is for).
    void addRows(QFormLayout *form, bool withHint = true);
    // The label, hint and placeholder, in the language in effect (after a language change).
    // restoreName: what the Restore Default button does, for its tooltip and accessible name
    // (several such buttons read alike).
    void setTexts(const QString &label, const QString &hint, const QString &restoreName = {});

    // Shows the error when what is typed cannot be used (false), else commits it.
    bool commit();
    void restoreDefault();
    QUrl committedUrl() const { return m_committed; }

    QLineEdit *edit() const { return m_edit; }
    QLabel *error() const { return m_error; }
    QPushButton *defaultButton() const { return m_restore; } // null without offerDefault()

    // Plain http(s) with a host, or empty: the rule every address field starts from.
    static bool isWebAddress(const QUrl &url);

signals:
    void committed(const QUrl &url);

private:
    QString problem() const;
    void showProblem(const QString &why);
    void updateRestore();

    Check m_check;
    QLabel *m_label;
    QLineEdit *m_edit;
    QLabel *m_hint;
    QLabel *m_error;
    QPushButton *m_restore = nullptr;
    QUrl m_default;
    QUrl m_committed;
};

} // namespace ichq::ui
