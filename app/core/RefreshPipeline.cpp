#include "RefreshPipeline.h"

#include "CleanupStage.h"
#include "FeedStage.h"
#include "ImageStage.h"
#include "PageStage.h"
#include "common/Logging.h"
#include "net/Fetcher.h"
#include "store/ArticleQueries.h"

#include <QHostInfo>

#include <algorithm>

#include <QElapsedTimer>

namespace ichq {

RefreshPipeline::RefreshPipeline(Fetcher &fetcher, Database &database, ImageCache &images,
                                 QObject *parent)
    : QObject(parent), m_fetcher(fetcher), m_db(database)
{
    auto *feeds = new FeedStage(fetcher, database, this);
    auto *pages = new PageStage(fetcher, database, PageLimits{}, this);
    auto *photos = new ImageStage(fetcher, images, this);
    auto *cleanup = new CleanupStage(images, this);
    connect(feeds, &FeedStage::feedFinished, this, &RefreshPipeline::feedFinished);
    connect(feeds, &FeedStage::articlesStored, this, &RefreshPipeline::articlesStored);
    connect(pages, &PageStage::pageStored, this, &RefreshPipeline::articlesStored);
    connect(cleanup, &CleanupStage::articlesDeleted, this, &RefreshPipeline::articlesStored);
    m_stages = {feeds, pages, photos, cleanup};
    for (int i = 0; i < m_stages.size(); ++i) {
        connect(m_stages[i], &RefreshStage::progress, this,
                [this, i](int done, int total) { stageProgress(i, done, total); });
        connect(m_stages[i], &RefreshStage::finished, this, [this, i] {
            if (m_stage == i)
                runStage(i + 1);
        });
    }
}

RefreshPipeline::~RefreshPipeline() = default;

QStringList RefreshPipeline::stageNames() const
{
    QStringList names;
    for (const RefreshStage *stage : m_stages)
        names << stage->name();
    return names;
}

void RefreshPipeline::start(const RefreshOptions &options)
{
    if (isRunning())
        return;
    // A photos-only run goes where the article's own feed may: judged by that feed's address.
    QList<QUrl> judged = options.feeds;
    if (options.photosOfArticle > 0)
        judged = {ArticleQueries(m_db).feedOf(options.photosOfArticle)};
    else if (options.cleanupOnly)
        judged.clear();
    m_run = RefreshRun{options, {}, feedsArePublic(judged)};
    m_run.report.photosOfArticle = options.photosOfArticle;
    m_run.report.cleanupOnly = options.cleanupOnly;
    m_cancelled = false;
    m_progress = RefreshProgress{};
    m_progress.feedsTotal = options.cleanupOnly ? 0 : int(options.feeds.size());
    runStage(options.cleanupOnly ? int(m_stages.size()) - 1 : 0);
}

// Resolved here, once per refresh, with the classifier the fetcher applies to pages and photos.
bool RefreshPipeline::feedsArePublic(const QList<QUrl> &feeds) const
{
    const AddressClassifier &nonPublic = m_fetcher.addressClassifier();
    for (const QUrl &feed : feeds) {
        QHostAddress literal;
        const QList<QHostAddress> addresses = literal.setAddress(feed.host())
                                                  ? QList<QHostAddress>{literal}
                                                  : QHostInfo::fromName(feed.host()).addresses();
        if (std::any_of(addresses.cbegin(), addresses.cend(), nonPublic))
            return false;
    }
    return true;
}

void RefreshPipeline::cancel()
{
    if (!isRunning())
        return;
    m_cancelled = true; // the running stage's finished() ends the refresh
    m_stages.at(m_stage)->cancel();
}

void RefreshPipeline::runStage(int index)
{
    if (index >= m_stages.size() || m_cancelled) {
        m_stage = -1;
        emit finished(m_run.report);
        return;
    }
    m_stage = index;
    qCInfo(lcRefresh) << "stage" << m_stages.at(index)->name();
    m_stages.at(index)->start(m_run);
}

void RefreshPipeline::stageProgress(int index, int done, int total)
{
    switch (index) {
    case 0:
        m_progress.feedsDone = done;
        m_progress.feedsTotal = total;
        break;
    case 1:
        m_progress.pagesDone = done;
        m_progress.pagesTotal = total;
        break;
    case 2:
        m_progress.imagesDone = done;
        m_progress.imagesTotal = total;
        break;
    default: // the cleanup has no count worth showing
        return;
    }
    emit progress(m_progress);
}

} // namespace ichq
