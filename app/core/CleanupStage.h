#pragma once

#include "RefreshStage.h"

namespace ichq {

class ImageCache;

// The last stage: applies the retention policy of the refresh's options (StoreCleaner), so the
// store stays within its limits however often it is refreshed. Skipped by photos-only runs and
// when the options carry no policy.
class CleanupStage : public RefreshStage
{
    Q_OBJECT
public:
    CleanupStage(ImageCache &images, QObject *parent = nullptr);

    QString name() const override { return QStringLiteral("cleanup"); }
    void start(RefreshRun &run) override;
    void cancel() override { m_cancelled = true; }

signals:
    void articlesDeleted();

private:
    ImageCache &m_images;
    bool m_cancelled = false;
};

} // namespace ichq
