#include "ArticleListDelegate.h"

#include "ArticleListModel.h"
#include "HighlightedText.h"
#include "ThumbnailCache.h"
#include "common/DateText.h"

#include <QApplication>
#include <QLocale>
#include <QPainter>
#include <QtMath>

namespace ichq::ui {

namespace {

constexpr int kHPad = 12;
constexpr int kVPad = 12;
constexpr int kUnreadGutter = 16; // room for the unread dot at the left
constexpr int kGap = 12;          // between the text and the thumbnail
constexpr int kTitleGap = 2;      // under the headline
constexpr int kMetaGap = 5;       // under the date line

// A colour between two, for secondary text that still reads well on any theme.
QColor mix(const QColor &a, const QColor &b, qreal t)
{
    return QColor::fromRgbF(float(a.redF() * (1 - t) + b.redF() * t),
                            float(a.greenF() * (1 - t) + b.greenF() * t),
                            float(a.blueF() * (1 - t) + b.blueF() * t));
}

// While searching, the excerpt starts shortly before the first match when the match would
// otherwise fall past the two lines shown: the reader sees why the article was found.
QString excerptAround(const QString &excerpt, const QStringList &terms)
{
    constexpr qsizetype kLead = 60;    // a match this close to the start shows as it is
    constexpr qsizetype kContext = 30; // words kept before the match
    qsizetype first = -1;
    for (const QString &term : terms) {
        const qsizetype at = excerpt.indexOf(term, 0, Qt::CaseInsensitive);
        if (at >= 0 && (first < 0 || at < first))
            first = at;
    }
    if (first < kLead)
        return excerpt;
    qsizetype start = excerpt.lastIndexOf(QLatin1Char(' '), first - kContext);
    start = start < 0 ? first - kContext : start + 1;
    return QChar(0x2026) + excerpt.mid(start);
}

// A five-pointed star filling `box`.
void paintStar(QPainter *painter, const QRectF &box, const QColor &color)
{
    const QPointF centre = box.center() + QPointF(0, box.height() * 0.04);
    const qreal outer = box.width() / 2.0;
    const qreal inner = outer * 0.45;
    QPolygonF star;
    for (int i = 0; i < 10; ++i) {
        const qreal radius = i % 2 == 0 ? outer : inner;
        const qreal angle = qDegreesToRadians(-90.0 + i * 36.0);
        star << centre + QPointF(radius * qCos(angle), radius * qSin(angle));
    }
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    painter->setBrush(color);
    painter->drawPolygon(star);
    painter->restore();
}

} // namespace

ArticleListDelegate::ArticleListDelegate(ThumbnailCache &thumbnails, QObject *parent)
    : QStyledItemDelegate(parent), m_thumbnails(thumbnails)
{}

ArticleListDelegate::Fonts ArticleListDelegate::fonts(const QFont &base, bool unread)
{
    Fonts f{base, base, base};
    f.title.setPointSizeF(base.pointSizeF() * 1.08);
    f.title.setWeight(unread ? QFont::Bold : QFont::Normal);
    f.meta.setPointSizeF(base.pointSizeF() * 0.86);
    f.excerpt.setPointSizeF(base.pointSizeF() * 0.93);
    return f;
}

QSize ArticleListDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    const Fonts f = fonts(option.font, true);
    const int text = HighlightedText::linePitch(f.title) + kTitleGap +
                     HighlightedText::linePitch(f.meta) + kMetaGap +
                     2 * HighlightedText::linePitch(f.excerpt);
    const int height = qMax(text, m_thumbnails.size().height()) + 2 * kVPad;
    return {360, height};
}

QString ArticleListDelegate::metaLine(const QModelIndex &index) const
{
    const QDateTime date = index.data(ArticleListModel::DateRole).toDateTime();
    QString line = date.isValid() ? listDateText(date) : QString();
    const QStringList categories = index.data(ArticleListModel::CategoriesRole).toStringList();
    if (!categories.isEmpty()) {
        //: Between the date and the section of an article in the list
        line += (line.isEmpty() ? QString() : tr(" · ")) + categories.first();
    }
    return line;
}

void ArticleListDelegate::paintThumbnail(QPainter *painter, const QRect &rect,
                                         const QPixmap &pixmap, const QPalette &palette) const
{
    if (!pixmap.isNull()) {
        painter->drawPixmap(rect.topLeft(), pixmap);
        return;
    }
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    painter->setBrush(mix(palette.color(QPalette::Base), palette.color(QPalette::Text), 0.06));
    painter->drawRoundedRect(QRectF(rect), 4, 4);
    painter->restore();
}

ArticleListDelegate::RowStyle ArticleListDelegate::rowStyle(const QStyleOptionViewItem &option,
                                                            const QModelIndex &index)
{
    RowStyle row;
    row.unread = !index.data(ArticleListModel::ReadRole).toBool();
    row.starred = index.data(ArticleListModel::StarredRole).toBool();
    row.selected = option.state & QStyle::State_Selected;
    row.group = option.state & QStyle::State_Active ? QPalette::Active : QPalette::Inactive;
    row.text =
        option.palette.color(row.group, row.selected ? QPalette::HighlightedText : QPalette::Text);
    row.base = option.palette.color(row.group, row.selected ? QPalette::Highlight : QPalette::Base);
    row.fonts = fonts(option.font, row.unread);
    // Marked by colour alone: a bolder weight would widen the line past where it was fitted
    // and, for Chinese, change its height.
    if (row.selected)
        row.match.setFontUnderline(true);
    else
        row.match.setBackground(QColor(255, 196, 0, 120));
    return row;
}

void ArticleListDelegate::paintUnreadDot(QPainter *painter, const QStyleOptionViewItem &option,
                                         const QRect &inner, const RowStyle &row)
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    painter->setBrush(row.selected ? row.text : option.palette.color(row.group, QPalette::Link));
    const QFontMetrics metrics(row.fonts.title);
    const qreal titleMid =
        inner.top() + HighlightedText::baseline(row.fonts.title) - metrics.xHeight() / 2.0;
    painter->drawEllipse(QPointF(kUnreadGutter / 2.0 + option.rect.left(), titleMid), 3.5, 3.5);
    painter->restore();
}

// Headline, date line with the star, and excerpt, one under the other in `rect`.
void ArticleListDelegate::paintTexts(QPainter *painter, QRect rect, const QModelIndex &index,
                                     const RowStyle &row) const
{
    HighlightedText title{index.data(ArticleListModel::TitleRole).toString(),
                          row.fonts.title,
                          row.text,
                          m_terms,
                          row.match,
                          1};
    rect.setTop(rect.top() + title.draw(painter, rect) + kTitleGap);

    // The star is as tall as the date line: a glyph of the small meta font was 5 px wide.
    const int starSize = HighlightedText::linePitch(row.fonts.meta);
    const int starWidth = row.starred ? starSize + 6 : 0;
    HighlightedText meta{
        metaLine(index), row.fonts.meta, mix(row.text, row.base, 0.42), {}, row.match, 1};
    const int metaHeight = meta.draw(painter, rect.adjusted(0, 0, -starWidth, 0));
    if (row.starred) {
        const QRectF box(rect.right() - starSize + 1, rect.top(), starSize, starSize);
        paintStar(painter, box, row.selected ? row.text : QColor(0xe0, 0xa0, 0x00));
    }
    rect.setTop(rect.top() + metaHeight + kMetaGap);

    HighlightedText excerpt{
        excerptAround(index.data(ArticleListModel::ExcerptRole).toString(), m_terms),
        row.fonts.excerpt,
        mix(row.text, row.base, 0.2),
        m_terms,
        row.match,
        2};
    excerpt.draw(painter, rect);
}

void ArticleListDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    opt.icon = {};
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawPrimitive(QStyle::PE_PanelItemViewItem, &opt, painter, widget);
    const RowStyle row = rowStyle(opt, index);

    painter->save();
    const QRect inner = opt.rect.adjusted(kUnreadGutter, kVPad, -kHPad, -kVPad);
    const QSize thumbSize = m_thumbnails.size();
    const QRect thumbRect(inner.right() - thumbSize.width() + 1, inner.top(), thumbSize.width(),
                          thumbSize.height());
    // Articles without a cached photo use the whole width; the others keep the photo column,
    // a quiet frame standing in while the photo decodes.
    ThumbnailCache::Status status = ThumbnailCache::Status::Missing;
    const QPixmap photo =
        m_thumbnails.thumbnail(index.data(ArticleListModel::LeadImageKeyRole).toString(), &status);
    const bool hasPhoto = status != ThumbnailCache::Status::Missing;

    if (row.unread)
        paintUnreadDot(painter, opt, inner, row);
    paintTexts(painter, hasPhoto ? inner.adjusted(0, 0, -(thumbSize.width() + kGap), 0) : inner,
               index, row);
    if (hasPhoto)
        paintThumbnail(painter, thumbRect, photo, opt.palette);

    painter->setPen(mix(opt.palette.color(QPalette::Base), opt.palette.color(QPalette::Text), 0.1));
    painter->drawLine(opt.rect.left() + kUnreadGutter, opt.rect.bottom(), opt.rect.right(),
                      opt.rect.bottom());
    painter->restore();
}

} // namespace ichq::ui
