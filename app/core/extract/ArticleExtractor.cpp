#include "ArticleExtractor.h"

#include "html/MarkupBounds.h"

#include "ArticleCleaner.h"
#include "ContentScorer.h"
#include "GumboDocument.h"
#include "NodeStats.h"
#include "PageDecoding.h"
#include "PageMetadata.h"

namespace ichq {

namespace {

// Less visible text than this is a teaser, a gallery or a list of links, not a story.
constexpr int kMinStoryChars = 140;

} // namespace

ExtractedArticle ArticleExtractor::extract(const QByteArray &bytes, const QByteArray &contentType,
                                           const QUrl &pageUrl)
{
    using namespace extract;
    QByteArray utf8 = pageBytesToUtf8(bytes.left(kMaxInputBytes), contentType);
    utf8.truncate(html::safeParseLength(utf8));
    ExtractedArticle article;
    if (utf8.trimmed().isEmpty())
        return article;

    const GumboDocument document(utf8, GumboDocument::Mode::Document);
    const PageMetadata metadata = readPageMetadata(document.root(), pageUrl);
    article.title = metadata.title;
    article.author = metadata.author;
    article.published = metadata.published;
    article.leadImage = metadata.leadImage;

    const GumboNode &body = bodyOf(document.root());
    const NodeStatsTable stats(body);
    ContentScorer scorer(stats);
    const std::vector<const GumboNode *> content = scorer.selectContent(body);
    if (content.empty())
        return article;
    ArticleCleaner cleaner(stats, metadata.baseUrl);
    const CleanedArticle cleaned = cleaner.clean(content);
    if (cleaned.textChars < kMinStoryChars)
        return article;
    article.found = true;
    article.html = QString::fromUtf8(cleaned.html);
    article.paragraphs = cleaned.paragraphs;
    return article;
}

} // namespace ichq
