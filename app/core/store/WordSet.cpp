#include "WordSet.h"

namespace ichq::search {

namespace {

constexpr quint32 kEmpty = 0xffffffff;

} // namespace

WordSet::WordSet(qsizetype expected)
{
    size_t capacity = 64;
    while (capacity < size_t(expected) * 2)
        capacity *= 2;
    m_slots.assign(capacity, Slot{kEmpty, 0});
    m_words.reserve(capacity / 2);
}

size_t WordSet::hashOf(std::u16string_view word)
{
    size_t hash = 14695981039346656037ULL; // FNV-1a: short keys, and no outsider picks them
    for (const char16_t c : word)
        hash = (hash ^ c) * 1099511628211ULL;
    return hash ^ (hash >> 29);
}

bool WordSet::insert(QStringView word)
{
    const std::u16string_view view(word.utf16(), size_t(word.size()));
    const size_t hash = hashOf(view);
    const size_t mask = m_slots.size() - 1;
    for (size_t slot = hash & mask;; slot = (slot + 1) & mask) {
        Slot &at = m_slots[slot];
        if (at.index == kEmpty) {
            at = {quint32(m_words.size()), quint32(hash)};
            m_words.push_back(view);
            if (m_words.size() * 2 > m_slots.size())
                grow();
            return true;
        }
        if (at.hash == quint32(hash) && m_words[at.index] == view)
            return false;
    }
}

void WordSet::replaceLast(QStringView sameWord)
{
    Q_ASSERT(!m_words.empty() &&
             QStringView(m_words.back().data(), qsizetype(m_words.back().size())) == sameWord);
    m_words.back() = std::u16string_view(sameWord.utf16(), size_t(sameWord.size()));
}

std::vector<std::u16string_view> WordSet::take()
{
    std::vector<std::u16string_view> words = std::move(m_words);
    m_words.clear();
    m_slots.assign(m_slots.size(), Slot{kEmpty, 0});
    return words;
}

void WordSet::grow()
{
    m_slots.assign(m_slots.size() * 2, Slot{kEmpty, 0});
    const size_t mask = m_slots.size() - 1;
    for (quint32 index = 0; index < quint32(m_words.size()); ++index) {
        const size_t hash = hashOf(m_words[index]);
        size_t slot = hash & mask;
        while (m_slots[slot].index != kEmpty)
            slot = (slot + 1) & mask;
        m_slots[slot] = {index, quint32(hash)};
    }
}

} // namespace ichq::search
