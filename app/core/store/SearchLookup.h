#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace ichq::search {

// Runs that more vocabulary words than this contain ("ing", "ion") narrow too little to be
// worth an OR of them all: such a piece is left to LIKE.
inline constexpr int kMostWordsPerPiece = 200;

// How the search index narrows a search down (SearchWords.h says what it keeps).
struct IndexLookup
{
    QString match;        // an FTS5 expression for article_search; empty: the index cannot help
    bool nothing = false; // a piece is in no indexed word: no article holds the search
};

// For a search's words, each a substring that every hit must hold: each piece of each word
// becomes a condition on the index, a Han character as itself, a run as the OR of the
// vocabulary's words that contain it. Every article that holds all the words satisfies the
// expression; LIKE then checks them.
IndexLookup lookUp(QSqlDatabase db, const QStringList &searchWords);

} // namespace ichq::search
