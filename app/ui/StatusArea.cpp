#include "StatusArea.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>

namespace ichq::ui {

StatusArea::StatusArea(QWidget *parent)
    : QWidget(parent), m_label(new QLabel(this)), m_bar(new QProgressBar(this))
{
    m_label->setTextFormat(Qt::PlainText);
    m_bar->setTextVisible(false);
    m_bar->setFixedWidth(140);
    m_bar->setMaximumHeight(fontMetrics().height() * 3 / 4);
    m_bar->hide();
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 4, 0);
    layout->setSpacing(8);
    layout->addWidget(m_label);
    layout->addWidget(m_bar);
}

void StatusArea::showProgress(int feedsDone, int feedsTotal, int imagesDone, int imagesTotal)
{
    m_busy = true;
    m_counts[0] = feedsDone;
    m_counts[1] = feedsTotal;
    m_counts[2] = imagesDone;
    m_counts[3] = imagesTotal;
    // Feeds are the first half of the bar, images the second: the bar never runs backwards.
    const int feedPart = feedsTotal > 0 ? 500 * feedsDone / feedsTotal : 0;
    const int imagePart = imagesTotal > 0 ? 500 * imagesDone / imagesTotal : 0;
    m_bar->setRange(0, 1000);
    m_bar->setValue(feedPart + (feedsDone == feedsTotal ? imagePart : 0));
    m_bar->show();
    retranslateUi();
}

void StatusArea::showResult(const QString &text)
{
    m_busy = false;
    m_bar->hide();
    m_label->setText(text);
}

QString StatusArea::text() const
{
    return m_label->text();
}

bool StatusArea::isBusy() const
{
    return m_busy;
}

void StatusArea::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void StatusArea::retranslateUi()
{
    if (!m_busy)
        return; // results are retranslated by whoever wrote them, on the next refresh
    const QLocale locale;
    if (m_counts[3] > 0) {
        m_label->setText(tr("Refreshing… %1 of %2 feeds, %3 of %4 images")
                             .arg(locale.toString(m_counts[0]), locale.toString(m_counts[1]),
                                  locale.toString(m_counts[2]), locale.toString(m_counts[3])));
    } else {
        m_label->setText(tr("Refreshing… %1 of %2 feeds")
                             .arg(locale.toString(m_counts[0]), locale.toString(m_counts[1])));
    }
}

} // namespace ichq::ui
