#include "CleanupStage.h"

#include "store/StoreCleaner.h"

#include <QTimer>

namespace ichq {

CleanupStage::CleanupStage(ImageCache &images, QObject *parent)
    : RefreshStage(parent), m_images(images)
{}

void CleanupStage::start(RefreshRun &run)
{
    m_cancelled = false;
    const RefreshOptions &options = run.options;
    if (options.retention && options.photosOfArticle == 0) {
        StoreCleaner cleaner(m_images);
        cleaner.setCancelCheck([this] { return m_cancelled; });
        run.report.cleanup = cleaner.run(*options.retention);
        if (run.report.cleanup->articlesDeleted > 0)
            emit articlesDeleted();
    }
    // finished() after start() returns, as every stage does.
    QTimer::singleShot(0, this, &RefreshStage::finished);
}

} // namespace ichq
