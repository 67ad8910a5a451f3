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

// The search word is its one piece, and the index knows that piece exactly as LIKE would: a run
// (lower-cased, as LIKE folds ASCII), or a character of a script without case (Han, kana,
// Hangul) or a digit: no other character folds to it. ("ß" has no upper case of its own, yet
// the index folds "ẞ" to it.)
bool isWholeWord(const QString &searchWord, const QList<QueryPiece> &pieces)
{
    if (pieces.size() != 1 || pieces.first().text.size() != searchWord.size())
        return false;
    if (!pieces.first().wholeWord)
        return true;
    const char32_t code = QStringView(searchWord).toUcs4().value(0);
    const QChar::Category category = QChar::category(code);
    return category == QChar::Letter_Other || category == QChar::Number_DecimalDigit;
}

void foldAscii(QByteArray &text)
{
    for (char &c : text) {
        if (c >= 'A' && c <= 'Z')
            c = char(c + 32);
    }
}

struct IndexState
{
    bool usable = false;     // every row is in it (none pending) and it is of words (schema 7)
    bool overflowed = false; // an article kept only part of its words
};

IndexState indexState(QSqlDatabase db)
{
    QSqlQuery query(db);
    IndexState state;
    // Fails on a store older than schema 7, opened read-only and so not migrated.
    if (!query.exec(QStringLiteral("SELECT NOT EXISTS (SELECT 1 FROM search_pending)")) ||
        !query.next())
        return state;
    state.usable = query.value(0).toBool();
    query.prepare(QStringLiteral("SELECT EXISTS (SELECT 1 FROM article_search "
                                 "WHERE article_search MATCH ?)"));
    query.addBindValue(quoted(QString::fromUtf16(kOverflowWord)));
    state.overflowed = query.exec() && query.next() && query.value(0).toBool();
    return state;
}

} // namespace

TextMatcher::TextMatcher(const QStringList &searchWords)
{
    for (const QString &word : searchWords) {
        QByteArray folded = word.toUtf8();
        foldAscii(folded);
        m_folded << folded;
    }
}

bool TextMatcher::matches(const QString &title, const QString &author,
                          const QByteArray &textUtf8) const
{
    // One haystack, as the column was: a word cannot span two fields, it has no line breaks.
    QByteArray haystack = title.toUtf8();
    haystack.reserve(haystack.size() + author.size() * 3 + textUtf8.size() + 2);
    haystack.append('\n').append(author.toUtf8()).append('\n').append(textUtf8);
    foldAscii(haystack);
    for (const QByteArray &word : m_folded) {
        if (!haystack.contains(word))
            return false;
    }
    return true;
}

IndexLookup lookUp(QSqlDatabase db, const QStringList &searchWords)
{
    IndexLookup lookup;
    const IndexState state = indexState(db);
    if (!state.usable)
        return lookup; // every article is checked
    lookup.exact = !state.overflowed;
    // An article that kept only part of its words may hold any piece.
    const auto anyOf = [&state](QStringList words) {
        if (state.overflowed)
            words << QString::fromUtf16(kOverflowWord);
        for (QString &word : words)
            word = quoted(word);
        return QLatin1Char('(') + words.join(QLatin1String(" OR ")) + QLatin1Char(')');
    };
    QStringList conditions;
    QSqlQuery vocabulary(db);
    vocabulary.setForwardOnly(true);
    vocabulary.prepare(
        QStringLiteral("SELECT word FROM search_words WHERE instr(word, ?) > 0 LIMIT ?"));
    for (const QString &searchWord : searchWords) {
        const QList<QueryPiece> pieces = queryPieces(searchWord);
        if (!isWholeWord(searchWord, pieces))
            lookup.exact = false;
        for (const QueryPiece &piece : pieces) {
            if (piece.wholeWord) {
                conditions << anyOf({piece.text});
                continue;
            }
            QStringList words;
            if (!wordsContaining(vocabulary, piece.text, &words) ||
                words.size() > kMostWordsPerPiece) {
                lookup.exact = false;
                continue;
            }
            if (words.isEmpty() && !state.overflowed) {
                lookup.nothing = true;
                return lookup;
            }
            conditions << anyOf(words);
        }
    }
    lookup.match = conditions.join(QLatin1String(" AND "));
    return lookup;
}

} // namespace ichq::search
