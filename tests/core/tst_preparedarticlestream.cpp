#include "ArticlePreparer.h"
#include "PreparedArticleStream.h"
#include "store/StoredArticle.h"

#include <QtTest>

#include <atomic>
#include <thread>

using namespace ichq;

namespace {

QList<FeedItem> itemsNumbered(int count)
{
    QList<FeedItem> items;
    for (int i = 0; i < count; ++i) {
        FeedItem item;
        item.id = QStringLiteral("item-%1").arg(i);
        item.title = QStringLiteral("Story %1").arg(i);
        item.content = QStringLiteral("<p>Paragraph of story %1 <script>x()</script><b>bold</b></p>"
                                      "<img src=\"https://www.ichongqing.info/p%1.jpg\">")
                           .arg(i);
        item.contentBase = QUrl(QStringLiteral("https://www.ichongqing.info/"));
        items << item;
    }
    return items;
}

QList<PreparedArticle> drain(PreparedArticleStream &stream, int *chunks = nullptr)
{
    QList<PreparedArticle> all;
    QList<PreparedArticle> chunk;
    while (stream.next(&chunk)) {
        all += chunk;
        if (chunks)
            ++*chunks;
    }
    return all;
}

} // namespace

class TestPreparedArticleStream : public QObject
{
    Q_OBJECT
private slots:
    void handsOutEveryItemInFeedOrder_data();
    void handsOutEveryItemInFeedOrder();
    void preparesAsTheSingleItemPreparerDoes();
    void anEmptyFeedHandsOutNothing();
    void stoppingEarlyLeavesNoWorkerRunning();
    void aUserWhoKeepsActingDoesNotStopTheRefresh();
    void theWorkersStartBeforeTheLastItemIsIn();
    void aStreamLeftUnfinishedStopsItsWorkers();
    void theFormsMadeAheadAreThoseOfTheTexts();
};

void TestPreparedArticleStream::handsOutEveryItemInFeedOrder_data()
{
    QTest::addColumn<int>("count");
    QTest::newRow("small feed, on the caller's thread") << 10;
    QTest::newRow("one item past a chunk") << 65;
    QTest::newRow("large feed, on workers") << 2000;
}

void TestPreparedArticleStream::handsOutEveryItemInFeedOrder()
{
    QFETCH(int, count);
    PreparedArticleStream stream(itemsNumbered(count), WholeArticles::Auto);
    int chunks = 0;
    const QList<PreparedArticle> all = drain(stream, &chunks);
    QCOMPARE(all.size(), count);
    for (int i = 0; i < count; ++i)
        QCOMPARE(all.at(i).key, QStringLiteral("item-%1").arg(i));
    QVERIFY2(count < 64 || chunks > 1, "a large feed comes in several chunks");
    QList<PreparedArticle> after;
    QVERIFY(!stream.next(&after));
}

void TestPreparedArticleStream::preparesAsTheSingleItemPreparerDoes()
{
    const QList<FeedItem> items = itemsNumbered(300);
    PreparedArticleStream stream(items, WholeArticles::Always);
    const QList<PreparedArticle> all = drain(stream);
    QCOMPARE(all.size(), items.size());
    for (int i = 0; i < items.size(); i += 37) {
        const PreparedArticle alone = ArticlePreparer::prepare(items.at(i), WholeArticles::Always);
        QCOMPARE(all.at(i).bodyHtml, alone.bodyHtml);
        QVERIFY(!all.at(i).bodyHtml.contains(QLatin1String("script")));
        QCOMPARE(all.at(i).imageUrls, alone.imageUrls);
        QCOMPARE(all.at(i).wantsPage, alone.wantsPage);
    }
    QCOMPARE(ArticlePreparer::prepareAll(items, WholeArticles::Always).size(), items.size());
}

void TestPreparedArticleStream::anEmptyFeedHandsOutNothing()
{
    PreparedArticleStream stream({}, WholeArticles::Auto);
    QList<PreparedArticle> chunk;
    QVERIFY(!stream.next(&chunk));
}

// A store that fails after its first chunk destroys the stream with most items unprepared and
// chunks still being written by the workers: the destructor joins them without a deadlock or a
// write into freed chunks (this test runs under the sanitizers in the dev preset).
void TestPreparedArticleStream::stoppingEarlyLeavesNoWorkerRunning()
{
    auto stream =
        std::make_unique<PreparedArticleStream>(itemsNumbered(20000), WholeArticles::Auto);
    QList<PreparedArticle> chunk;
    QVERIFY(stream->next(&chunk));
    QCOMPARE(chunk.first().key, QStringLiteral("item-0"));
    stream.reset();
    QVERIFY(!stream);
}

// The workers pause while the user acts; the chunks they have not started are then prepared
// by the store's thread when it asks, so a key held down for the whole refresh still lets every
// article through, in order.
void TestPreparedArticleStream::aUserWhoKeepsActingDoesNotStopTheRefresh()
{
    UserActivity activity;
    activity.noteInput();
    std::atomic<bool> done{false};
    std::thread typist([&] {
        while (!done) {
            activity.noteInput();
            std::this_thread::sleep_for(std::chrono::milliseconds(5));
        }
    });
    QList<PreparedArticle> all;
    {
        PreparedArticleStream stream(itemsNumbered(200), WholeArticles::Auto, &activity);
        all = drain(stream);
    }
    done = true;
    typist.join();
    QCOMPARE(all.size(), 200);
    for (int i = 0; i < all.size(); ++i)
        QCOMPARE(all.at(i).key, QStringLiteral("item-%1").arg(i));
}

// The parse hands its items over as it reads them: the first chunks are prepared on the other
// cores while later items are still coming, and all come out in order once the parse is done.
void TestPreparedArticleStream::theWorkersStartBeforeTheLastItemIsIn()
{
    const QList<FeedItem> items = itemsNumbered(500);
    PreparedArticleStream stream(WholeArticles::Auto);
    for (int i = 0; i < 256; ++i)
        stream.add(items.at(i));
    QTRY_VERIFY_WITH_TIMEOUT(stream.readyChunks() >= 256 / 32, 10000);
    for (int i = 256; i < items.size(); ++i)
        stream.add(items.at(i));
    stream.finish();
    QCOMPARE(stream.itemCount(), 500);
    const QList<PreparedArticle> all = drain(stream);
    QCOMPARE(all.size(), 500);
    for (int i = 0; i < all.size(); ++i)
        QCOMPARE(all.at(i).key, QStringLiteral("item-%1").arg(i));
}

// A parse that fails half-way drops its stream without finishing it: the workers waiting for
// more items stop, and the destructor returns.
void TestPreparedArticleStream::aStreamLeftUnfinishedStopsItsWorkers()
{
    const QList<FeedItem> items = itemsNumbered(200);
    auto stream = std::make_unique<PreparedArticleStream>(WholeArticles::Auto);
    for (const FeedItem &item : items)
        stream->add(item);
    QTRY_VERIFY_WITH_TIMEOUT(stream->readyChunks() >= 6, 10000); // all published chunks done
    stream.reset();
    QVERIFY(!stream);
}

// The preparer makes the stored body and the version's hash from the sanitizer's UTF-8; made
// again from the article's strings, they are the same bytes (or every article would read as
// changed on the next refresh).
void TestPreparedArticleStream::theFormsMadeAheadAreThoseOfTheTexts()
{
    QList<FeedItem> items = itemsNumbered(2);
    FeedItem chinese;
    chinese.id = QStringLiteral("zh");
    chinese.title = QStringLiteral("两江新区");
    chinese.content =
        QStringLiteral("<p>重庆 &amp; 雾都 — “quotes” 🚄 &#x20000;</p><img src=\"/a b.jpg\">");
    chinese.contentBase = QUrl(QStringLiteral("https://www.ichongqing.info/"));
    items << chinese;
    for (const FeedItem &item : std::as_const(items)) {
        const PreparedArticle made = ArticlePreparer::prepare(item);
        PreparedArticle plain = made;
        plain.storedFormsFrom = 0; // as if nothing had been made ahead
        const StoredForms ahead = storedFormsOf(made);
        const StoredForms again = storedFormsOf(plain);
        QCOMPARE(ahead.body, again.body);
        QCOMPARE(ahead.contentHash, again.contentHash);
        QCOMPARE(ahead.searchWords, again.searchWords);
    }
}

QTEST_GUILESS_MAIN(TestPreparedArticleStream)
#include "tst_preparedarticlestream.moc"
