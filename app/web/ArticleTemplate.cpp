#include "ArticleTemplate.h"

#include "common/DateText.h"

#include "WebLogging.h"

#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>

namespace ichq::web {

namespace {

const QString &templateText()
{
    static const QString text = [] {
        QFile file(QStringLiteral(":/article/article.html"));
        if (!file.open(QIODevice::ReadOnly)) {
            qCWarning(lcWeb) << "the article template is missing from the resources";
            return QString();
        }
        return QString::fromUtf8(file.readAll());
    }();
    return text;
}

QString byline(const Article &article)
{
    QStringList parts;
    if (!article.author.trimmed().isEmpty())
        parts << QCoreApplication::translate("ArticleTemplate", "By %1")
                     .arg(article.author.trimmed().toHtmlEscaped());
    if (!article.categories.isEmpty())
        parts << article.categories.join(QStringLiteral(", ")).toHtmlEscaped();
    return parts.join(QStringLiteral(" <span class=\"sep\">·</span> "));
}

// The feed's first image leads the page only when the body shows none itself; otherwise the
// same photo would appear twice.
QString leadFigure(const Article &article)
{
    static const QRegularExpression img(QStringLiteral("<img[\\s>/]"),
                                        QRegularExpression::CaseInsensitiveOption);
    if (article.leadImageKey.isEmpty() || article.bodyHtml.contains(img))
        return {};
    // The key goes into a URL: only the cache's own hex form is accepted.
    for (const QChar c : article.leadImageKey) {
        if (!((c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f')))
            return {};
    }
    if (article.leadImageKey.size() != 64)
        return {};
    return QStringLiteral("<figure class=\"lead\"><img src=\"ichq://image/%1\" alt=\"\"></figure>")
        .arg(article.leadImageKey);
}

// The page was wanted and could not be had: say quietly that this is only the summary.
QString summaryNotice(const Article &article, const QString &openOriginalUrl)
{
    if (!article.showsSummaryOnly())
        return {};
    return QStringLiteral("<p class=\"notice\">%1 <a href=\"%2\">%3</a></p>")
        .arg(QCoreApplication::translate(
                 "ArticleTemplate",
                 "Showing the summary; the whole article could not be downloaded.")
                 .toHtmlEscaped(),
             openOriginalUrl,
             QCoreApplication::translate("ArticleTemplate", "Open original").toHtmlEscaped());
}

} // namespace

QString ArticleTemplate::formatDate(const QDateTime &utc, const QLocale &locale)
{
    if (!utc.isValid())
        return {};
    const QDateTime local = utc.toLocalTime();
    return locale.toString(local.date(), QLocale::LongFormat) + QStringLiteral(" · ") +
           shortTimeText(local.time(), locale);
}

bool ArticleTemplate::looksChinese(const QString &text)
{
    int han = 0;
    int letters = 0;
    for (const QChar c : text) {
        if (c.script() == QChar::Script_Han)
            ++han;
        else if (c.isLetter())
            ++letters;
    }
    // A Han character carries about as much as a short word: weigh it accordingly.
    return han * 4 > letters;
}

QString ArticleTemplate::render(const Article &article, Theme theme)
{
    const QString &text = templateText();
    if (text.isEmpty())
        return {};
    const QString title = article.title.trimmed().isEmpty()
                              ? QCoreApplication::translate("ArticleTemplate", "Untitled")
                              : article.title;
    const bool chinese = looksChinese(article.title + article.excerpt);
    const QString id = QString::number(article.id);
    const QString openOriginalUrl = QStringLiteral("ichq://action/open-original/") + id;
    const QHash<QString, QString> values{
        {QStringLiteral("lang"), chinese ? QStringLiteral("zh-Hans") : QStringLiteral("en")},
        {QStringLiteral("theme"),
         theme == Theme::Dark ? QStringLiteral("dark") : QStringLiteral("light")},
        {QStringLiteral("title"), title.toHtmlEscaped()},
        {QStringLiteral("byline"), byline(article)},
        {QStringLiteral("datetime"), article.published.toUTC().toString(Qt::ISODate)},
        {QStringLiteral("date"), formatDate(article.published, QLocale()).toHtmlEscaped()},
        {QStringLiteral("notice"), summaryNotice(article, openOriginalUrl)},
        {QStringLiteral("lead"), leadFigure(article)},
        {QStringLiteral("body"), article.bodyHtml},
        {QStringLiteral("openOriginalUrl"), openOriginalUrl},
        {QStringLiteral("copyLinkUrl"), QStringLiteral("ichq://action/copy-link/") + id},
        {QStringLiteral("openOriginal"),
         QCoreApplication::translate("ArticleTemplate", "Open original").toHtmlEscaped()},
        {QStringLiteral("copyLink"),
         QCoreApplication::translate("ArticleTemplate", "Copy link").toHtmlEscaped()},
    };
    return fill(text, values);
}

QString ArticleTemplate::fill(const QString &templateText, const QHash<QString, QString> &values)
{
    QString out;
    out.reserve(templateText.size() + values.value(QStringLiteral("body")).size());
    qsizetype from = 0;
    while (true) {
        const qsizetype open = templateText.indexOf(QLatin1String("{{"), from);
        const qsizetype close = open < 0 ? -1 : templateText.indexOf(QLatin1String("}}"), open + 2);
        if (close < 0) {
            out += QStringView(templateText).mid(from);
            return out;
        }
        out += QStringView(templateText).mid(from, open - from);
        out += values.value(templateText.mid(open + 2, close - open - 2));
        from = close + 2;
    }
}

} // namespace ichq::web
