#pragma once

#include "ImageFetcher.h"
#include "RefreshStage.h"

namespace ichq {

// The photos: every image an article of the store shows and the cache does not hold yet (new,
// or failed and worth another try), downloaded for offline reading.
class ImageStage : public RefreshStage
{
    Q_OBJECT
public:
    ImageStage(Fetcher &fetcher, ImageCache &images, QObject *parent = nullptr);

    QString name() const override { return QStringLiteral("images"); }
    void start(RefreshRun &run) override;
    void cancel() override;

private:
    void done(int fetched, int failed);

    ImageCache &m_images;
    ImageFetcher *m_fetcher; // a child: destroyed, with its batch committed, before the cache
    RefreshRun *m_run = nullptr;
};

} // namespace ichq
