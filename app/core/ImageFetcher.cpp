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
    : QObject(parent), m_fetcher(fetcher), m_cache(cache), m_requests(new QObject(this)),
      m_limits(limits)
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
    if (m_batch && !m_batch->commit()) {
        qCWarning(lcStore) << "image states could not be saved; they will be fetched again";
        // The summary counts what the store recorded (a full disk loses the whole batch).
        m_fetched -= m_batchedKept;
        m_failed += m_batchedKept;
    }
    m_batch.reset();
    m_batched = 0;
    m_batchedKept = 0;
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

void ImageFetcher::fetch(const QList<PendingImage> &images, bool publicOnly)
{
    m_publicOnly = publicOnly;
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
    request.publicOnly = m_publicOnly;
    request.accept = "image/avif,image/webp,image/png,image/jpeg,image/gif;q=0.9,*/*;q=0.5";
    m_fetcher.fetch(request, m_requests,
                    [this, image](const FetchResult &result) { handle(image, result); });
}

bool ImageFetcher::isPermanentFailure(const FetchResult &result)
{
    switch (result.error) {
    case FetchResult::Error::TooLarge:
    case FetchResult::Error::UnsupportedUrl:
    case FetchResult::Error::InsecureRedirect:
    case FetchResult::Error::TooManyRedirects:
    case FetchResult::Error::NonPublicAddress:
        return true;
    case FetchResult::Error::HttpStatus:
        // Gone, forbidden, or never there: a later refresh would get the same answer.
        return result.httpStatus == 404 || result.httpStatus == 410 || result.httpStatus == 401 ||
               result.httpStatus == 403 || result.httpStatus == 400;
    default:
        return false;
    }
}

void ImageFetcher::cancel()
{
    if (!isRunning())
        return;
    m_queue.clear();
    delete m_requests; // aborts every transfer; their callbacks never run
    m_requests = new QObject(this);
    m_active = 0;
    finishRun();
}

void ImageFetcher::finishRun()
{
    commitBatch();
    const int fetched = m_fetched;
    const int failed = m_failed;
    m_total = m_fetched = m_failed = 0;
    emit finished(fetched, failed);
}

bool ImageFetcher::keep(const PendingImage &image, const FetchResult &result)
{
    if (!result.ok()) {
        // Network trouble is worth another try on a later refresh (the cache caps attempts);
        // a 404, or an image over the size cap, would only fail the same way again.
        m_cache.markFailed(image.key, result.errorMessage, isPermanentFailure(result));
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
    kept ? ++m_fetched : ++m_failed;
    m_batchedKept += kept ? 1 : 0;
    if (++m_batched >= 64)
        commitBatch();
    emit progress(m_fetched + m_failed, m_total);
    if (m_yield.isDue()) {
        commitBatch(); // the store is not held while this thread waits
        m_yield.pause();
    }
    if (!m_queue.isEmpty())
        startNext();
    else if (m_active == 0)
        finishRun();
}

} // namespace ichq
