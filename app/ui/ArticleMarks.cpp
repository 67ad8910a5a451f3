#include "ArticleMarks.h"

#include "ArticleListModel.h"
#include "SectionListModel.h"
#include "store/ArticleQueries.h"
#include "store/Database.h"
#include "store/MarkWriter.h"

#include <QTimer>

namespace ichq::ui {

namespace {
constexpr int kRecountDelayMs = 250;
} // namespace

ArticleMarks::ArticleMarks(Database &database, ArticleListModel *articles,
                           SectionListModel *sections, QObject *parent)
    : QObject(parent), m_database(database), m_articles(articles),
      m_writer(new MarkWriter(database, this)), m_countsDelay(new QTimer(this))
{
    m_countsDelay->setSingleShot(true);
    m_countsDelay->setInterval(kRecountDelayMs);
    connect(m_countsDelay, &QTimer::timeout, sections, &SectionListModel::reloadLater);
    m_articles->setWaitingMarks(m_writer);
    // Saved now: the counts follow. Rows read before the marks were saved keep showing them
    // (ArticleListModel::keepMarksShown).
    connect(m_writer, &MarkWriter::saved, m_countsDelay, qOverload<>(&QTimer::start));
    // A list of unread articles loses them once Mark All Read is written.
    connect(m_writer, &MarkWriter::allReadSaved, m_articles, &ArticleListModel::reloadLater);
    connect(m_writer, &MarkWriter::failed, this, [this] {
        saved(false);
        m_articles->reload(); // the rows show what the store has again
    });
}

std::optional<std::pair<bool, bool>> ArticleMarks::marksOf(qint64 id) const
{
    const std::optional<Article> article = ArticleQueries(m_database).article(id);
    if (!article)
        return std::nullopt;
    ArticleSummary row = *article;
    m_writer->showUnsavedMarks(row);
    return std::pair(row.read, row.starred);
}

void ArticleMarks::markRead(qint64 id)
{
    const int row = m_articles->rowOf(id);
    const QModelIndex index = m_articles->index(row);
    if (row >= 0 && index.data(ArticleListModel::ReadRole).toBool())
        return;
    if (saved(m_writer->setRead(id, true)))
        showMarks(id, true, index.data(ArticleListModel::StarredRole).toBool());
}

void ArticleMarks::toggleRead(qint64 id)
{
    const auto marks = marksOf(id);
    if (marks && saved(m_writer->setRead(id, !marks->first)))
        showMarks(id, !marks->first, marks->second);
}

void ArticleMarks::toggleStar(qint64 id)
{
    const auto marks = marksOf(id);
    if (marks && saved(m_writer->setStarred(id, !marks->second)))
        showMarks(id, marks->first, !marks->second);
}

bool ArticleMarks::markAllRead(const QString &category, const QList<QUrl> &feeds)
{
    // Shown at once (the list asks MarkWriter::showUnsavedMarks); written between the window's
    // events, after the marks that wait already, never waiting for a refresh's transaction.
    return saved(m_writer->markAllRead(category, feeds));
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
