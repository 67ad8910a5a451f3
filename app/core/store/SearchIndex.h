#pragma once

#include "WordSet.h"

#include <QList>
#include <QPair>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

#include <functional>
#include <vector>

namespace ichq {

// Writes the search index (SearchWords.h says what it keeps): article_search, an FTS5 table
// without content keyed by articles.search_key, and search_words, its vocabulary. The words are
// made here in C++ (Qt's own SQLite on Windows and macOS takes no tokenizer of ours), so no
// trigger can keep the index: every path that adds, changes or deletes an article's title,
// author, text or date comes through here, in the transaction that writes the row. A row is
// removed from FTS5 with the words it was added with; they are made again from the stored row.
// Rows in search_pending are not in the index yet (a store migrated from the trigram index,
// rows an older version inserted): indexPending() adds them.
class SearchIndex
{
public:
    explicit SearchIndex(QSqlDatabase db);

    // Queued, and written in key order by flush(): FTS5 takes rows fastest so. Flushes by itself
    // every few hundred rows.
    bool add(qint64 searchKey, const QString &words); // search::indexWords
    bool flush();
    // Runs change, which rewrites the article's row: its old words leave the index, its new
    // ones come in. A row still pending stays so.
    bool update(qint64 articleId, const std::function<bool()> &change);
    // Before the row is deleted.
    bool remove(qint64 articleId);
    // Indexes every pending row, some hundreds at a time; true when none is left.
    bool indexPending();
    // Every row again, from the stored text (after StoreRepair copied the rows).
    bool rebuild();

    QString lastError() const { return m_error; }

private:
    struct StoredWords
    {
        bool found = false;
        bool indexed = false;
        qint64 key = 0;
        QString words;
    };
    bool read(qint64 articleId, StoredWords *stored);
    bool write(bool insert, qint64 searchKey, const QString &words);
    bool addToVocabulary(QStringView words);
    bool moveKey(qint64 articleId);
    bool prepareStatements();
    bool run(QSqlQuery &query);

    QSqlDatabase m_db;
    QString m_error;
    bool m_prepared = false;
    QList<QPair<qint64, QString>> m_queued;
    // This object's inserts: a word is offered once. The set views the strings of m_offered.
    search::WordSet m_inVocabulary;
    std::vector<QString> m_offered;
    QSqlQuery m_insert, m_delete, m_addWord, m_moveKey, m_read;
};

} // namespace ichq
