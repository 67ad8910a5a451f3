#pragma once

#include "RefreshStage.h"

#include <QObject>

#include <memory>

namespace ichq {

class Database;
class FeedStage;
class Fetcher;
class ImageCache;
class ImageStage;
class PageStage;

// One refresh, as a sequence of named stages:
//   feeds  (fetch -> parse -> sanitize -> store, then the older pages of WordPress feeds)
//   pages  (whole articles: fetch -> extract -> sanitize -> store)
//   images (photos for offline reading)
//   cleanup (the retention policy, when the options carry one)
// Lives in one thread with the Database it was given. RefreshSession builds it.
class RefreshPipeline : public QObject
{
    Q_OBJECT
public:
    RefreshPipeline(Fetcher &fetcher, Database &database, ImageCache &images,
                    QObject *parent = nullptr);
    ~RefreshPipeline() override;

    void start(const RefreshOptions &options);
    bool isRunning() const { return m_stage >= 0; }
    // Ends the refresh soon: what is stored stays, the rest waits for the next refresh.
    // finished() follows.
    void cancel();

    QStringList stageNames() const;

signals:
    void feedFinished(const ichq::FeedOutcome &outcome);
    void articlesStored(); // new, changed, whole or deleted articles: lists may reload
    void progress(const ichq::RefreshProgress &progress);
    void finished(const ichq::RefreshReport &report);

private:
    bool feedsArePublic(const QList<QUrl> &feeds) const;
    void runStage(int index);
    void stageProgress(int index, int done, int total);

    Fetcher &m_fetcher;
    Database &m_db;
    QList<RefreshStage *> m_stages; // children, in order
    RefreshRun m_run;
    RefreshProgress m_progress;
    int m_stage = -1;
    bool m_cancelled = false;
};

} // namespace ichq
