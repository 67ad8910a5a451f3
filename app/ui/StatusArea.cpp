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

void StatusArea::showProgress(const RefreshProgress &progress)
{
    m_busy = true;
    m_progress = progress;
    // Feeds, whole articles and photos each fill a third of the bar, in the order they run, so
    // the bar never runs backwards.
    const auto part = [](int done, int total) { return total > 0 ? 333 * done / total : 0; };
    const bool feedsDone = progress.feedsDone >= progress.feedsTotal;
    const bool pagesDone = progress.pagesDone >= progress.pagesTotal;
    int value = part(progress.feedsDone, progress.feedsTotal);
    if (feedsDone)
        value = 333 + part(progress.pagesDone, progress.pagesTotal);
    if (feedsDone && pagesDone && progress.imagesTotal > 0)
        value = 666 + part(progress.imagesDone, progress.imagesTotal);
    m_bar->setRange(0, 1000);
    m_bar->setValue(value);
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
    const RefreshProgress &p = m_progress;
    QStringList parts;
    if (p.pagesTotal == 0 && p.imagesTotal == 0)
        parts << tr("%1 of %2 feeds")
                     .arg(locale.toString(p.feedsDone), locale.toString(p.feedsTotal));
    if (p.pagesTotal > 0)
        parts << tr("%1 of %2 articles")
                     .arg(locale.toString(p.pagesDone), locale.toString(p.pagesTotal));
    if (p.imagesTotal > 0)
        parts << tr("%1 of %2 photos")
                     .arg(locale.toString(p.imagesDone), locale.toString(p.imagesTotal));
    //: Shown while a refresh runs; %1 lists the counts, e.g. "12 of 30 articles, 40 of 75 photos".
    m_label->setText(tr("Refreshing… %1").arg(parts.join(tr(", "))));
}

} // namespace ichq::ui
