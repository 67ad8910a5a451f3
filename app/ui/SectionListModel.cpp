#include "SectionListModel.h"

#include "store/ArticleQueries.h"
#include "store/StoreReader.h"

namespace ichq::ui {

SectionListModel::SectionListModel(Database &database, const QList<QUrl> &feeds, QObject *parent)
    : QAbstractListModel(parent), m_db(database), m_feeds(feeds)
{
    m_rows = rowsFrom(readCounts(ArticleQueries(m_db), m_feeds));
}

void SectionListModel::setReader(StoreReader *reader)
{
    m_reader = reader;
    m_readerKey = reader ? reader->newKey() : 0;
}

int SectionListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant SectionListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return row.name;
    case Qt::ToolTipRole:
    case Qt::AccessibleDescriptionRole:
        if (row.kind == Kind::Starred)
            return tr("%1: %n article(s)", nullptr, row.total).arg(row.name);
        return tr("%1: %n unread", nullptr, row.unread).arg(row.name);
    case BadgeRole:
        return row.kind == Kind::Starred ? row.total : row.unread;
    case KeyRole:
        return row.key;
    case UnreadRole:
        return row.unread;
    case TotalRole:
        return row.total;
    case KindRole:
        return int(row.kind);
    default:
        return {};
    }
}

void SectionListModel::reload()
{
    if (m_reader)
        m_reader->drop(m_readerKey); // counted before this
    apply(rowsFrom(readCounts(ArticleQueries(m_db), m_feeds)));
}

void SectionListModel::reloadLater()
{
    if (!m_reader) {
        reload();
        return;
    }
    m_reader->read<Counts>(
        m_readerKey,
        [feeds = m_feeds](Database &db) { return readCounts(ArticleQueries(db), feeds); }, this,
        [this](const Counts &counts) { apply(rowsFrom(counts)); });
}

void SectionListModel::apply(const QList<Row> &fresh)
{
    bool sameKeys = fresh.size() == m_rows.size();
    for (int i = 0; sameKeys && i < fresh.size(); ++i)
        sameKeys = fresh.at(i).key == m_rows.at(i).key;
    if (!sameKeys) {
        // Categories came or went: rare, and the view restores its selection by key.
        beginResetModel();
        m_rows = fresh;
        endResetModel();
        return;
    }
    m_rows = fresh;
    if (!m_rows.isEmpty())
        emit dataChanged(index(0), index(int(m_rows.size()) - 1));
}

void SectionListModel::setFeeds(const QList<QUrl> &feeds)
{
    m_feeds = feeds;
    reload();
}

void SectionListModel::retranslate()
{
    for (Row &row : m_rows) {
        if (row.kind != Kind::Category)
            row.name = fixedName(row.kind);
    }
    // Every row: the categories' tooltips ("%1: %n unread") are translated too.
    if (!m_rows.isEmpty())
        emit dataChanged(index(0), index(int(m_rows.size()) - 1));
}

int SectionListModel::rowOfKey(const QString &key) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).key == key)
            return i;
    }
    return -1;
}

SectionListModel::Counts SectionListModel::readCounts(const ArticleQueries &queries,
                                                      const QList<QUrl> &feeds)
{
    ArticleFilter all;
    all.feeds = feeds;
    ArticleFilter unread = all;
    unread.unreadOnly = true;
    ArticleFilter starred = all;
    starred.starredOnly = true;
    ArticleFilter starredUnread = starred;
    starredUnread.unreadOnly = true;
    Counts counts;
    counts.all = queries.count(all);
    counts.unread = queries.count(unread);
    counts.starred = queries.count(starred);
    counts.starredUnread = queries.count(starredUnread);
    counts.sections = queries.sections(feeds);
    return counts;
}

QList<SectionListModel::Row> SectionListModel::rowsFrom(const Counts &counts) const
{
    QList<Row> rows;
    rows << Row{allKey(), fixedName(Kind::All), Kind::All, counts.all, counts.unread};
    rows << Row{unreadKey(), fixedName(Kind::Unread), Kind::Unread, counts.unread, counts.unread};
    rows << Row{starredKey(), fixedName(Kind::Starred), Kind::Starred, counts.starred,
                counts.starredUnread};
    for (const Section &section : counts.sections)
        rows << Row{section.name, section.name, Kind::Category, section.total, section.unread};
    return rows;
}

QString SectionListModel::fixedName(Kind kind) const
{
    switch (kind) {
    case Kind::All:
        return tr("All Articles");
    case Kind::Unread:
        return tr("Unread");
    case Kind::Starred:
        return tr("Starred");
    case Kind::Category:
        break;
    }
    return {};
}

} // namespace ichq::ui
