#pragma once

#include <QStringList>
#include <QStyledItemDelegate>
#include <QTextCharFormat>

namespace ichq::ui {

class ThumbnailCache;

// One article in the list: headline (bold while unread), date and section, a two-line excerpt,
// the lead photo's thumbnail and a star. Search terms are marked wherever they appear.
class ArticleListDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    explicit ArticleListDelegate(ThumbnailCache &thumbnails, QObject *parent = nullptr);

    void setSearchTerms(const QStringList &terms) { m_terms = terms; }

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;

private:
    struct Fonts
    {
        QFont title;
        QFont meta;
        QFont excerpt;
    };
    static Fonts fonts(const QFont &base, bool unread);
    // How one row is drawn: its state, its colours in the palette's group, and its fonts.
    struct RowStyle
    {
        bool unread = false;
        bool starred = false;
        bool selected = false;
        QPalette::ColorGroup group = QPalette::Active;
        QColor text;
        QColor base;
        Fonts fonts;
        QTextCharFormat match; // a search term's mark
    };
    static RowStyle rowStyle(const QStyleOptionViewItem &option, const QModelIndex &index);
    QString metaLine(const QModelIndex &index) const;
    static void paintUnreadDot(QPainter *painter, const QStyleOptionViewItem &option,
                               const QRect &inner, const RowStyle &row);
    void paintTexts(QPainter *painter, QRect rect, const QModelIndex &index,
                    const RowStyle &row) const;
    void paintThumbnail(QPainter *painter, const QRect &rect, const QPixmap &pixmap,
                        const QPalette &palette) const;

    ThumbnailCache &m_thumbnails;
    QStringList m_terms;
};

} // namespace ichq::ui
