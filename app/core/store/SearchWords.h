#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <initializer_list>

namespace ichq::search {

// What the search index keeps of an article, and how a search word is looked up in it.
//
// A search word matches where it is a substring of the title, author or text, with ASCII letters
// in either case (SQL LIKE, which checks every hit). The index only has to find every article
// that may match, cheaply. It keeps each distinct run of ASCII letters and digits, lower-cased,
// and each other letter or digit (a Han character, an accented letter) on its own. A substring
// lies inside one run, so the runs that contain a searched run (the vocabulary, search_words)
// name every article that has it; a Han character is a word of its own.

// Runs shorter than this are not indexed: the runs containing "an" are most of the vocabulary,
// and such a word is checked by LIKE alone, as before.
inline constexpr int kShortestRun = 3;
// A longer run (hostile or not: a base64 blob, a URL without separators) is kept as overlapping
// pieces of this length, every half of it, so that any searched run up to half as long lies
// wholly inside one of them.
inline constexpr int kLongestRun = 64;

// An article keeps at most this many words (a long story has some 3,000): a hostile one full of
// distinct runs would fill the vocabulary, which every search scans. One that has more keeps the
// first in sorted order and kOverflowWord, which every lookup then accepts for any piece.
inline constexpr int kMostWordsPerArticle = 8192;
// Two characters, so no text yields it (a text's words are runs of ASCII or single characters).
inline constexpr char16_t kOverflowWord[] = u"\u00ff\u00ff";

// The distinct index words of the texts, each followed by a space: what article_search
// takes as it is, in one string (an article's words are made for every article a refresh stores;
// one string is one allocation where a list was one per word).
QString indexWords(std::initializer_list<QStringView> texts);

// Changes when the words of a text would: these rules, or the Unicode tables of the Qt in use
// (what is a letter). The index is rebuilt then, or the words that remove a row would not be the
// ones that added it.
QString wordsVersion();

// One piece of a search word the index can look up.
struct QueryPiece
{
    QString text;
    bool wholeWord = false; // a single character: a word of the index as it is
};

// The pieces of one search word the index can look up; empty when it can look up none (only
// short runs, punctuation). Every article that holds the word holds each piece.
QList<QueryPiece> queryPieces(QStringView searchWord);

} // namespace ichq::search
