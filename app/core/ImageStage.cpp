#include "ImageStage.h"

#include <QTimer>

namespace ichq {

ImageStage::ImageStage(Fetcher &fetcher, ImageCache &images, QObject *parent)
    : RefreshStage(parent), m_images(images),
      m_fetcher(new ImageFetcher(fetcher, images, ImageLimits{}, this))
{
    connect(m_fetcher, &ImageFetcher::progress, this, &ImageStage::progress);
    connect(m_fetcher, &ImageFetcher::finished, this, &ImageStage::done);
}

void ImageStage::start(RefreshRun &run)
{
    m_run = &run;
    const QList<PendingImage> pending =
        run.options.fetchImages ? m_images.pending() : QList<PendingImage>();
    if (pending.isEmpty()) {
        QTimer::singleShot(0, this, [this] { done(0, 0); });
        return;
    }
    m_fetcher->fetch(pending);
}

void ImageStage::cancel()
{
    if (m_run)
        done(0, 0);
}

void ImageStage::done(int fetched, int failed)
{
    if (!m_run)
        return;
    m_run->report.imagesFetched = fetched;
    m_run->report.imagesFailed = failed;
    m_run = nullptr;
    emit finished();
}

} // namespace ichq
