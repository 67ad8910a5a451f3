#pragma once

#include <QStringView>
#include <QtGlobal>

#include <string_view>
#include <vector>

namespace ichq::search {

// A set of words held as views into text kept elsewhere, open-addressed with a cheap hash: the
// words of every article a refresh stores go through one (search::indexWords, per article; the
// vocabulary's writer, per refresh), and QSet of QString or QStringView cost an allocation or a
// node per word and a pointer chase per look-up. The text viewed must outlive the set.
class WordSet
{
public:
    explicit WordSet(qsizetype expected = 0);

    // True when the word was not in the set yet.
    bool insert(QStringView word);
    // The word inserted last is viewed in other text from now on, which holds the same word
    // (the text first viewed is going away; a copy lives on).
    void replaceLast(QStringView sameWord);
    qsizetype size() const { return qsizetype(m_words.size()); }
    // The words in the order they were first inserted; the set is empty after.
    std::vector<std::u16string_view> take();

private:
    static size_t hashOf(std::u16string_view word);
    void grow();

    struct Slot
    {
        quint32 index; // into m_words; kEmpty for none
        quint32 hash;  // its low bits: most mismatches are told without reading the word
    };
    std::vector<Slot> m_slots;
    std::vector<std::u16string_view> m_words;
};

} // namespace ichq::search
