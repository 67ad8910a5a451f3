#include "ArticleListPane.h"

#include "Accessibility.h"
#include "ArticleListDelegate.h"
#include "ArticleListModel.h"
#include "Icons.h"
#include "SectionListModel.h"
#include "ThumbnailCache.h"

#include <QAction>
#include <QEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QScrollBar>
#include <QTimer>
#include <QVBoxLayout>

#include <utility>

namespace ichq::ui {

namespace {
// Long enough that a word typed at speed is one query, short enough to feel live.
constexpr int kSearchDelayMs = 150;
} // namespace

ArticleListPane::ArticleListPane(ArticleListModel *model, ThumbnailCache &thumbnails,
                                 QWidget *parent)
    : QWidget(parent), m_model(model), m_delegate(new ArticleListDelegate(thumbnails, this)),
      m_search(new QLineEdit(this)), m_resultCount(new QLabel(this)), m_view(new QListView(this)),
      m_placeholder(new QLabel(this)), m_searchDelay(new QTimer(this))
{
    m_search->setClearButtonEnabled(true);
    m_searchIcon = m_search->addAction(glyphIcon(QStringLiteral("edit-find"), QChar(0x2315)),
                                       QLineEdit::LeadingPosition);
    m_view->setModel(model);
    m_view->setItemDelegate(m_delegate);
    m_view->setUniformItemSizes(true);
    m_view->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setFrameShape(QFrame::NoFrame);
    m_view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_view->setTextElideMode(Qt::ElideRight);
    m_placeholder->setTextFormat(Qt::PlainText);
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_placeholder->setForegroundRole(QPalette::PlaceholderText);
    m_placeholder->hide();
    m_resultCount->setObjectName(QStringLiteral("searchResultCount"));
    m_resultCount->setForegroundRole(QPalette::PlaceholderText);
    m_resultCount->setContentsMargins(4, 4, 0, 0);
    m_resultCount->hide();
    showFocusFrame(m_view);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    auto *searchRow = new QVBoxLayout;
    searchRow->setContentsMargins(8, 8, 8, 8);
    searchRow->addWidget(m_search);
    searchRow->addWidget(m_resultCount);
    layout->addLayout(searchRow);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_placeholder, 1);

    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(kSearchDelayMs);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_searchDelay, &QTimer::timeout, this, &ArticleListPane::applyFilter);
    // The selection opens an article, not the current index: focusing the list makes its first
    // row current without selecting it, and that alone must not open (and mark read) anything.
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ArticleListPane::onSelectionChanged);
    connect(&thumbnails, &ThumbnailCache::ready, m_view->viewport(), qOverload<>(&QWidget::update));
    m_view->viewport()->installEventFilter(this);
    connect(model, &QAbstractItemModel::modelReset, this, &ArticleListPane::updatePlaceholder);
    connect(model, &QAbstractItemModel::rowsInserted, this, &ArticleListPane::updatePlaceholder);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &ArticleListPane::updatePlaceholder);
    connect(model, &ArticleListModel::exactCountChanged, this, &ArticleListPane::showResultCount);
    connect(model, &ArticleListModel::aboutToApplyFresh, this, &ArticleListPane::rememberPlace);
    connect(model, &ArticleListModel::freshApplied, this, &ArticleListPane::restorePlace);
    retranslateUi();
}

// "N articles" under the search field once the store has counted them; nothing for no match
// (the list says so) or no search.
void ArticleListPane::showResultCount()
{
    const int count = m_model->exactCount();
    if (count > 0)
        m_resultCount->setText(tr("%Ln article(s)", "search results", count));
    m_resultCount->setVisible(count > 0);
}

void ArticleListPane::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

bool ArticleListPane::selectId(qint64 id)
{
    const int row = m_model->ensureLoaded(id);
    if (row < 0)
        return false;
    const QModelIndex index = m_model->index(row);
    m_view->setCurrentIndex(index);
    m_scrollWhenShown = !m_view->isVisible();
    if (!m_scrollWhenShown)
        m_view->scrollTo(index);
    return true;
}

bool ArticleListPane::eventFilter(QObject *watched, QEvent *event)
{
    const bool shownOrSized = event->type() == QEvent::Show || event->type() == QEvent::Resize;
    if (m_scrollWhenShown && watched == m_view->viewport() && shownOrSized && m_view->isVisible()) {
        m_scrollWhenShown = false;
        m_view->scrollTo(m_view->currentIndex());
    }
    return QWidget::eventFilter(watched, event);
}

bool ArticleListPane::moveBy(int delta)
{
    // A current row that is not selected (the list just got the focus) is where to go first.
    const QModelIndex current = m_view->currentIndex();
    int row = 0;
    if (current.isValid())
        row = m_view->selectionModel()->isSelected(current) ? current.row() + delta : current.row();
    if (row >= m_model->rowCount() && m_model->canFetchMore({}))
        m_model->fetchMore({});
    if (row < 0 || row >= m_model->rowCount())
        return false;
    const QModelIndex index = m_model->index(row);
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index);
    return true;
}

bool ArticleListPane::moveToNextUnread()
{
    const QModelIndex current = m_view->currentIndex();
    for (int row = current.isValid() ? current.row() + 1 : 0;; ++row) {
        if (row >= m_model->rowCount()) {
            if (!m_model->canFetchMore({}))
                return false;
            m_model->fetchMore({});
            if (row >= m_model->rowCount())
                return false;
        }
        const QModelIndex index = m_model->index(row);
        if (!index.data(ArticleListModel::ReadRole).toBool()) {
            m_view->setCurrentIndex(index);
            m_view->scrollTo(index);
            return true;
        }
    }
}

void ArticleListPane::setSection(const QString &sectionKey)
{
    m_section = sectionKey;
    applyFilter();
}

void ArticleListPane::applyFilter()
{
    m_searchDelay->stop();
    const bool unread = m_section == SectionListModel::unreadKey();
    const bool starred = m_section == SectionListModel::starredKey();
    const QString category = unread || starred ? QString() : m_section;
    const qint64 keep = m_currentId;
    m_model->setFilter(category, m_search->text(), unread, starred);
    m_delegate->setSearchTerms(m_model->searchTerms());
    keepPlace(keep);
}

void ArticleListPane::setFeeds(const QList<QUrl> &feeds)
{
    const qint64 keep = m_currentId;
    m_model->setFeeds(feeds);
    keepPlace(keep);
    if (m_model->rowOf(keep) < 0 && std::exchange(m_currentId, 0) != 0)
        emit currentArticleChanged(0);
}

void ArticleListPane::keepPlace(qint64 id)
{
    // Keep the article the reader is on when it belongs to the new list; never load deep
    // pages just to look for it.
    const int row = m_model->rowOf(id);
    if (row >= 0) {
        m_view->setCurrentIndex(m_model->index(row));
        m_view->scrollTo(m_model->index(row));
    } else {
        m_view->scrollToTop();
    }
    updatePlaceholder();
}

void ArticleListPane::reload()
{
    m_model->reload();
}

void ArticleListPane::reloadLater()
{
    m_model->reloadLater();
}

// Before the rows change: the first visible row and where it sits, to put it back there after.
// New articles arrive above without moving what the reader looks at; at the top of the list
// the reader sees them arrive, as long as the article being read stays in sight.
void ArticleListPane::rememberPlace()
{
    const QScrollBar *bar = m_view->verticalScrollBar();
    const QModelIndex top = m_view->indexAt(QPoint(1, 1));
    m_place.atTop = bar->value() == bar->minimum();
    m_place.anchorId = top.isValid() ? m_model->idAt(top.row()) : 0;
    m_place.anchorY = top.isValid() ? m_view->visualRect(top).top() : 0;
}

void ArticleListPane::restorePlace()
{
    const int currentRow = m_model->rowOf(m_currentId);
    if (currentRow >= 0 && m_view->currentIndex().row() != currentRow)
        m_view->setCurrentIndex(m_model->index(currentRow));
    m_view->doItemsLayout(); // row positions must be current before measuring
    const bool currentInSight =
        currentRow < 0 ||
        m_view->viewport()->rect().contains(m_view->visualRect(m_model->index(currentRow)));
    const int anchorRow = m_model->rowOf(m_place.anchorId);
    if (anchorRow >= 0 && !(m_place.atTop && currentInSight)) {
        QScrollBar *bar = m_view->verticalScrollBar();
        bar->setValue(bar->value() + m_view->visualRect(m_model->index(anchorRow)).top() -
                      m_place.anchorY);
    }
    updatePlaceholder();
}

void ArticleListPane::onSelectionChanged()
{
    const QModelIndexList selected = m_view->selectionModel()->selectedIndexes();
    if (selected.isEmpty())
        return; // a reset; the pane restores the article by id right after
    const QModelIndex index = selected.first();
    const qint64 id = m_model->idAt(index.row());
    if (id == m_currentId)
        return;
    m_currentId = id;
    emit currentArticleChanged(id);
}

void ArticleListPane::updatePlaceholder()
{
    const bool empty = m_model->rowCount() == 0;
    if (empty) {
        const QString search = m_search->text().simplified();
        m_placeholder->setText(search.isEmpty()
                                   ? tr("No articles here yet.")
                                   : tr("No articles match \u201c%1\u201d.").arg(search));
    }
    m_view->setVisible(!empty);
    m_placeholder->setVisible(empty);
}

void ArticleListPane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    else if (event->type() == QEvent::PaletteChange) // the glyph takes the text colour
        m_searchIcon->setIcon(glyphIcon(QStringLiteral("edit-find"), QChar(0x2315)));
    QWidget::changeEvent(event);
}

void ArticleListPane::retranslateUi()
{
    m_search->setPlaceholderText(tr("Search articles (English or 中文)"));
    m_search->setAccessibleName(tr("Search articles"));
    // The magnifier is a button to assistive technology, though it only decorates.
    setLineEditButtonName(m_search, m_searchIcon, tr("Search"));
    setClearButtonName(m_search, tr("Clear search"));
    m_view->setAccessibleName(tr("Articles"));
    m_view->setAccessibleDescription(
        tr("J and K move to the next and previous article, N to the next unread one; M marks it "
           "read or unread, S stars it."));
    m_model->retranslate();
    m_view->viewport()->update();
    updatePlaceholder();
    showResultCount();
}

} // namespace ichq::ui
