#pragma once

#include <QCache>
#include <QObject>
#include <QPixmap>
#include <QSet>
#include <QSize>
#include <QThreadPool>

namespace ichq {
class ImageCache;
}

namespace ichq::ui {

// Small scaled copies of the cached lead photos for the article list. The bytes come from the
// ImageCache in the UI thread (its database connection lives there); decoding and scaling run
// in a pool, so scrolling past a hundred new photos never waits for a JPEG decoder.
class ThumbnailCache : public QObject
{
    Q_OBJECT
public:
    ThumbnailCache(ImageCache &images, QSize size, QObject *parent = nullptr);
    ~ThumbnailCache() override;

    QSize size() const { return m_size; }
    void setDevicePixelRatio(qreal ratio);

    enum class Status { Ready, Pending, Missing };
    // The thumbnail, or a null pixmap while it is being made (ready() follows) or when the
    // photo is not in the cache (yet).
    QPixmap thumbnail(const QString &key, Status *status = nullptr);
    // Images arrived: forget which keys had no photo so they are tried again.
    void forgetMissing();

signals:
    void ready(const QString &key);

private:
    void decoded(const QString &key, const QImage &image);

    ImageCache &m_images;
    QSize m_size;
    qreal m_ratio = 1.0;
    QCache<QString, QPixmap> m_cache;
    QSet<QString> m_pending;
    QSet<QString> m_missing;
    QThreadPool m_pool;
};

} // namespace ichq::ui
