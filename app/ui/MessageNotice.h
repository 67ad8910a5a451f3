#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QTimer;
class QToolButton;

namespace ichq::ui {

// What became of the reader's messages, in the status bar: a short notice when one was
// delivered, refused or put off (saying why, with a button to the Outbox), and a badge while
// messages wait to be sent.
class MessageNotice : public QWidget
{
    Q_OBJECT
public:
    explicit MessageNotice(QWidget *parent = nullptr);

    // Shown for a while; `withOutbox` adds the "Open Outbox" button.
    void showNotice(const QString &text, bool withOutbox);
    void setWaiting(int messages); // 0 hides the badge

    QLabel *noticeLabel() const { return m_text; }
    QPushButton *outboxButton() const { return m_open; }
    QToolButton *waitingBadge() const { return m_waiting; }

signals:
    void outboxRequested();
    void noticeShown();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QLabel *m_text;
    QPushButton *m_open;
    QToolButton *m_waiting;
    QTimer *m_hide;
    int m_waitingCount = 0;
};

} // namespace ichq::ui
