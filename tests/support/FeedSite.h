#pragma once

#include "SyntheticFeed.h"
#include "TestHttpServer.h"

#include <QHash>
#include <QMutex>

namespace ichq::test {

// A little iChongqing on 127.0.0.1: /feed/ with validators and 304s, /img/<item>-<n>.jpg.
class FeedSite
{
public:
    explicit FeedSite(TestHttpServer &server, int items = 300, int bodyBytes = 3000)
        : m_server(server), m_items(items), m_bodyBytes(bodyBytes)
    {
        m_server.route("/feed/", [this](const HttpRequest &request) { return feed(request); });
        m_server.setFallback([this](const HttpRequest &request) { return image(request); });
    }

    QUrl feedUrl() const { return m_server.url(QStringLiteral("feed/")); }

    void setVariant(const QString &variant)
    {
        QMutexLocker lock(&m_mutex);
        m_variant = variant;
        m_cached.clear();
    }
    // Real prose in every body instead of one repeated paragraph (benchmarks of the store).
    void setVariedText(bool varied)
    {
        QMutexLocker lock(&m_mutex);
        m_variedText = varied;
        m_cached.clear();
    }
    // Item numbers start here: a higher first item makes a feed of newer, unseen stories.
    void setFirstItem(int first)
    {
        QMutexLocker lock(&m_mutex);
        m_firstItem = first;
        m_cached.clear();
    }
    // Makes the feed and the photos now, so serving them later costs no more than a real
    // server's answer would cost this process (benchmarks).
    void prepare()
    {
        QMutexLocker lock(&m_mutex);
        m_cached = makeFeed();
        for (int seed = 0; seed < kDistinctImages; ++seed)
            m_images.insert(seed, makeTestImage(seed));
    }
    void setBrokenImage(const QByteArray &path)
    {
        QMutexLocker lock(&m_mutex);
        m_brokenImage = path;
    }
    void serveInstead(const QByteArray &bytes)
    {
        QMutexLocker lock(&m_mutex);
        m_replacement = bytes;
    }

private:
    HttpResponse feed(const HttpRequest &request)
    {
        QMutexLocker lock(&m_mutex);
        if (!m_replacement.isEmpty())
            return HttpResponse::ok(m_replacement, "text/html; charset=utf-8");
        const QByteArray etag =
            '"' + m_variant.toUtf8().toHex() + '-' + QByteArray::number(m_firstItem) + "-v1\"";
        if (request.header("if-none-match") == etag)
            return HttpResponse::withStatus(304).header("ETag", etag);
        if (m_cached.isEmpty())
            m_cached = makeFeed();
        return HttpResponse::ok(m_cached, "application/rss+xml; charset=UTF-8")
            .header("ETag", etag)
            .header("Last-Modified", "Fri, 27 Nov 2026 08:00:00 GMT");
    }

    QByteArray makeFeed() const
    {
        SyntheticFeedOptions options;
        options.items = m_items;
        options.bodyBytes = m_bodyBytes;
        options.imageBase = m_server.url(QString());
        options.variant = m_variant;
        options.firstItem = m_firstItem;
        options.variedText = m_variedText;
        return makeSyntheticFeed(options);
    }

    HttpResponse image(const HttpRequest &request)
    {
        QMutexLocker lock(&m_mutex);
        if (!request.path.startsWith("/img/"))
            return HttpResponse::withStatus(404, "not found");
        // A passing fault (a 404 would be final: gone photos are not asked again).
        if (request.path == m_brokenImage)
            return HttpResponse::withStatus(503, "busy");
        // A few hundred distinct photos, made once: image serving must not dominate benchmarks.
        const int seed = int(qHash(request.path) % kDistinctImages);
        if (!m_images.contains(seed))
            m_images.insert(seed, makeTestImage(seed));
        return HttpResponse::ok(m_images.value(seed), "image/jpeg");
    }

    static constexpr int kDistinctImages = 256;
    TestHttpServer &m_server;
    int m_items;
    int m_bodyBytes;
    QHash<int, QByteArray> m_images;
    QMutex m_mutex;
    QString m_variant;
    int m_firstItem = 0;
    bool m_variedText = false;
    QByteArray m_cached;
    QByteArray m_brokenImage;
    QByteArray m_replacement;
};

} // namespace ichq::test
