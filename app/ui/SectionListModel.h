#pragma once

#include "store/StoreTypes.h"

#include <QAbstractListModel>

namespace ichq {
class ArticleQueries;
class Database;
class StoreReader;
} // namespace ichq

namespace ichq::ui {

// The left column: All, Unread, Starred, then the feed's categories in the site's order, each
// with its counts.
class SectionListModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role {
        KeyRole = Qt::UserRole + 1, // what Settings::lastSection keeps
        UnreadRole,
        TotalRole,
        KindRole,
        BadgeRole, // the number the list shows: unread ones, every one for Starred
    };
    enum class Kind { All, Unread, Starred, Category };

    // Keys of the three fixed rows. Category keys are the category names; the fixed ones start
    // with a character no WordPress category name does, so the two never meet.
    static QString allKey() { return QString(); }
    static QString unreadKey() { return QStringLiteral("\x01unread"); }
    static QString starredKey() { return QStringLiteral("\x01starred"); }

    // feeds: count only their articles (the edition being read); empty for all.
    explicit SectionListModel(Database &database, const QList<QUrl> &feeds = {},
                              QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;

    // Reads the counts again. Rows that keep their key keep their index.
    void reload();
    // The same, counted in `reader`'s thread (setReader); without a reader, reload().
    void reloadLater();
    void setReader(StoreReader *reader);
    // Other feeds (the reader switched editions): counts them at once.
    void setFeeds(const QList<QUrl> &feeds);
    void retranslate(); // the fixed rows' names
    int rowOfKey(const QString &key) const;

private:
    struct Row
    {
        QString key;
        QString name;
        Kind kind = Kind::Category;
        int total = 0;
        int unread = 0;
    };
    struct Counts
    {
        int all = 0;
        int unread = 0;
        int starred = 0;
        int starredUnread = 0;
        QList<Section> sections;
    };
    static Counts readCounts(const ArticleQueries &queries, const QList<QUrl> &feeds);
    QList<Row> rowsFrom(const Counts &counts) const; // names in the language in effect
    void apply(const QList<Row> &fresh);
    QString fixedName(Kind kind) const;

    Database &m_db;
    StoreReader *m_reader = nullptr;
    int m_readerKey = 0;
    QList<QUrl> m_feeds;
    QList<Row> m_rows;
};

} // namespace ichq::ui
