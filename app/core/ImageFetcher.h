#pragma once

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

    void fetch(const QList<PendingImage> &images);
    bool isRunning() const { return m_active > 0 || !m_queue.isEmpty(); }

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

    Fetcher &m_fetcher;
    ImageCache &m_cache;
    ImageLimits m_limits;
    QList<PendingImage> m_queue;
    int m_active = 0;
    int m_total = 0;
    int m_fetched = 0;
    int m_failed = 0;
    // Image states are written in short transactions: one commit per photo was most of the time
    // a refresh spent on photos. Bounded in size and time so the window's own writes never wait.
    std::unique_ptr<Transaction> m_batch;
    int m_batched = 0;
    QTimer m_batchTimer;
};

} // namespace ichq
