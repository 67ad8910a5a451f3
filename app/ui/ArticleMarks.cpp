#include "ArticleMarks.h"

#include "ArticleListModel.h"
#include "SectionListModel.h"
#include "store/ArticleQueries.h"
#include "store/ArticleStore.h"
#include "store/Database.h"

#include <QTimer>

namespace ichq::ui {

namespace {
constexpr int kRecountDelayMs = 250;
} // namespace

ArticleMarks::ArticleMarks(Database &database, ArticleListModel *articles,
                           SectionListModel *sections, QObject *parent)
    : QObject(parent), m_database(database), m_articles(articles), m_countsDelay(new QTimer(this))
{
    m_countsDelay->setSingleShot(true);
    m_countsDelay->setInterval(kRecountDelayMs);
    connect(m_countsDelay, &QTimer::timeout, sections, &SectionListModel::reload);
}

void ArticleMarks::markRead(qint64 id)
{
    const int row = m_articles->rowOf(id);
    const QModelIndex index = m_articles->index(row);
    if (row >= 0 && index.data(ArticleListModel::ReadRole).toBool())
        return;
    if (saved(ArticleStore(m_database).setRead(id, true)))
        showMarks(id, true, index.data(ArticleListModel::StarredRole).toBool());
}

void ArticleMarks::toggleRead(qint64 id)
{
    const std::optional<Article> article = ArticleQueries(m_database).article(id);
    if (!article)
        return;
    if (saved(ArticleStore(m_database).setRead(id, !article->read)))
        showMarks(id, !article->read, article->starred);
}

void ArticleMarks::toggleStar(qint64 id)
{
    const std::optional<Article> article = ArticleQueries(m_database).article(id);
    if (!article)
        return;
    if (saved(ArticleStore(m_database).setStarred(id, !article->starred)))
        showMarks(id, article->read, !article->starred);
}

bool ArticleMarks::markAllRead(const QString &category, const QList<QUrl> &feeds)
{
    return saved(ArticleStore(m_database).markAllRead(category, feeds));
}

bool ArticleMarks::saved(bool written)
{
    if (!written) {
        emit cannotMark(m_database.isReadOnly()
                            ? tr("This article store can only be read (a read-only folder or "
                                 "disk): read and starred marks cannot be saved.")
                            : tr("The mark could not be saved in the article store."));
    }
    return written;
}

void ArticleMarks::showMarks(qint64 id, bool read, bool starred)
{
    m_articles->setRowFlags(id, read, starred);
    m_countsDelay->start();
}

} // namespace ichq::ui
