#include "ThumbnailImage.h"

#include <QBuffer>
#include <QImageReader>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>

namespace ichq::ui {

QImage makeThumbnail(const QByteArray &bytes, QSize target)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    const QSize source = reader.size();
    // Fills the frame, but never beyond the photo's own pixels.
    const auto fitted = [&target](QSize natural) {
        const QSize filling = natural.scaled(target, Qt::KeepAspectRatioByExpanding);
        return filling.width() > natural.width() ? natural : filling;
    };
    if (source.isValid()) // JPEG decodes straight to a smaller size: far less work
        reader.setScaledSize(fitted(source));
    QImage image = reader.read();
    if (image.isNull())
        return {};
    const QSize size = fitted(image.size());
    if (size != image.size())
        image = image.scaled(size, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
    const QSize shown(std::min(size.width(), target.width()),
                      std::min(size.height(), target.height()));
    const QImage cropped = image.copy(QRect(
        QPoint((size.width() - shown.width()) / 2, (size.height() - shown.height()) / 2), shown));

    QImage thumbnail(target, QImage::Format_ARGB32_Premultiplied);
    thumbnail.fill(Qt::transparent);
    QPainter painter(&thumbnail);
    painter.setRenderHint(QPainter::Antialiasing);
    const QRectF frame(
        QPointF((target.width() - shown.width()) / 2.0, (target.height() - shown.height()) / 2.0),
        QSizeF(shown));
    QPainterPath path;
    const qreal radius = std::min<qreal>(target.height() / 14.0, shown.height() / 4.0);
    path.addRoundedRect(frame, radius, radius);
    painter.setClipPath(path);
    painter.drawImage(frame.topLeft(), cropped);
    return thumbnail;
}

} // namespace ichq::ui
