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

    const bool unread = !index.data(ArticleListModel::ReadRole).toBool();
    const bool starred = index.data(ArticleListModel::StarredRole).toBool();
    const bool selected = opt.state & QStyle::State_Selected;
    const QPalette::ColorGroup group =
        opt.state & QStyle::State_Active ? QPalette::Active : QPalette::Inactive;
    const QColor text =
        opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
    const QColor base = opt.palette.color(group, selected ? QPalette::Highlight : QPalette::Base);
    const Fonts f = fonts(opt.font, unread);

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
    QRect textRect = hasPhoto ? inner.adjusted(0, 0, -(thumbSize.width() + kGap), 0) : inner;

    if (unread) {
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setPen(Qt::NoPen);
        painter->setBrush(selected ? text : opt.palette.color(group, QPalette::Link));
        const QFontMetrics metrics(f.title);
        const qreal titleMid =
            inner.top() + HighlightedText::baseline(f.title) - metrics.xHeight() / 2.0;
        painter->drawEllipse(QPointF(kUnreadGutter / 2.0 + opt.rect.left(), titleMid), 3.5, 3.5);
    }

    // Marked by colour alone: a bolder weight would widen the line past where it was fitted
    // and, for Chinese, change its height.
    QTextCharFormat match;
    if (selected)
        match.setFontUnderline(true);
    else
        match.setBackground(QColor(255, 196, 0, 120));

    HighlightedText title{
        index.data(ArticleListModel::TitleRole).toString(), f.title, text, m_terms, match, 1};
    textRect.setTop(textRect.top() + title.draw(painter, textRect) + kTitleGap);

    const QColor metaColor = mix(text, base, 0.42);
    // The star is as tall as the date line: a glyph of the small meta font was 5 px wide.
    const int starSize = HighlightedText::linePitch(f.meta);
    const int starWidth = starred ? starSize + 6 : 0;
    HighlightedText meta{metaLine(index), f.meta, metaColor, {}, match, 1};
    const int metaHeight = meta.draw(painter, textRect.adjusted(0, 0, -starWidth, 0));
    if (starred) {
        const QRectF box(textRect.right() - starSize + 1, textRect.top(), starSize, starSize);
        paintStar(painter, box, selected ? text : QColor(0xe0, 0xa0, 0x00));
    }
    textRect.setTop(textRect.top() + metaHeight + kMetaGap);

    HighlightedText excerpt{
        excerptAround(index.data(ArticleListModel::ExcerptRole).toString(), m_terms),
        f.excerpt,
        mix(text, base, 0.2),
        m_terms,
        match,
        2};
    excerpt.draw(painter, textRect);

    if (hasPhoto)
        paintThumbnail(painter, thumbRect, photo, opt.palette);

    painter->setPen(mix(opt.palette.color(QPalette::Base), opt.palette.color(QPalette::Text), 0.1));
    painter->drawLine(opt.rect.left() + kUnreadGutter, opt.rect.bottom(), opt.rect.right(),
                      opt.rect.bottom());
    painter->restore();
}

} // namespace ichq::ui
