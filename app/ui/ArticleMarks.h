#pragma once

#include <QList>
#include <QObject>
#include <QString>
#include <QUrl>

class QTimer;

#include <optional>
#include <utility>

namespace ichq {
class Database;
class MarkWriter;
} // namespace ichq

namespace ichq::ui {

class ArticleListModel;
class SectionListModel;

// The read and starred marks: the store, the list's row and the section counts change
// together. During fast j/j/j reading the counts are recounted once, not per article. A mark
// is shown at once; MarkWriter saves it without making the window wait for a refresh.
class ArticleMarks : public QObject
{
    Q_OBJECT
public:
    ArticleMarks(Database &database, ArticleListModel *articles, SectionListModel *sections,
                 QObject *parent = nullptr);

    void markRead(qint64 id); // an article was opened; nothing when it already was read
    void toggleRead(qint64 id);
    void toggleStar(qint64 id);
    // Every article of `category` ("" for all) among `feeds` (empty for all) becomes read.
    bool markAllRead(const QString &category, const QList<QUrl> &feeds);

signals:
    // A mark could not be saved (a store that can only be read, a full disk): why, in a sentence.
    void cannotMark(const QString &reason);

private:
    void showMarks(qint64 id, bool read, bool starred); // in the list; counts soon after
    bool saved(bool written);
    // Read and starred, as set (saved or waiting to be); nothing for an article not stored.
    std::optional<std::pair<bool, bool>> marksOf(qint64 id) const;

    Database &m_database;
    ArticleListModel *m_articles;
    MarkWriter *m_writer;
    QTimer *m_countsDelay;
};

} // namespace ichq::ui
