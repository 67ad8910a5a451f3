#pragma once

#include "ArticleContent.h"
#include "store/StoreTypes.h"

#include <QHash>
#include <QLocale>
#include <QString>

namespace ichq::web {

// Fills resources/article/article.html with one article. Every inserted value is escaped except
// the body, which the sanitizer already made safe before it was stored.
class ArticleTemplate
{
public:
    // Uses the default QLocale (the interface language) for the date and the translations
    // installed now for the page's own words.
    static QString render(const Article &article, Theme theme);

    // Replaces each {{name}} in one pass, so a value that itself contains "{{body}}" stays text.
    // Unknown names are left out.
    static QString fill(const QString &templateText, const QHash<QString, QString> &values);

    static QString formatDate(const QDateTime &utc, const QLocale &locale);
    static bool looksChinese(const QString &text);
};

} // namespace ichq::web
