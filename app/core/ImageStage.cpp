#include "ImageStage.h"

#include <QTimer>

namespace ichq {

ImageStage::ImageStage(Fetcher &fetcher, ImageCache &images, QObject *parent)
    : RefreshStage(parent), m_images(images),
      m_fetcher(new ImageFetcher(fetcher, images, ImageLimits{}, this)),
      m_deadline(new QTimer(this))
{
    m_deadline->setSingleShot(true);
    connect(m_fetcher, &ImageFetcher::progress, this, &ImageStage::progress);
    connect(m_fetcher, &ImageFetcher::finished, this, &ImageStage::done);
    // Photos that miss the deadline stay pending: the next refresh tries them first.
    connect(m_deadline, &QTimer::timeout, m_fetcher, &ImageFetcher::cancel);
}

// The fetcher commits the photo states it batched while the cache's database still exists.
ImageStage::~ImageStage()
{
    m_fetcher->cancel();
}

void ImageStage::start(RefreshRun &run)
{
    m_run = &run;
    const RefreshOptions &options = run.options;
    QList<PendingImage> pending;
    if (options.photosOfArticle > 0)
        pending = m_images.missingFor(options.photosOfArticle);
    else if (options.fetchImages)
        pending = m_images.pending(options.imagesPerRefresh, options.imagesPerArticle);
    if (pending.isEmpty()) {
        QTimer::singleShot(0, this, [this] { done(0, 0); });
        return;
    }
    if (options.imageStageDeadlineMs > 0)
        m_deadline->start(options.imageStageDeadlineMs);
    m_fetcher->setUserActivity(options.userActivity.get());
    m_fetcher->fetch(pending, run.publicOnly);
}

void ImageStage::cancel()
{
    m_fetcher->cancel(); // finished() reports what was fetched so far
    if (m_run)
        done(0, 0);
}

void ImageStage::done(int fetched, int failed)
{
    m_deadline->stop();
    if (!m_run)
        return;
    m_run->report.imagesFetched = fetched;
    m_run->report.imagesFailed = failed;
    m_run = nullptr;
    emit finished();
}

} // namespace ichq
