#pragma once

#include <QByteArrayView>

namespace ichq::extract {

// gumbo checks "is there a <p> in button scope" and similar by walking its stack of open
// elements for every start tag, so its time grows with depth x elements: 100,000 nested <div>s
// take minutes. This linear scan over the raw bytes estimates what gumbo would face and
// returns how many leading bytes are safe to parse: all of them for any real page, a prefix
// (cut before the tag that crosses a limit) for hostile ones.
struct NestingLimits
{
    int maxDepth = 2000;
    int maxElements = 200000;
    qint64 maxWork = 10000000; // sum of the depth at every start tag
};

qsizetype safeParseLength(QByteArrayView utf8, const NestingLimits &limits = {});

} // namespace ichq::extract
