#include "Icons.h"

#include <QApplication>
#include <QPainter>
#include <QPalette>

namespace ichq::ui {

namespace {

constexpr int kSizes[] = {16, 22, 24, 32, 48};

// GNOME's Adwaita keeps only its monochrome "-symbolic" icons current; its plain names are a
// legacy set in another style. Use the symbolic ones there, coloured like the text, so the
// toolbar looks of a piece on light and dark themes alike.
bool preferSymbolic()
{
    const QString theme = QIcon::themeName();
    const bool noTheme = theme.isEmpty() || theme == u"hicolor";
    return theme == u"Adwaita" || (noTheme && QIcon::fallbackThemeName() == u"Adwaita");
}

QPixmap tintedPixmap(const QIcon &source, int size, const QColor &color)
{
    QPixmap pixmap = source.pixmap(QSize(size, size));
    QPainter painter(&pixmap);
    painter.setCompositionMode(QPainter::CompositionMode_SourceIn);
    painter.fillRect(pixmap.rect(), color);
    painter.end();
    return pixmap;
}

QIcon tinted(const QIcon &source)
{
    const QPalette palette = QApplication::palette();
    QIcon icon;
    for (const int size : kSizes) {
        icon.addPixmap(
            tintedPixmap(source, size, palette.color(QPalette::Active, QPalette::WindowText)));
        icon.addPixmap(
            tintedPixmap(source, size, palette.color(QPalette::Disabled, QPalette::WindowText)),
            QIcon::Disabled);
    }
    return icon;
}

bool themeIcon(const QString &name, QIcon *icon)
{
    const QString symbolic = name + QStringLiteral("-symbolic");
    if (preferSymbolic() && QIcon::hasThemeIcon(symbolic)) {
        *icon = tinted(QIcon::fromTheme(symbolic));
        return true;
    }
    if (QIcon::hasThemeIcon(name)) {
        *icon = QIcon::fromTheme(name);
        return true;
    }
    return false;
}

} // namespace

QIcon themedIcon(const QString &themeName, QStyle::StandardPixmap fallback)
{
    QIcon icon;
    if (themeIcon(themeName, &icon))
        return icon;
    return QApplication::style()->standardIcon(fallback);
}

QIcon glyphIcon(const QString &themeName, QChar glyph)
{
    QIcon icon;
    if (themeIcon(themeName, &icon))
        return icon;
    for (const int size : kSizes) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::TextAntialiasing);
        QFont font = QApplication::font();
        font.setPixelSize(int(size * 0.85));
        painter.setFont(font);
        painter.setPen(QApplication::palette().color(QPalette::WindowText));
        painter.drawText(pixmap.rect(), Qt::AlignCenter, QString(glyph));
        painter.end();
        icon.addPixmap(pixmap);
    }
    return icon;
}

} // namespace ichq::ui
