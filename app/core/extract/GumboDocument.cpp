#include "GumboDocument.h"

#include "DomUtil.h"

namespace ichq::extract {

GumboDocument::GumboDocument(const QByteArray &utf8, Mode mode) : m_options(kGumboDefaultOptions)
{
    m_options.allocator = &html::GumboArena::allocate;
    m_options.deallocator = &html::GumboArena::deallocate;
    m_options.userdata = &m_arena;
    // gumbo copies the stack of open elements into every parse error it records: on deeply
    // nested hostile pages that is memory quadratic in the depth. We never read the errors.
    m_options.max_errors = 0;
    if (mode == Mode::DivFragment) {
        m_options.fragment_context = GUMBO_TAG_DIV;
        m_options.fragment_namespace = GUMBO_NAMESPACE_HTML;
    }
    m_output =
        gumbo_parse_with_options(&m_options, utf8.constData(), static_cast<size_t>(utf8.size()));
}

const GumboNode &bodyOf(const GumboNode &htmlRoot)
{
    for (unsigned i = 0; i < childCount(htmlRoot); ++i) {
        const GumboNode &child = childAt(htmlRoot, i);
        if (tagOf(child) == GUMBO_TAG_BODY)
            return child;
    }
    return htmlRoot;
}

} // namespace ichq::extract
