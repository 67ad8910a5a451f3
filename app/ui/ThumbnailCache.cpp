#include "ThumbnailCache.h"

#include "ThumbnailImage.h"
#include "store/ImageCache.h"

namespace ichq::ui {

ThumbnailCache::ThumbnailCache(ImageCache &images, QSize size, QObject *parent)
    : QObject(parent), m_images(images), m_size(size), m_cache(600)
{
    m_pool.setMaxThreadCount(2);
}

ThumbnailCache::~ThumbnailCache()
{
    // Tasks call back into this object: none may outlive it.
    m_pool.clear();
    m_pool.waitForDone();
}

void ThumbnailCache::setDevicePixelRatio(qreal ratio)
{
    if (qFuzzyCompare(ratio, m_ratio))
        return;
    m_ratio = ratio;
    m_cache.clear();
}

QPixmap ThumbnailCache::thumbnail(const QString &key, Status *status)
{
    Status ignored;
    Status &result = status ? *status : ignored;
    result = Status::Missing;
    if (key.isEmpty() || m_missing.contains(key))
        return {};
    if (const QPixmap *cached = m_cache.object(key)) {
        result = Status::Ready;
        return *cached;
    }
    result = Status::Pending;
    if (m_pending.contains(key))
        return {};
    const std::optional<CachedImage> image = m_images.read(key);
    if (!image) {
        m_missing.insert(key);
        result = Status::Missing;
        return {};
    }
    m_pending.insert(key);
    const QSize target = m_size * m_ratio;
    const QByteArray bytes = image->bytes;
    m_pool.start([this, key, bytes, target] {
        const QImage thumbnail = makeThumbnail(bytes, target);
        QMetaObject::invokeMethod(
            this, [this, key, thumbnail] { decoded(key, thumbnail); }, Qt::QueuedConnection);
    });
    return {};
}

void ThumbnailCache::forgetMissing()
{
    m_missing.clear();
}

void ThumbnailCache::decoded(const QString &key, const QImage &image)
{
    m_pending.remove(key);
    if (image.isNull()) {
        m_missing.insert(key);
        return;
    }
    auto *pixmap = new QPixmap(QPixmap::fromImage(image));
    pixmap->setDevicePixelRatio(m_ratio);
    m_cache.insert(key, pixmap);
    emit ready(key);
}

} // namespace ichq::ui
