#pragma once

#include <QString>

namespace ichq::test {

// Paragraphs that read like news copy, different for every seed: words drawn from a few hundred
// with the skew of real text (a few words often, most rarely), numbers, names and punctuation,
// in English or Chinese. A benchmark that stores the same paragraph thousands of times measures
// a search index and a database that real text never gives; this is what it stores instead.
QString syntheticParagraph(quint32 seed, bool chinese, int approximateBytes);

} // namespace ichq::test
