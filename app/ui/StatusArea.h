#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;

namespace ichq::ui {

// The refresh's place in the status bar: "Refreshing… 1 of 1 feeds, 120 of 600 images" with a
// progress bar while it runs, then one line saying how it went.
class StatusArea : public QWidget
{
    Q_OBJECT
public:
    explicit StatusArea(QWidget *parent = nullptr);

    void showProgress(int feedsDone, int feedsTotal, int imagesDone, int imagesTotal);
    void showResult(const QString &text); // plain text
    QString text() const;
    bool isBusy() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QLabel *m_label;
    QProgressBar *m_bar;
    int m_counts[4] = {0, 0, 0, 0};
    bool m_busy = false;
};

} // namespace ichq::ui
