#pragma once

#include "html/GumboArena.h"

#include <gumbo.h>

#include <QByteArray>

namespace ichq::extract {

// Owns one gumbo parse, allocated in an arena that is released in one go. The UTF-8 bytes
// must outlive the document: gumbo's nodes point into them (original_tag, text positions).
class GumboDocument
{
public:
    enum class Mode { Document, DivFragment };

    GumboDocument(const QByteArray &utf8, Mode mode);
    ~GumboDocument() = default; // no gumbo_destroy_output: the arena frees every node
    GumboDocument(const GumboDocument &) = delete;
    GumboDocument &operator=(const GumboDocument &) = delete;

    // Document mode: the <html> element. Fragment mode: the synthetic root holding the nodes.
    const GumboNode &root() const { return *m_output->root; }

private:
    html::GumboArena m_arena;
    GumboOptions m_options;
    GumboOutput *m_output = nullptr;
};

// The <body> element of a parsed document (gumbo always creates one), or the root itself.
const GumboNode &bodyOf(const GumboNode &htmlRoot);

} // namespace ichq::extract
