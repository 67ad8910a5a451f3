#pragma once

#include "store/ArticleQueries.h"

#include <QAbstractListModel>
#include <QHash>

namespace ichq {
class MarkWriter;
class StoreReader;
} // namespace ichq

namespace ichq::ui {

// The articles of one section or search, paged out of SQLite: a page at first, more as the view
// scrolls (canFetchMore / fetchMore), so a store of 100,000 articles costs one page to show.
class ArticleListModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        TitleRole,
        DateRole, // QDateTime, UTC
        ExcerptRole,
        LeadImageKeyRole,
        ReadRole,
        StarredRole,
        CategoriesRole,
    };
    static constexpr int kPageSize = 100;

    // feeds: only their articles (the edition being read); empty for all.
    explicit ArticleListModel(Database &database, const QList<QUrl> &feeds = {},
                              QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    // Replaces the filter and starts again from the first page.
    void setFilter(const QString &section, const QString &search, bool unreadOnly,
                   bool starredOnly);
    // Other feeds (the reader switched editions): starts again from the first page.
    void setFeeds(const QList<QUrl> &feeds);
    const ArticleFilter &filter() const { return m_filter; }
    QStringList searchTerms() const;
    // The rows the filter matches; for a search, at least the rows loaded and whether more
    // follow (see countShown).
    int totalCount() const { return m_total; }
    // For a search, the exact number of matches, counted off the window's thread; -1 while it
    // is being counted and when there is no search. exactCountChanged() tells.
    int exactCount() const { return m_exactCount; }

    // Reads the store again after a refresh. Rows are matched by article id: rows that stay keep
    // their index objects (so the selection survives), new ones are inserted, gone ones removed.
    void reload();
    // The same, with the store read in `reader`'s thread (setReader); the rows change when the
    // answer arrives, between aboutToApplyFresh() and freshApplied(). Without a reader, reload().
    void reloadLater();
    // Where the window's reads off its own thread go: reloadLater() and the exact count of a
    // search. Without one, there is no exact count.
    void setReader(StoreReader *reader);
    // Marks set but not saved yet (the store was busy): the rows show them, however they were
    // read.
    void setWaitingMarks(const MarkWriter *marks);

    qint64 idAt(int row) const;
    int rowOf(qint64 id) const; // -1 when not loaded
    // Loads pages until the article is found or maxRows are loaded; its row or -1.
    int ensureLoaded(qint64 id, int maxRows = 5000);
    // The store changed one flag: update the row without reading the list again.
    void setRowFlags(qint64 id, bool read, bool starred);
    // The language changed: the dates the delegate writes follow the new default locale.
    void retranslate();

signals:
    void exactCountChanged(int count);
    void aboutToApplyFresh(); // the rows are about to change after a reload
    void freshApplied();

private:
    struct Fresh
    {
        int total = 0;
        QList<ArticleSummary> rows;
    };
    static Fresh readFresh(const ArticleQueries &queries, ArticleFilter filter, int loaded,
                           int oldTotal, qint64 lastLoaded);
    qint64 lastLoadedId() const; // 0 with no rows
    void dropPendingReads();     // the reader's answers to what was asked before now
    void keepMarksShown(QList<ArticleSummary> &fresh) const;
    void apply(const Fresh &fresh);
    static int countShown(const ArticleQueries &queries, const ArticleFilter &filter, int loaded);
    void countExactly(); // for a search; exactCount() is -1 until the answer
    void requestExactCount();
    // What a screen reader says for a row: "title, unread, starred, date, section".
    static QString spokenText(const ArticleSummary &row);
    QList<ArticleSummary> query(int offset, int limit) const;
    int countShown(int loaded) const;
    void requery(); // the first page of m_filter, as a reset
    bool mergeInOrder(const QList<ArticleSummary> &fresh);
    void rebuildIndex();

    ArticleQueries m_queries;
    ArticleFilter m_filter;
    QList<ArticleSummary> m_rows;
    QHash<qint64, int> m_rowById;
    int m_total = 0;
    ArticleSummary withWaitingMarks(ArticleSummary row) const;

    StoreReader *m_reader = nullptr;
    const MarkWriter *m_waitingMarks = nullptr;
    int m_countKey = 0;
    int m_listKey = 0;
    int m_marksGeneration = 0; // counts marks set on rows (setRowFlags)
    int m_exactCount = -1;
};

} // namespace ichq::ui
