#pragma once

#include "FeedTypes.h"

namespace ichq {

class XmlCursor;

// Each reader starts on its root element's start tag and returns after its end tag (or an error).
// Items past FeedLimits::maxItems are skipped without being read.
void readRss2(XmlCursor &cursor, Feed &feed); // <rss>, also RSS 0.91/0.92
void readRdf(XmlCursor &cursor, Feed &feed);  // <rdf:RDF>, RSS 1.0 and 0.90
void readAtom(XmlCursor &cursor, Feed &feed); // <feed>, Atom 1.0 and 0.3

} // namespace ichq
