#include "SearchWords.h"

#include "WordSet.h"

#include <QChar>

#include <algorithm>
#include <string_view>
#include <vector>

namespace ichq::search {

namespace {

bool isAsciiAlnum(char16_t c)
{
    return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
}

char16_t asciiLower(char16_t c)
{
    return c >= u'A' && c <= u'Z' ? char16_t(c + 32) : c;
}

// Walks a text and hands each ASCII run and each other letter or digit to visit, as views into
// the text, which it folds in place: ASCII letters lower-cased, other letters too (so that a LIKE
// that folds more than ASCII, SQLite built with ICU, still finds every hit among the articles
// the index names). Views, not copies: this runs over every article a refresh stores.
template <typename Visit> void splitText(QString &text, Visit visit)
{
    char16_t *data = reinterpret_cast<char16_t *>(text.data());
    const qsizetype size = text.size();
    qsizetype runStart = -1;
    const auto endRun = [&](qsizetype end) {
        if (runStart >= 0)
            visit(QStringView(data + runStart, end - runStart), false);
        runStart = -1;
    };
    for (qsizetype i = 0; i < size; ++i) {
        const char16_t c = data[i];
        if (c < 0x80) {
            if (isAsciiAlnum(c)) {
                data[i] = asciiLower(c);
                if (runStart < 0)
                    runStart = i;
            } else {
                endRun(i);
            }
            continue;
        }
        endRun(i);
        if (QChar::isHighSurrogate(c) && i + 1 < size && QChar::isLowSurrogate(data[i + 1])) {
            const char32_t code = QChar::surrogateToUcs4(c, data[i + 1]);
            const char32_t folded = QChar::toLower(code);
            if (QChar::requiresSurrogates(folded)) {
                data[i] = QChar::highSurrogate(folded);
                data[i + 1] = QChar::lowSurrogate(folded);
            }
            if (QChar::isLetterOrNumber(code))
                visit(QStringView(data + i, 2), true);
            ++i;
            continue;
        }
        const char32_t folded = QChar::toLower(char32_t(c));
        if (!QChar::requiresSurrogates(folded))
            data[i] = char16_t(folded);
        if (QChar::isLetterOrNumber(char32_t(c)))
            visit(QStringView(data + i, 1), true);
    }
    endRun(size);
}

} // namespace

QString indexWords(std::initializer_list<QStringView> texts)
{
    QString folded;
    qsizetype length = 0;
    for (QStringView text : texts)
        length += text.size() + 1;
    folded.reserve(length);
    for (QStringView text : texts)
        folded.append(text).append(QLatin1Char('\n'));
    WordSet words(folded.size() / 8);
    splitText(folded, [&words](QStringView word, bool single) {
        if (single) {
            words.insert(word);
            return;
        }
        if (word.size() < kShortestRun)
            return;
        if (word.size() <= kLongestRun) {
            words.insert(word);
            return;
        }
        const qsizetype step = kLongestRun / 2;
        for (qsizetype from = 0;; from += step) {
            words.insert(word.mid(from, std::min<qsizetype>(kLongestRun, word.size() - from)));
            if (from + kLongestRun >= word.size())
                break;
        }
    });
    // In the order they first appear: the same texts give the same string, and FTS5 cares only
    // which words a row has. Sorted when too many, so that the words kept do not depend on
    // where they stand.
    std::vector<std::u16string_view> distinct = words.take();
    const bool overflows = distinct.size() > size_t(kMostWordsPerArticle);
    if (overflows) {
        std::sort(distinct.begin(), distinct.end());
        distinct.resize(size_t(kMostWordsPerArticle));
    }
    qsizetype joinedLength = overflows ? qsizetype(std::size(kOverflowWord)) : 0;
    for (const std::u16string_view word : distinct)
        joinedLength += qsizetype(word.size()) + 1;
    QString joined;
    joined.reserve(joinedLength);
    for (const std::u16string_view word : distinct)
        joined.append(QStringView(word.data(), qsizetype(word.size()))).append(QLatin1Char(' '));
    if (overflows)
        joined.append(QStringView(kOverflowWord)).append(QLatin1Char(' '));
    return joined;
}

QString wordsVersion()
{
    return QStringLiteral("words 1, unicode %1").arg(int(QChar::currentUnicodeVersion()));
}

QList<QueryPiece> queryPieces(QStringView searchWord)
{
    QList<QueryPiece> pieces;
    QString folded = searchWord.toString();
    splitText(folded, [&pieces](QStringView piece, bool single) {
        if (single || (piece.size() >= kShortestRun && piece.size() <= kLongestRun / 2))
            pieces.append({piece.toString(), single});
    });
    return pieces;
}

} // namespace ichq::search
