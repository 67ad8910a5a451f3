#include "ImageFetcher.h"

#include "common/Logging.h"
#include "net/Fetcher.h"
#include "store/Database.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QImageReader>
#include <QSize>

namespace ichq {

ImageFetcher::ImageFetcher(Fetcher &fetcher, ImageCache &cache, const ImageLimits &limits,
                           QObject *parent)
    : QObject(parent), m_fetcher(fetcher), m_cache(cache), m_limits(limits)
{
    m_batchTimer.setSingleShot(true);
    m_batchTimer.setInterval(200);
    connect(&m_batchTimer, &QTimer::timeout, this, &ImageFetcher::commitBatch);
}

ImageFetcher::~ImageFetcher()
{
    commitBatch();
}

void ImageFetcher::openBatch()
{
    if (m_batch)
        return;
    m_batch = std::make_unique<Transaction>(m_cache.database().connection());
    m_batchTimer.start();
}

void ImageFetcher::commitBatch()
{
    m_batchTimer.stop();
    if (m_batch && !m_batch->commit())
        qCWarning(lcStore) << "image states could not be saved; they will be fetched again";
    m_batch.reset();
    m_batched = 0;
}

QString ImageFetcher::checkImage(const QByteArray &bytes, const ImageLimits &limits,
                                 QByteArray *mimeType, QSize *size)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    reader.setDecideFormatFromContent(true);
    const QByteArray format = reader.format().toLower();
    if (format.isEmpty() || !reader.canRead())
        return QCoreApplication::translate("ImageFetcher", "Not an image this app can show.");
    // SVG can carry script and external references; photos are never SVG.
    if (format.startsWith("svg"))
        return QCoreApplication::translate("ImageFetcher", "SVG images are not kept.");
    const QSize imageSize = reader.size();
    if (!imageSize.isValid() || imageSize.isEmpty())
        return QCoreApplication::translate("ImageFetcher", "The image has no readable size.");
    if (qint64(imageSize.width()) * imageSize.height() > limits.maxPixels)
        return QCoreApplication::translate("ImageFetcher",
                                           "The image is too large (%1 × %2 pixels).")
            .arg(imageSize.width())
            .arg(imageSize.height());
    *mimeType = format == "jpg" ? QByteArray("image/jpeg") : "image/" + format;
    *size = imageSize;
    return {};
}

void ImageFetcher::fetch(const QList<PendingImage> &images)
{
    m_queue += images;
    m_total += int(images.size());
    if (m_total == 0) {
        emit finished(0, 0);
        return;
    }
    while (m_active < m_limits.concurrency && !m_queue.isEmpty())
        startNext();
}

void ImageFetcher::startNext()
{
    const PendingImage image = m_queue.takeFirst();
    ++m_active;
    FetchRequest request;
    request.url = image.url;
    request.maxBytes = m_limits.maxBytes;
    request.accept = "image/avif,image/webp,image/png,image/jpeg,image/gif;q=0.9,*/*;q=0.5";
    m_fetcher.fetch(request, this,
                    [this, image](const FetchResult &result) { handle(image, result); });
}

bool ImageFetcher::keep(const PendingImage &image, const FetchResult &result)
{
    if (!result.ok()) {
        // Network trouble is worth another try on a later refresh (the cache caps attempts);
        // an image over the size cap would only be downloaded and dropped again.
        const bool refused = result.error == FetchResult::Error::TooLarge;
        m_cache.markFailed(image.key, result.errorMessage, refused);
        qCInfo(lcNet) << "image" << image.url << "failed:" << result.errorMessage;
        return false;
    }
    QByteArray mimeType;
    QSize size;
    const QString problem = checkImage(result.body, m_limits, &mimeType, &size);
    if (!problem.isEmpty()) {
        m_cache.markFailed(image.key, problem, true);
        return false;
    }
    QString error;
    if (m_cache.store(image.key, result.body, mimeType, size.width(), size.height(), &error))
        return true;
    m_cache.markFailed(image.key, error, false);
    return false;
}

void ImageFetcher::handle(const PendingImage &image, const FetchResult &result)
{
    --m_active;
    openBatch();
    const bool kept = keep(image, result);
    if (++m_batched >= 64)
        commitBatch();
    kept ? ++m_fetched : ++m_failed;
    emit progress(m_fetched + m_failed, m_total);
    if (!m_queue.isEmpty()) {
        startNext();
    } else if (m_active == 0) {
        commitBatch();
        const int fetched = m_fetched;
        const int failed = m_failed;
        m_total = m_fetched = m_failed = 0;
        emit finished(fetched, failed);
    }
}

} // namespace ichq
