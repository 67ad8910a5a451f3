#pragma once

#include "ImageFetcher.h"
#include "RefreshStage.h"

#include <QTimer>

namespace ichq {

// The photos: images articles of the store show and the cache does not hold yet (new, or failed
// and worth another try), downloaded for offline reading, within the options' budgets: the first
// photos of each article, so many per refresh, and a deadline for the whole stage.
class ImageStage : public RefreshStage
{
    Q_OBJECT
public:
    ImageStage(Fetcher &fetcher, ImageCache &images, QObject *parent = nullptr);
    ~ImageStage() override;

    QString name() const override { return QStringLiteral("images"); }
    void start(RefreshRun &run) override;
    void cancel() override;

private:
    void done(int fetched, int failed);

    ImageCache &m_images;
    ImageFetcher *m_fetcher; // a child: destroyed, with its batch committed, before the cache
    RefreshRun *m_run = nullptr;
    QTimer *m_deadline;
};

} // namespace ichq
