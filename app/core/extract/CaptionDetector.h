#pragma once

#include "NodeStats.h"

#include <gumbo.h>

namespace ichq::extract {

// Where a story's photo captions are. Themes mark them explicitly (<figcaption>,
// .wp-caption-text) or only visually: a short centred line right under the photo, which
// Gutenberg writes as has-text-align-center and older editors and Chinese CMSs as
// align="center" or style="text-align: center".

// A container of one photo and its caption: <figure>, .wp-caption, .wp-block-image.
bool isFigureLike(const GumboNode &node);

// The caption element inside a figure-like container, or nullptr.
const GumboNode *captionInside(const GumboNode &figure);

// A paragraph, div or figure whose only content is one or more photos (links and wrappers
// allowed, no text).
bool isImageOnly(const GumboNode &node, const NodeStatsTable &stats);

// A short (under ~40 words) centred line of text without photos: the caption of the photo
// right above it.
bool isCaptionLine(const GumboNode &node, const NodeStatsTable &stats);

} // namespace ichq::extract
