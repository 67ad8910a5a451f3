#include "SearchLookup.h"

#include "SearchWords.h"
#include "common/Logging.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace ichq::search {

namespace {

// Index words hold letters and digits only: quoting them is enough.
QString quoted(const QString &word)
{
    return QLatin1Char('"') + word + QLatin1Char('"');
}

// The vocabulary's words that contain run, at most kMostWordsPerPiece + 1 of them; false when
// the vocabulary could not be read (the piece is then left to LIKE).
bool wordsContaining(QSqlQuery &query, const QString &run, QStringList *words)
{
    query.addBindValue(run);
    query.addBindValue(kMostWordsPerPiece + 1);
    if (!query.exec()) {
        qCWarning(lcStore) << "search vocabulary failed:" << query.lastError().text();
        return false;
    }
    while (query.next())
        *words << query.value(0).toString();
    return true;
}

} // namespace

IndexLookup lookUp(QSqlDatabase db, const QStringList &searchWords)
{
    IndexLookup lookup;
    QStringList conditions;
    QSqlQuery vocabulary(db);
    vocabulary.setForwardOnly(true);
    vocabulary.prepare(
        QStringLiteral("SELECT word FROM search_words WHERE instr(word, ?) > 0 LIMIT ?"));
    for (const QString &searchWord : searchWords) {
        for (const QueryPiece &piece : queryPieces(searchWord)) {
            if (piece.wholeWord) {
                conditions << quoted(piece.text);
                continue;
            }
            QStringList words;
            if (!wordsContaining(vocabulary, piece.text, &words) ||
                words.size() > kMostWordsPerPiece)
                continue;
            if (words.isEmpty()) {
                lookup.nothing = true;
                return lookup;
            }
            QStringList alternatives;
            for (const QString &word : words)
                alternatives << quoted(word);
            conditions << QLatin1Char('(') + alternatives.join(QLatin1String(" OR ")) +
                              QLatin1Char(')');
        }
    }
    lookup.match = conditions.join(QLatin1String(" AND "));
    return lookup;
}

} // namespace ichq::search
