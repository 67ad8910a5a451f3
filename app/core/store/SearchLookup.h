#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace ichq::search {

// Runs that more vocabulary words than this contain ("ing", "ion") narrow too little to be
// worth an OR of them all: such a piece is left to the check (TextMatcher).
inline constexpr int kMostWordsPerPiece = 200;

// How the search index narrows a search down (SearchWords.h says what it keeps).
struct IndexLookup
{
    QString match;        // an FTS5 expression for article_search; empty: the index cannot help
    bool nothing = false; // a piece is in no indexed word: no article holds the search
    // The index names exactly the hits: every word is one run of ASCII letters and digits the
    // index looked up whole, or one character without case. Otherwise each is checked.
    bool exact = false;
};

// For a search's words, each a substring that every hit must hold: each piece of each word
// becomes a condition on the index, a Han character as itself, a run as the OR of the
// vocabulary's words that contain it. Every article that holds all the words satisfies the
// expression; unless the lookup is exact, TextMatcher then checks them.
IndexLookup lookUp(QSqlDatabase db, const QStringList &searchWords);

// Whether every search word is a substring of the title, author or text, ASCII letters in
// either case: what SQL LIKE '%word%' decided when the text was a column of its own (the text
// is now kept compressed with the HTML, sql::body).
class TextMatcher
{
public:
    explicit TextMatcher(const QStringList &searchWords);
    // In UTF-8, as the text is stored: ASCII folds byte by byte, and a word found at a byte
    // offset starts at a character (no UTF-8 character begins inside another).
    bool matches(const QString &title, const QString &author, const QByteArray &textUtf8) const;

private:
    QList<QByteArray> m_folded;
};

} // namespace ichq::search
