#pragma once

#include "RefreshTypes.h"

#include <QWidget>

class QLabel;
class QProgressBar;

namespace ichq::ui {

// The refresh's place in the status bar: "Refreshing… 12 of 30 articles, 40 of 75 photos" with
// a progress bar while it runs, then one line saying how it went.
class StatusArea : public QWidget
{
    Q_OBJECT
public:
    explicit StatusArea(QWidget *parent = nullptr);

    void showProgress(const ichq::RefreshProgress &progress);
    void showResult(const QString &text); // plain text
    QString text() const;
    bool isBusy() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QLabel *m_label;
    QProgressBar *m_bar;
    RefreshProgress m_progress;
    bool m_busy = false;
};

} // namespace ichq::ui
