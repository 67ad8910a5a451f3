#pragma once

#include <gumbo.h>

#include <QByteArray>
#include <QList>
#include <QUrl>

namespace ichq::html {

// One candidate of a srcset: its URL text and how large it claims to be (width in px for
// "640w", density for "2x", 1 when there is no descriptor).
struct SrcsetCandidate
{
    QByteArray url;
    double size = 1.0;
};

// The srcset microsyntax, without regex. URLs may contain commas (CDN transforms such as
// "w_300,h_200"), so a comma ends a URL only when it is its last character.
QList<SrcsetCandidate> parseSrcset(const char *srcset);

// The absolute http(s) URL an <img> really shows, or an invalid QUrl when it has none.
// Lazy-load plugins put a placeholder into src and the photo elsewhere, so in order:
//   1. data-src / data-lazy-src / data-original (by the plugin's contract, the real photo),
//   2. src, unless it is a placeholder (data:, empty, "blank.gif", "lazy-placeholder.png"...),
//   3. data-large-file / data-orig-file (Jetpack),
//   4. the largest candidate of srcset / data-srcset / data-lazy-srcset,
//   5. the largest candidate of the <source> siblings inside a <picture>,
//   6. a src that only looked like a placeholder by its name.
QUrl pickImageSource(const GumboNode &img, const QUrl &baseUrl);

} // namespace ichq::html
