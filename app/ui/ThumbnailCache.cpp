#include "ThumbnailCache.h"

#include "store/ImageCache.h"

#include <QBuffer>
#include <QImageReader>
#include <QPainter>
#include <QPainterPath>

namespace ichq::ui {

namespace {

// Fills `target` (cropping the middle, like a photo in a frame) with rounded corners.
QImage makeThumbnail(const QByteArray &bytes, QSize target)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    const QSize source = reader.size();
    if (source.isValid()) {
        // JPEG decodes straight to a smaller size: far less work than decode-then-scale.
        reader.setScaledSize(source.scaled(target, Qt::KeepAspectRatioByExpanding));
    }
    QImage image = reader.read();
    if (image.isNull())
        return {};
    image = image.scaled(target, Qt::KeepAspectRatioByExpanding, Qt::SmoothTransformation);
    const QRect middle((image.width() - target.width()) / 2, (image.height() - target.height()) / 2,
                       target.width(), target.height());
    const QImage cropped = image.copy(middle);

    QImage rounded(target, QImage::Format_ARGB32_Premultiplied);
    rounded.fill(Qt::transparent);
    QPainter painter(&rounded);
    painter.setRenderHint(QPainter::Antialiasing);
    QPainterPath path;
    const qreal radius = target.height() / 14.0;
    path.addRoundedRect(QRectF(QPointF(0, 0), QSizeF(target)), radius, radius);
    painter.setClipPath(path);
    painter.drawImage(0, 0, cropped);
    return rounded;
}

} // namespace

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
