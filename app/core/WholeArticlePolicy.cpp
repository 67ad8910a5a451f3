#include "WholeArticlePolicy.h"

namespace ichq {

namespace {

bool isWebLink(const QUrl &url)
{
    return url.isValid() && !url.host().isEmpty() &&
           (url.scheme() == u"http" || url.scheme() == u"https");
}

bool endsLikeAnExcerpt(const QString &plainText)
{
    QString text = plainText.trimmed();
    // WordPress appends "The post X appeared first on Y." to every item of some feeds.
    if (text.contains(QLatin1String("appeared first on"), Qt::CaseInsensitive))
        return true;
    while (!text.isEmpty() && (text.back().isSpace() || text.back() == u']' ||
                               text.back() == u'.' || text.back() == u'>' || text.back() == u')'))
        text.chop(1);
    return text.endsWith(QChar(0x2026)) || text.endsWith(QLatin1String("[...")) ||
           text.endsWith(QLatin1String("..")) ||
           text.endsWith(QLatin1String("Read more"), Qt::CaseInsensitive) ||
           text.endsWith(QLatin1String("Continue reading"), Qt::CaseInsensitive) ||
           text.endsWith(QStringLiteral("阅读全文")) || text.endsWith(QStringLiteral("阅读更多"));
}

} // namespace

int WholeArticlePolicy::wordCount(const QString &plainText, int atMost)
{
    int words = 0;
    bool inWord = false;
    for (const QChar c : plainText) {
        if (words >= atMost)
            break;
        if (c.unicode() < 0x80) {
            const bool letter =
                (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9');
            words += letter && !inWord;
            inWord = letter;
        } else if (c.script() == QChar::Script_Han) {
            ++words;
            inWord = false;
        } else if (c.isLetterOrNumber()) {
            if (!inWord)
                ++words;
            inWord = true;
        } else {
            inWord = false;
        }
    }
    return words;
}

bool WholeArticlePolicy::looksLikeSummary(const QString &contentText, const QString &summaryText)
{
    if (contentText.isEmpty() || contentText == summaryText)
        return true;
    // Counting stops there: every article a refresh stores comes through here.
    return wordCount(contentText, kSummaryWords) < kSummaryWords && endsLikeAnExcerpt(contentText);
}

bool WholeArticlePolicy::needsPage(const FeedItem &item, const QString &contentText,
                                   const QString &summaryText, WholeArticles mode)
{
    if (mode == WholeArticles::Never || !isWebLink(item.link))
        return false;
    return mode == WholeArticles::Always || looksLikeSummary(contentText, summaryText);
}

} // namespace ichq
