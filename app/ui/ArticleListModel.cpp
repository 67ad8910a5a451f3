#include "ArticleListModel.h"

#include "common/DateText.h"
#include "store/MarkWriter.h"
#include "store/StoreReader.h"

#include <QSet>

#include <algorithm>

namespace ichq::ui {

ArticleListModel::ArticleListModel(Database &database, const QList<QUrl> &feeds, QObject *parent)
    : QAbstractListModel(parent), m_queries(database)
{
    m_filter.feeds = feeds;
}

void ArticleListModel::setWaitingMarks(const MarkWriter *marks)
{
    m_waitingMarks = marks;
}

// A mark the store was too busy to take yet, or a Mark All Read still being written, is what
// the reader set: it wins over the row read.
ArticleSummary ArticleListModel::withWaitingMarks(ArticleSummary row) const
{
    if (m_waitingMarks)
        m_waitingMarks->showUnsavedMarks(row);
    return row;
}

void ArticleListModel::setReader(StoreReader *reader)
{
    m_reader = reader;
    m_countKey = reader ? reader->newKey() : 0;
    m_listKey = reader ? reader->newKey() : 0;
}

void ArticleListModel::countExactly()
{
    const bool search = !m_filter.search.trimmed().isEmpty();
    if (m_exactCount != -1 || !search) {
        m_exactCount = -1;
        emit exactCountChanged(-1);
    }
    if (search)
        requestExactCount();
}

void ArticleListModel::requestExactCount()
{
    if (!m_reader)
        return;
    m_reader->read<int>(
        m_countKey, [filter = m_filter](Database &db) { return ArticleQueries(db).count(filter); },
        this,
        [this](int count) {
            m_exactCount = count;
            emit exactCountChanged(count);
        });
}

int ArticleListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant ArticleListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ArticleSummary row = withWaitingMarks(m_rows.at(index.row()));
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
    case TitleRole:
        return row.title;
    case Qt::AccessibleTextRole:
        return spokenText(row);
    case Qt::AccessibleDescriptionRole:
        return row.excerpt;
    case IdRole:
        return row.id;
    case DateRole:
        return row.published;
    case ExcerptRole:
        return row.excerpt;
    case LeadImageKeyRole:
        return row.leadImageKey;
    case ReadRole:
        return row.read;
    case StarredRole:
        return row.starred;
    case CategoriesRole:
        return row.categories;
    default:
        return {};
    }
}

// A screen reader hears what the row shows, in the order it shows it: the headline, the marks
// the dot and the star stand for, the date and the section. Only the marks that hold are said.
QString ArticleListModel::spokenText(const ArticleSummary &row)
{
    QStringList parts{row.title};
    if (!row.read)
        parts << tr("unread");
    if (row.starred)
        parts << tr("starred");
    if (row.published.isValid())
        parts << listDateText(row.published);
    if (!row.categories.isEmpty())
        parts << row.categories.first();
    //: Between the parts of an article row read aloud: "Title, unread, starred, date, section"
    return parts.join(tr(", "));
}

QHash<int, QByteArray> ArticleListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(IdRole, "articleId");
    names.insert(TitleRole, "title");
    names.insert(DateRole, "date");
    names.insert(ExcerptRole, "excerpt");
    names.insert(LeadImageKeyRole, "leadImageKey");
    names.insert(ReadRole, "read");
    names.insert(StarredRole, "starred");
    names.insert(CategoriesRole, "categories");
    return names;
}

// Exact for a list; for a search, counted up to a page beyond the rows loaded (each match is
// checked against its text, and a search may match most of a large store): enough to know
// whether there is more to fetch.
int ArticleListModel::countShown(int loaded) const
{
    return countShown(m_queries, m_filter, loaded);
}

int ArticleListModel::countShown(const ArticleQueries &queries, const ArticleFilter &filter,
                                 int loaded)
{
    if (filter.search.trimmed().isEmpty())
        return queries.count(filter);
    return queries.count(filter, loaded + 2 * kPageSize);
}

bool ArticleListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_rows.size() < m_total;
}

void ArticleListModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    QList<ArticleSummary> page = query(int(m_rows.size()), kPageSize);
    // A refresh may have shifted the offsets since the last page: never show a row twice.
    page.erase(std::remove_if(page.begin(), page.end(),
                              [this](const ArticleSummary &a) { return m_rowById.contains(a.id); }),
               page.end());
    if (page.isEmpty()) {
        m_total = int(m_rows.size()); // the store shrank under us; stop asking
        return;
    }
    m_total = countShown(int(m_rows.size() + page.size()));
    const int first = int(m_rows.size());
    beginInsertRows({}, first, first + int(page.size()) - 1);
    for (const ArticleSummary &a : std::as_const(page)) {
        m_rowById.insert(a.id, int(m_rows.size()));
        m_rows << a;
    }
    endInsertRows();
}

void ArticleListModel::setFilter(const QString &section, const QString &search, bool unreadOnly,
                                 bool starredOnly)
{
    m_filter.section = section;
    m_filter.search = search.simplified();
    m_filter.unreadOnly = unreadOnly;
    m_filter.starredOnly = starredOnly;
    requery();
}

void ArticleListModel::setFeeds(const QList<QUrl> &feeds)
{
    m_filter.feeds = feeds;
    requery();
}

void ArticleListModel::requery()
{
    dropPendingReads(); // read for the old filter
    beginResetModel();
    m_total = countShown(0);
    m_rows = query(0, kPageSize);
    rebuildIndex();
    endResetModel();
    countExactly();
}

QStringList ArticleListModel::searchTerms() const
{
    QString cleaned = m_filter.search;
    cleaned.remove(QLatin1Char('"'));
    return cleaned.split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

void ArticleListModel::reload()
{
    dropPendingReads(); // older than this
    apply(readFresh(m_queries, m_filter, int(m_rows.size()), m_total, lastLoadedId()));
}

void ArticleListModel::dropPendingReads()
{
    if (m_reader) {
        m_reader->drop(m_listKey);
        m_reader->drop(m_countKey);
    }
}

qint64 ArticleListModel::lastLoadedId() const
{
    return m_rows.isEmpty() ? 0 : m_rows.constLast().id;
}

void ArticleListModel::reloadLater()
{
    if (!m_reader) {
        reload();
        return;
    }
    m_reader->read<Fresh>(
        m_listKey,
        [filter = m_filter, loaded = int(m_rows.size()), oldTotal = m_total, last = lastLoadedId()](
            Database &db) { return readFresh(ArticleQueries(db), filter, loaded, oldTotal, last); },
        this,
        [this, loaded = int(m_rows.size()), marks = m_marksGeneration](Fresh fresh) {
            // Rows were loaded meanwhile (j on the last row): an answer read for fewer would
            // take them away. Read again for all of them.
            if (m_rows.size() != loaded) {
                reloadLater();
                return;
            }
            if (marks != m_marksGeneration)
                keepMarksShown(fresh.rows);
            apply(fresh);
        });
}

// Keeps as many rows loaded as before plus the ones that arrived, so the rows the reader was
// looking at are still there after the new ones are inserted above them.
ArticleListModel::Fresh ArticleListModel::readFresh(const ArticleQueries &queries,
                                                    ArticleFilter filter, int loaded, int oldTotal,
                                                    qint64 lastLoaded)
{
    Fresh fresh;
    fresh.total = countShown(queries, filter, loaded);
    filter.offset = 0;
    filter.limit = qMax(kPageSize, loaded + qMax(0, fresh.total - oldTotal));
    // The count may already hold arrivals (the next page was loaded after they were stored):
    // read further until the last row loaded is in, or the list ends. A row deleted meanwhile
    // costs at most two more reads.
    for (int attempt = 0; attempt < 3; ++attempt) {
        fresh.rows = queries.list(filter);
        const bool lastIn = lastLoaded == 0 || std::any_of(fresh.rows.crbegin(), fresh.rows.crend(),
                                                           [lastLoaded](const ArticleSummary &a) {
                                                               return a.id == lastLoaded;
                                                           });
        if (lastIn || fresh.rows.size() < filter.limit)
            break;
        filter.limit *= 2;
    }
    return fresh;
}

// Marks were set after this answer was read: the store may not have had them yet, so the rows
// keep the marks they show (set here, saved or waiting to be).
void ArticleListModel::keepMarksShown(QList<ArticleSummary> &fresh) const
{
    for (ArticleSummary &row : fresh) {
        const int shown = rowOf(row.id);
        if (shown >= 0) {
            row.read = m_rows.at(shown).read;
            row.starred = m_rows.at(shown).starred;
        }
    }
}

void ArticleListModel::apply(const Fresh &fresh)
{
    emit aboutToApplyFresh();
    m_total = fresh.total;
    if (!mergeInOrder(fresh.rows)) {
        beginResetModel();
        m_rows = fresh.rows;
        rebuildIndex();
        endResetModel();
    }
    emit freshApplied();
    // The count shown stays until the new one arrives.
    if (!m_filter.search.trimmed().isEmpty())
        requestExactCount();
}

// Removes the rows that are gone, inserts the new ones where they belong and updates the rest,
// as long as the rows that stay keep their order. Returns false when they do not (a changed
// date moved one), and the caller resets instead.
bool ArticleListModel::mergeInOrder(const QList<ArticleSummary> &fresh)
{
    QHash<qint64, int> freshRow;
    for (int i = 0; i < fresh.size(); ++i)
        freshRow.insert(fresh.at(i).id, i);
    int last = -1;
    for (const ArticleSummary &a : std::as_const(m_rows)) {
        const int at = freshRow.value(a.id, -1);
        if (at < 0)
            continue;
        if (at < last)
            return false;
        last = at;
    }
    for (int row = int(m_rows.size()) - 1; row >= 0; --row) {
        if (freshRow.contains(m_rows.at(row).id))
            continue;
        int first = row;
        while (first > 0 && !freshRow.contains(m_rows.at(first - 1).id))
            --first;
        beginRemoveRows({}, first, row);
        m_rows.remove(first, row - first + 1);
        endRemoveRows();
        row = first;
    }
    rebuildIndex();
    for (int i = 0; i < fresh.size(); ++i) {
        if (i < m_rows.size() && m_rows.at(i).id == fresh.at(i).id) {
            m_rows[i] = fresh.at(i);
            continue;
        }
        int end = i; // the run of new rows starting at i
        while (end + 1 < fresh.size() && !m_rowById.contains(fresh.at(end + 1).id))
            ++end;
        beginInsertRows({}, i, end);
        for (int k = i; k <= end; ++k)
            m_rows.insert(k, fresh.at(k));
        endInsertRows();
        i = end;
    }
    rebuildIndex();
    if (!m_rows.isEmpty())
        emit dataChanged(index(0), index(int(m_rows.size()) - 1));
    return true;
}

qint64 ArticleListModel::idAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : 0;
}

int ArticleListModel::rowOf(qint64 id) const
{
    return m_rowById.value(id, -1);
}

int ArticleListModel::ensureLoaded(qint64 id, int maxRows)
{
    while (rowOf(id) < 0 && canFetchMore({}) && m_rows.size() < maxRows) {
        const qsizetype before = m_rows.size();
        fetchMore({});
        if (m_rows.size() == before)
            break;
    }
    return rowOf(id);
}

void ArticleListModel::setRowFlags(qint64 id, bool read, bool starred)
{
    const int row = rowOf(id);
    if (row < 0)
        return;
    m_rows[row].read = read;
    m_rows[row].starred = starred;
    ++m_marksGeneration;
    emit dataChanged(index(row), index(row), {ReadRole, StarredRole, Qt::AccessibleTextRole});
}

QList<ArticleSummary> ArticleListModel::query(int offset, int limit) const
{
    ArticleFilter filter = m_filter;
    filter.offset = offset;
    filter.limit = limit;
    return m_queries.list(filter);
}

void ArticleListModel::rebuildIndex()
{
    m_rowById.clear();
    m_rowById.reserve(m_rows.size());
    for (int i = 0; i < m_rows.size(); ++i)
        m_rowById.insert(m_rows.at(i).id, i);
}

void ArticleListModel::retranslate()
{
    if (m_rows.isEmpty())
        return;
    emit dataChanged(index(0), index(int(m_rows.size()) - 1),
                     {DateRole, Qt::DisplayRole, Qt::AccessibleTextRole});
    // Row heights may depend on the text: the view lays the rows out again.
    emit layoutAboutToBeChanged();
    emit layoutChanged();
}

} // namespace ichq::ui
