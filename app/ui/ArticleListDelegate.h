#pragma once

#include <QStringList>
#include <QStyledItemDelegate>

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
    QString metaLine(const QModelIndex &index) const;
    void paintThumbnail(QPainter *painter, const QRect &rect, const QPixmap &pixmap,
                        const QPalette &palette) const;

    ThumbnailCache &m_thumbnails;
    QStringList m_terms;
};

} // namespace ichq::ui
