#pragma once

#include <QWidget>

#include <functional>

class QLabel;
class QPushButton;

namespace ichq::ui {

// What the window shows with no article stored: a plain sentence with the reason and a Retry
// button, instead of three empty panes. When the feed failed, "Settings…" beside Retry leads to
// the feed's address.
class EmptyState : public QWidget
{
    Q_OBJECT
public:
    // Offline: no network. WorkingOffline: the user chose it (--offline, Work Offline); the
    // button then goes online.
    enum class Reason { NotYetFetched, Fetching, Offline, WorkingOffline, Failed };

    explicit EmptyState(QWidget *parent = nullptr);

    // detail: plain text, written when shown and again on a language change (so an error never
    // stays in the language it arrived in).
    void setReason(Reason reason, std::function<QString()> detail = {});
    Reason reason() const { return m_reason; }
    QString message() const;
    QPushButton *retryButton() const { return m_retry; }
    QPushButton *settingsButton() const { return m_settings; }

signals:
    void retryRequested();
    void settingsRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    Reason m_reason = Reason::NotYetFetched;
    std::function<QString()> m_detail;
    QLabel *m_icon;
    QLabel *m_title;
    QLabel *m_text;
    QPushButton *m_retry;
    QPushButton *m_settings;
};

} // namespace ichq::ui
