#include "ImageFetcher.h"
#include "SyntheticFeed.h"
#include "TestHttpServer.h"
#include "html/HtmlSanitizer.h"
#include "net/Fetcher.h"
#include "store/ArticleStore.h"
#include "store/Database.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QSize>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtEndian>
#include <QtTest>

#include <zlib.h>

using namespace ichq;
using namespace ichq::test;

namespace {

QByteArray pngChunk(const QByteArray &type, const QByteArray &data)
{
    QByteArray chunk(4, '\0');
    qToBigEndian<quint32>(quint32(data.size()), chunk.data());
    const QByteArray body = type + data;
    chunk += body;
    QByteArray crc(4, '\0');
    qToBigEndian<quint32>(
        quint32(crc32(0, reinterpret_cast<const Bytef *>(body.constData()), uInt(body.size()))),
        crc.data());
    return chunk + crc;
}

// A PNG whose header claims width x height: readers learn the size without decoding pixels.
QByteArray pngHeaderClaiming(quint32 width, quint32 height)
{
    QByteArray ihdr(13, '\0');
    qToBigEndian<quint32>(width, ihdr.data());
    qToBigEndian<quint32>(height, ihdr.data() + 4);
    ihdr[8] = 8; // bit depth
    ihdr[9] = 2; // RGB
    return QByteArray("\x89PNG\r\n\x1a\n", 8) + pngChunk("IHDR", ihdr) +
           pngChunk("IDAT", QByteArray(16, '\0')) + pngChunk("IEND", {});
}

const QByteArray kSvg = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\">"
                        "<script>alert(1)</script></svg>";

} // namespace

class TestImageFetcher : public QObject
{
    Q_OBJECT
private slots:
    void checkImage_data();
    void checkImage();
    void fetchesStoresAndRefuses();
};

void TestImageFetcher::checkImage_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<bool>("kept");
    QTest::addColumn<QByteArray>("mime");
    QTest::newRow("jpeg") << makeTestImage(1) << true << QByteArray("image/jpeg");
    QTest::newRow("png") << makeTestImage(2, 20, 20, "PNG") << true << QByteArray("image/png");
    QTest::newRow("svg refused") << kSvg << false << QByteArray();
    QTest::newRow("html refused") << QByteArray("<html><body>404</body></html>") << false
                                  << QByteArray();
    QTest::newRow("empty refused") << QByteArray() << false << QByteArray();
    QTest::newRow("40 MP is fine")
        << pngHeaderClaiming(8000, 5000) << true << QByteArray("image/png");
    QTest::newRow("above 40 MP refused") << pngHeaderClaiming(10000, 5000) << false << QByteArray();
}

void TestImageFetcher::checkImage()
{
    QFETCH(QByteArray, bytes);
    QFETCH(bool, kept);
    QFETCH(QByteArray, mime);
    QByteArray mimeType;
    QSize size;
    const QString problem = ImageFetcher::checkImage(bytes, ImageLimits{}, &mimeType, &size);
    QCOMPARE(problem.isEmpty(), kept);
    if (kept) {
        QCOMPARE(mimeType, mime);
        QVERIFY(size.isValid());
    }
}

void TestImageFetcher::fetchesStoresAndRefuses()
{
    TestHttpServer server;
    QVERIFY(server.start());
    server.setFallback([](const HttpRequest &request) {
        if (request.path == "/logo.svg")
            return HttpResponse::ok(kSvg, "image/svg+xml");
        if (request.path == "/huge.jpg")
            return HttpResponse::ok(QByteArray(2 * 1024 * 1024, 'x'), "image/jpeg");
        if (request.path == "/missing.jpg")
            return HttpResponse::withStatus(404);
        HttpResponse response =
            HttpResponse::ok(makeTestImage(int(request.path.size())), "image/jpeg");
        response.delayMs = 30;
        return response;
    });
    QTemporaryDir dir;
    Database db;
    QVERIFY(db.open(dir.filePath(QStringLiteral("reader.sqlite"))));
    PreparedArticle article;
    article.key = QStringLiteral("a");
    article.title = QStringLiteral("Photos");
    for (int i = 0; i < 12; ++i)
        article.imageUrls << server.url(QStringLiteral("photo-%1.jpg").arg(i));
    for (const char *path : {"logo.svg", "huge.jpg", "missing.jpg"})
        article.imageUrls << server.url(QString::fromLatin1(path));
    QVERIFY(
        ArticleStore(db).storeFeed(QUrl(QStringLiteral("https://x.test/feed")), {}, {article}).ok);

    QNetworkAccessManager manager;
    Fetcher fetcher(&manager);
    ImageCache cache(db, dir.filePath(QStringLiteral("images")));
    ImageLimits limits;
    limits.concurrency = 3;
    limits.maxBytes = 1024 * 1024;
    ImageFetcher images(fetcher, cache, limits);
    int mostInFlight = 0;
    connect(&images, &ImageFetcher::progress, this,
            [&] { mostInFlight = qMax(mostInFlight, fetcher.inFlight()); });
    QSignalSpy finished(&images, &ImageFetcher::finished);
    images.fetch(cache.pending());
    QVERIFY(finished.wait(20000));
    QCOMPARE(finished.first().at(0).toInt(), 12);
    QCOMPARE(finished.first().at(1).toInt(), 3);
    QVERIFY(mostInFlight <= 3);
    QVERIFY(mostInFlight >= 2);

    QVERIFY(cache.contains(imageKeyForUrl(server.url(QStringLiteral("photo-0.jpg")))));
    QVERIFY(!cache.contains(imageKeyForUrl(server.url(QStringLiteral("logo.svg")))));
    // The SVG and the oversized photo broke a rule, and the missing one (404) is gone: none of
    // them is asked again on every refresh.
    QVERIFY(cache.pending().isEmpty());
    QCOMPARE(cache.countInState(ImageCache::State::Cached), 12);
    QCOMPARE(cache.countInState(ImageCache::State::Refused), 3);
}

QTEST_GUILESS_MAIN(TestImageFetcher)
#include "tst_imagefetcher.moc"
