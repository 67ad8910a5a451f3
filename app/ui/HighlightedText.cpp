#include "HighlightedText.h"

#include <QFontMetrics>
#include <QHash>
#include <QPainter>
#include <QTextLayout>
#include <QtMath>

namespace ichq::ui {

namespace {

// Long excerpts only cost layout time: two lines never need more than this.
constexpr int kMaxChars = 600;

QList<QTextLayout::FormatRange> matchRanges(const QString &line, const QStringList &terms,
                                            const QTextCharFormat &format)
{
    QList<QTextLayout::FormatRange> ranges;
    for (const QString &term : terms) {
        for (qsizetype at = line.indexOf(term, 0, Qt::CaseInsensitive); at >= 0;
             at = line.indexOf(term, at + term.size(), Qt::CaseInsensitive))
            ranges << QTextLayout::FormatRange{int(at), int(term.size()), format};
    }
    return ranges;
}

} // namespace

QStringList HighlightedText::lines(int width) const
{
    QStringList result;
    const QString flat = text.left(kMaxChars).simplified();
    if (flat.isEmpty() || width <= 0 || maxLines <= 0)
        return result;
    const QFontMetrics metrics(font);
    QTextLayout layout(flat, font);
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(option);
    layout.beginLayout();
    for (int i = 0; i < maxLines; ++i) {
        QTextLine line = layout.createLine();
        if (!line.isValid())
            break;
        line.setLineWidth(width);
        const int start = line.textStart();
        if (i == maxLines - 1) {
            result << metrics.elidedText(flat.mid(start), Qt::ElideRight, width);
            break;
        }
        result << flat.mid(start, line.textLength()).trimmed();
    }
    layout.endLayout();
    return result;
}

namespace {

struct LineMetrics
{
    int pitch = 0;
    qreal ascent = 0;
};

// Measured on mixed Latin and Chinese text, so both scripts share one baseline and one pitch.
LineMetrics lineMetrics(const QFont &font)
{
    static QHash<QString, LineMetrics> cache; // UI thread only
    const QString key = font.key();
    if (const auto found = cache.constFind(key); found != cache.cend())
        return *found;
    QTextLayout layout(QStringLiteral("Ag \u4e24\u6c5f\u65b0\u533a"), font);
    layout.beginLayout();
    const QTextLine line = layout.createLine();
    layout.endLayout();
    const QFontMetrics metrics(font);
    const LineMetrics result{qMax(metrics.lineSpacing(), qCeil(line.height()) + 1),
                             qMax(qreal(metrics.ascent()), line.ascent())};
    cache.insert(key, result);
    return result;
}

} // namespace

int HighlightedText::linePitch(const QFont &font)
{
    return lineMetrics(font).pitch;
}

qreal HighlightedText::baseline(const QFont &font)
{
    return lineMetrics(font).ascent;
}

int HighlightedText::draw(QPainter *painter, const QRect &rect) const
{
    const LineMetrics metrics = lineMetrics(font);
    const QStringList texts = lines(rect.width());
    int y = rect.top();
    painter->save();
    painter->setPen(color);
    // Bold matches are a little wider than the text was fitted for.
    painter->setClipRect(rect, Qt::IntersectClip);
    for (const QString &lineText : texts) {
        QTextLayout layout(lineText, font);
        layout.setFormats(matchRanges(lineText, terms, match));
        layout.beginLayout();
        QTextLine line = layout.createLine();
        line.setLineWidth(rect.width() * 2); // already fitted; never wrap again
        line.setPosition(QPointF(0, metrics.ascent - line.ascent())); // the shared baseline
        layout.endLayout();
        layout.draw(painter, QPointF(rect.left(), y));
        y += metrics.pitch;
    }
    painter->restore();
    return y - rect.top();
}

} // namespace ichq::ui
