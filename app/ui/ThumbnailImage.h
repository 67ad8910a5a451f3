#pragma once

#include <QImage>
#include <QSize>

namespace ichq::ui {

// A list thumbnail of `target` size from an image file's bytes: the photo fills the frame,
// cropped around its centre, with rounded corners. A photo smaller than the frame is never
// blown up: it keeps its natural size, centred, and the rest stays transparent. Null when the
// bytes are no image.
QImage makeThumbnail(const QByteArray &bytes, QSize target);

} // namespace ichq::ui
