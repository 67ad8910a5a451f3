#include "SectionListView.h"

#include "Accessibility.h"
#include "SectionListModel.h"

#include <QEvent>
#include <QLocale>
#include <QPainter>
#include <QStyledItemDelegate>

namespace ichq::ui {

namespace {

// Name at the left, the unread count at the right in a muted colour, a rule under the fixed
// rows so the categories read as a group of their own.
class SectionDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QSize size = QStyledItemDelegate::sizeHint(option, index);
        size.setHeight(qMax(size.height(), option.fontMetrics.height() + 12));
        return size;
    }

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override
    {
        QStyleOptionViewItem opt = option;
        initStyleOption(&opt, index);
        const int badge = index.data(SectionListModel::BadgeRole).toInt();
        const QString count = badge > 0 ? QLocale().toString(badge) : QString();
        opt.text.clear();
        opt.widget->style()->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);

        painter->save();
        const bool selected = opt.state & QStyle::State_Selected;
        const QPalette::ColorGroup group =
            opt.state & QStyle::State_Active ? QPalette::Active : QPalette::Inactive;
        const QRect inner = opt.rect.adjusted(10, 0, -10, 0);
        QFont countFont = opt.font;
        countFont.setPointSizeF(opt.font.pointSizeF() * 0.9);
        const int countWidth = QFontMetrics(countFont).horizontalAdvance(count);

        const QFont nameFont = opt.font;
        painter->setFont(nameFont);
        painter->setPen(
            opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text));
        const QRect nameRect = inner.adjusted(0, 0, -(countWidth + 8), 0);
        const QString name = QFontMetrics(nameFont).elidedText(
            index.data(Qt::DisplayRole).toString(), Qt::ElideRight, nameRect.width());
        painter->drawText(nameRect, Qt::AlignVCenter | Qt::AlignLeft, name);

        painter->setFont(countFont);
        painter->setPen(opt.palette.color(group, selected ? QPalette::HighlightedText
                                                          : QPalette::PlaceholderText));
        painter->drawText(inner, Qt::AlignVCenter | Qt::AlignRight, count);

        if (index.row() == 2 && index.model()->rowCount() > 3) {
            painter->setPen(opt.palette.color(QPalette::Mid));
            painter->drawLine(inner.left(), opt.rect.bottom(), inner.right(), opt.rect.bottom());
        }
        painter->restore();
    }
};

} // namespace

SectionListView::SectionListView(SectionListModel *model, QWidget *parent)
    : QListView(parent), m_model(model)
{
    setModel(model);
    setItemDelegate(new SectionDelegate(this));
    setSelectionMode(QAbstractItemView::SingleSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setFrameShape(QFrame::NoFrame);
    setUniformItemSizes(true);
    setAttribute(Qt::WA_MacShowFocusRect, false);
    showFocusFrame(this);
    connect(selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) {
                if (!current.isValid())
                    return;
                const QString key = current.data(SectionListModel::KeyRole).toString();
                if (key == m_key)
                    return;
                m_key = key;
                emit sectionChanged(key);
            });
    connect(model, &QAbstractItemModel::modelReset, this, [this] { selectKey(m_key); });
    retranslateUi();
}

QString SectionListView::currentKey() const
{
    return m_key;
}

void SectionListView::selectKey(const QString &key)
{
    int row = m_model->rowOfKey(key);
    if (row < 0)
        row = m_model->rowOfKey(SectionListModel::allKey());
    if (row < 0)
        return;
    setCurrentIndex(m_model->index(row));
}

void SectionListView::reloadCounts()
{
    m_model->reload();
}

QSize SectionListView::sizeHint() const
{
    return {200, QListView::sizeHint().height()};
}

void SectionListView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QListView::changeEvent(event);
}

void SectionListView::retranslateUi()
{
    m_model->retranslate();
    setAccessibleName(tr("Sections"));
    setAccessibleDescription(tr("Choose which articles the list shows."));
}

} // namespace ichq::ui
