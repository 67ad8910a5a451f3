#pragma once

#include "store/ArticleQueries.h"
#include "store/Database.h"
#include "store/StoreTypes.h"

#include <QTemporaryDir>

namespace ichq::test {

// A store of its own in a temporary folder, for one test function.
struct ScratchStore
{
    QTemporaryDir dir;
    Database db;
    QString error;
    bool open()
    {
        return dir.isValid() && db.open(dir.filePath(QStringLiteral("reader.sqlite")), &error);
    }
};

// The articles a search finds, counted as the window counts them.
inline int searchHits(Database &db, const QString &search)
{
    ArticleFilter filter;
    filter.search = search;
    return ArticleQueries(db).count(filter);
}

// A believable article; `variant` changes its body so a refresh sees an update.
inline PreparedArticle makeArticle(int index, const QString &variant = {})
{
    PreparedArticle a;
    a.key = QStringLiteral("https://www.ichongqing.info/?p=%1").arg(index);
    a.title = index % 2 ? QStringLiteral("Liangjiang New Area opens a new metro line %1").arg(index)
                        : QStringLiteral("两江新区 新闻 %1").arg(index);
    a.link = QUrl(QStringLiteral("https://www.ichongqing.info/2026/11/%1/").arg(index));
    a.author = QStringLiteral("iChongqing");
    a.published = QDateTime(QDate(2026, 11, 1), QTime(8, 0), Qt::UTC).addSecs(index * 60);
    a.categories = {index % 3 ? QStringLiteral("News") : QStringLiteral("Culture"),
                    QStringLiteral("Chongqing")};
    a.bodyText = QStringLiteral("Body of article %1 about the Yangtze and 解放碑. %2")
                     .arg(index)
                     .arg(variant);
    a.bodyHtml = QStringLiteral("<p>") + a.bodyText + QStringLiteral("</p>");
    a.excerpt = a.bodyText.left(80);
    a.imageUrls = {QUrl(QStringLiteral("https://www.ichongqing.info/img/%1.jpg").arg(index))};
    return a;
}

inline QList<PreparedArticle> makeArticles(int first, int count, const QString &variant = {})
{
    QList<PreparedArticle> list;
    for (int i = first; i < first + count; ++i)
        list << makeArticle(i, variant);
    return list;
}

} // namespace ichq::test
