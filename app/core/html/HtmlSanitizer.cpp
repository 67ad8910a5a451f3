#include "HtmlSanitizer.h"

#include "GumboArena.h"
#include "MarkupBounds.h"
#include "SanitizerWalker.h"

#include <gumbo.h>

#include <QCryptographicHash>

namespace ichq {

namespace {

// Owns one gumbo parse of a fragment, parsed as the content of a <div> the way a browser's
// innerHTML does: no <html>/<head>/<body> are invented, and <meta>, <title> or <style> at
// the start stay where they were written instead of moving into a head we would never see.
class ParsedFragment
{
public:
    explicit ParsedFragment(const QByteArray &utf8) : m_options(kGumboDefaultOptions)
    {
        m_options.allocator = &html::GumboArena::allocate;
        m_options.deallocator = &html::GumboArena::deallocate;
        m_options.userdata = &m_arena;
        m_options.fragment_context = GUMBO_TAG_DIV;
        m_options.fragment_namespace = GUMBO_NAMESPACE_HTML;
        // gumbo copies the stack of open elements into every parse error it records, which
        // makes deeply nested hostile input cost memory quadratic in its depth (20,000
        // unclosed <div>s: 3 GB). We never read the errors, so record none.
        m_options.max_errors = 0;
        m_output = gumbo_parse_with_options(&m_options, utf8.constData(),
                                            static_cast<size_t>(utf8.size()));
    }
    // No gumbo_destroy_output: every node lives in the arena, which frees them all at once.
    ~ParsedFragment() = default;
    ParsedFragment(const ParsedFragment &) = delete;
    ParsedFragment &operator=(const ParsedFragment &) = delete;

    // In fragment mode the parsed nodes are the children of the synthetic <html> root.
    const GumboNode &root() const { return *m_output->root; }

private:
    html::GumboArena m_arena;
    GumboOptions m_options;
    GumboOutput *m_output = nullptr;
};

// A feed's author controls the markup: before gumbo sees it, nesting past the walker's own
// depth limit and elements past a story's worth are flattened to text, so every fragment is
// parsed in time linear in its size.
constexpr html::MarkupLimits kFragmentLimits{200, 20000, 0};

html::SanitizerWalker walk(const QString &html, const QUrl &baseUrl)
{
    const QByteArray utf8 = html::flattenBeyondLimits(html.toUtf8(), kFragmentLimits);
    const ParsedFragment fragment(utf8);
    html::SanitizerWalker walker(baseUrl, utf8.size());
    walker.walkChildren(fragment.root(), 0);
    return walker;
}

} // namespace

SanitizedHtml HtmlSanitizer::sanitize(const QString &html, const QUrl &baseUrl)
{
    const html::SanitizerWalker walker = walk(html, baseUrl);
    return {QString::fromUtf8(walker.html()), walker.imageUrls(), walker.plainText(), walker.html(),
            walker.plainTextUtf8()};
}

QString HtmlSanitizer::toPlainText(const QString &html)
{
    return walk(html, QUrl()).plainText();
}

QList<QUrl> HtmlSanitizer::extractImageUrls(const QString &html, const QUrl &baseUrl)
{
    return walk(html, baseUrl).imageUrls();
}

QString imageKeyForUrl(const QUrl &url)
{
    const QByteArray digest =
        QCryptographicHash::hash(url.toEncoded(QUrl::FullyEncoded), QCryptographicHash::Sha256);
    return QString::fromLatin1(digest.toHex());
}

QUrl imageSchemeUrl(const QUrl &url)
{
    return QUrl(QLatin1String("ichq://image/") + imageKeyForUrl(url));
}

} // namespace ichq
