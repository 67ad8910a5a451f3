#include "SearchWords.h"

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

// The distinct words of a text, as views into it: an open-addressing set, because an article's
// words are mostly repeats (a story says "Chongqing" often) and a hash set of QString or
// QStringView costs an allocation per word or a node per entry, for every article stored.
class DistinctWords
{
public:
    explicit DistinctWords(qsizetype expected)
    {
        size_t capacity = 64;
        while (capacity < size_t(expected) * 2)
            capacity *= 2;
        m_slots.assign(capacity, kEmpty);
        m_words.reserve(capacity / 2);
    }

    void insert(QStringView word)
    {
        const std::u16string_view view(word.utf16(), size_t(word.size()));
        const size_t mask = m_slots.size() - 1;
        for (size_t slot = hashOf(view) & mask;; slot = (slot + 1) & mask) {
            if (m_slots[slot] == kEmpty) {
                m_slots[slot] = quint32(m_words.size());
                m_words.push_back(view);
                if (m_words.size() * 2 > m_slots.size())
                    grow();
                return;
            }
            if (m_words[m_slots[slot]] == view)
                return;
        }
    }

    std::vector<std::u16string_view> take() { return std::move(m_words); }

private:
    static constexpr quint32 kEmpty = 0xffffffff;

    static size_t hashOf(std::u16string_view word)
    {
        size_t hash = 14695981039346656037ULL; // FNV-1a: short keys, no seed needed here
        for (const char16_t c : word)
            hash = (hash ^ c) * 1099511628211ULL;
        return hash ^ (hash >> 29);
    }

    void grow()
    {
        m_slots.assign(m_slots.size() * 2, kEmpty);
        const size_t mask = m_slots.size() - 1;
        for (quint32 index = 0; index < quint32(m_words.size()); ++index) {
            size_t slot = hashOf(m_words[index]) & mask;
            while (m_slots[slot] != kEmpty)
                slot = (slot + 1) & mask;
            m_slots[slot] = index;
        }
    }

    std::vector<quint32> m_slots;
    std::vector<std::u16string_view> m_words;
};

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
    DistinctWords words(folded.size() / 8);
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
