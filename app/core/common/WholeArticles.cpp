#include "WholeArticles.h"

namespace ichq {

QString wholeArticlesName(WholeArticles mode)
{
    switch (mode) {
    case WholeArticles::Always:
        return QStringLiteral("always");
    case WholeArticles::Never:
        return QStringLiteral("never");
    case WholeArticles::Auto:
        break;
    }
    return QStringLiteral("auto");
}

WholeArticles wholeArticlesFromName(const QString &name, bool *ok)
{
    const QString folded = name.trimmed().toLower();
    bool known = true;
    WholeArticles mode = WholeArticles::Auto;
    if (folded == u"always")
        mode = WholeArticles::Always;
    else if (folded == u"never")
        mode = WholeArticles::Never;
    else if (folded != u"auto")
        known = false;
    if (ok)
        *ok = known;
    return mode;
}

} // namespace ichq
