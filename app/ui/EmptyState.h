#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace ichq::ui {

// What the window shows with no article stored: a plain sentence with the reason and a Retry
// button, instead of three empty panes.
class EmptyState : public QWidget
{
    Q_OBJECT
public:
    enum class Reason { NotYetFetched, Fetching, Offline, Failed };

    explicit EmptyState(QWidget *parent = nullptr);

    void setReason(Reason reason, const QString &detail = {}); // detail: plain text
    Reason reason() const { return m_reason; }
    QString message() const;
    QPushButton *retryButton() const { return m_retry; }

signals:
    void retryRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    Reason m_reason = Reason::NotYetFetched;
    QString m_detail;
    QLabel *m_icon;
    QLabel *m_title;
    QLabel *m_text;
    QPushButton *m_retry;
};

} // namespace ichq::ui
