#pragma once

#include <QColor>
#include <QFont>
#include <QStringList>
#include <QTextCharFormat>

class QPainter;
class QRect;

namespace ichq::ui {

// Plain text in at most maxLines lines, the last one elided, with every occurrence of the
// search terms drawn in `match` (case-insensitive; any script, so 两江 is found as well as
// Liangjiang). Feed text is never interpreted as markup here.
struct HighlightedText
{
    QString text;
    QFont font;
    QColor color;
    QStringList terms;
    QTextCharFormat match;
    int maxLines = 1;

    // The lines the text takes in `width`, the last elided when text remains.
    QStringList lines(int width) const;
    // Draws from the top of rect; returns the height used.
    int draw(QPainter *painter, const QRect &rect) const;

    // The distance from one line to the next for Latin and Chinese text alike: the CJK fallback
    // font is taller than most Latin fonts, and its lines must not touch.
    static int linePitch(const QFont &font);
    static qreal baseline(const QFont &font); // from the top of a line
};

} // namespace ichq::ui
