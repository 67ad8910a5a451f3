#pragma once

#include <QIcon>
#include <QStyle>

namespace ichq::ui {

// The desktop theme's icon when there is one, else the style's own, else a glyph drawn here,
// so every toolbar button has a picture on every platform.
QIcon themedIcon(const QString &themeName, QStyle::StandardPixmap fallback);
QIcon glyphIcon(const QString &themeName, QChar glyph);

} // namespace ichq::ui
