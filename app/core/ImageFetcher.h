#pragma once

#include "common/UserActivity.h"
#include "store/ImageCache.h"

#include <QObject>
#include <QTimer>

#include <memory>

namespace ichq {

class Fetcher;
class Transaction;

struct ImageLimits
{
    qint64 maxBytes = 15 * 1024 * 1024;
    qint64 maxPixels = 40'000'000;
    int concurrency = 6;
};

// Downloads the images articles reference so they can be read offline. Bounded concurrency;
// each image is checked (QImageReader reads only its header) before it is kept.
class ImageFetcher : public QObject
{
    Q_OBJECT
public:
    ImageFetcher(Fetcher &fetcher, ImageCache &cache, const ImageLimits &limits = {},
                 QObject *parent = nullptr);
    ~ImageFetcher() override;

    // publicOnly: see FetchRequest; set for photos a feed named.
    void fetch(const QList<PendingImage> &images, bool publicOnly = false);
    // Between photos, pauses while the user acts (none: never).
    void setUserActivity(const UserActivity *activity) { m_yield = YieldPoint(activity); }
    bool isRunning() const { return m_active > 0 || !m_queue.isEmpty(); }
    // Drops what is queued and aborts what is in flight: those images stay pending for the next
    // refresh. finished() follows at once with the counts so far.
    void cancel();

    // A failure that asking again would only repeat: not retried on every refresh.
    static bool isPermanentFailure(const struct FetchResult &result);

    // Why an image is not kept, or empty when it is fine. Fills mime type and size.
    static QString checkImage(const QByteArray &bytes, const ImageLimits &limits,
                              QByteArray *mimeType, QSize *size);

signals:
    void progress(int done, int total);
    void finished(int fetched, int failed);

private:
    void startNext();
    void handle(const PendingImage &image, const struct FetchResult &result);
    bool keep(const PendingImage &image, const struct FetchResult &result);
    void openBatch();
    void commitBatch();

    void finishRun();

    Fetcher &m_fetcher;
    ImageCache &m_cache;
    // The requests' context: deleting it aborts every transfer in flight (cancel()).
    QObject *m_requests = nullptr;
    ImageLimits m_limits;
    QList<PendingImage> m_queue;
    bool m_publicOnly = false;
    YieldPoint m_yield{nullptr};
    int m_active = 0;
    int m_total = 0;
    int m_fetched = 0;
    int m_failed = 0;
    // Image states are written in short transactions: one commit per photo was most of the time
    // a refresh spent on photos. Bounded in size and time so the window's own writes never wait.
    std::unique_ptr<Transaction> m_batch;
    int m_batched = 0;
    int m_batchedKept = 0; // photos of the open batch counted as fetched
    QTimer m_batchTimer;
};

} // namespace ichq
