#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace ichq::html {

// gumbo checks "is there a <p> in button scope" and similar by walking its stack of open
// elements for every start tag, so its time grows with depth x elements: 100,000 nested <div>s
// take minutes. These linear scans over the raw bytes bound what gumbo will face, before it
// parses anything. Real markup is never near the limits.
struct MarkupLimits
{
    int maxDepth = 2000;
    int maxElements = 200000;
    qint64 maxWork = 10000000; // sum of the depth at every start tag
};

// How many leading bytes are safe to parse: all of them for any real page, a prefix (cut
// before the tag that crosses a limit) for hostile ones. For whole pages, where what follows
// a hostile nest is chrome.
qsizetype safeParseLength(QByteArrayView utf8, const MarkupLimits &limits = {});

// The markup with every tag that would open a level deeper than maxDepth, and every start tag
// past maxElements, removed: their text stays, flattened into the enclosing element. The
// content of a removed <script>, <style>… goes with it. For feed fragments: nothing of the
// story's text is lost. maxWork is not used.
QByteArray flattenBeyondLimits(const QByteArray &utf8, const MarkupLimits &limits);

} // namespace ichq::html
