#pragma once

#include <QDateTime>
#include <QFrame>

#include <functional>

class QLabel;
class QToolButton;

namespace ichq::ui {

// A quiet strip above the lists: "You are offline. Showing articles saved on …", or why the
// last refresh failed, then with "Settings…" beside Retry. Never modal; the reader goes on
// reading beneath it.
class OfflineBanner : public QFrame
{
    Q_OBJECT
public:
    explicit OfflineBanner(QWidget *parent = nullptr);

    // lastSaved: the last successful refresh; invalid when there never was one.
    void showOffline(const QDateTime &lastSaved);
    // Plain text, written when shown and again on a language change.
    void showError(std::function<QString()> error);
    void clear();
    // Retry was pressed: "Checking…" until the attempt ends (checked()), and Retry waits.
    void showChecking();
    void checked(const QDateTime &when); // the attempt ended; its time is shown with the result

    QString text() const;
    QToolButton *retryButton() const { return m_retry; }
    QToolButton *settingsButton() const { return m_settings; }
    bool isOffline() const { return m_kind == Kind::Offline; }

signals:
    void retryRequested();
    void settingsRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    enum class Kind { None, Offline, Error };
    void retranslateUi();
    void applyLook();

    Kind m_kind = Kind::None;
    bool m_checking = false;
    QDateTime m_checkedAt; // of the last Retry; invalid before one
    QDateTime m_lastSaved;
    std::function<QString()> m_error;
    QLabel *m_icon;
    QLabel *m_label;
    QToolButton *m_retry;
    QToolButton *m_settings;
    QToolButton *m_close;
};

} // namespace ichq::ui
