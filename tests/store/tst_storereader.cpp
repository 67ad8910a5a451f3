#include "StoreFixtures.h"
#include "store/ArticleQueries.h"
#include "store/ArticleStore.h"
#include "store/Database.h"
#include "store/StoreReader.h"

#include <QTemporaryDir>

#include <QThread>
#include <QtTest>
#include <algorithm>

using namespace ichq;

class TestStoreReader : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void readsOnItsOwnThreadAndAnswersOnThisOne();
    void onlyTheNewestRequestUnderAKeyIsAnswered();
    void answersArriveUnderAStreamOfRequests();
    void reopensAReplacedStore();
    void keysDoNotReplaceEachOther();
    void answerForAContextThatIsGoneIsDropped();
    void closingWithWorkQueuedDoesNotWait();

private:
    QString path() const { return m_dir.filePath(QStringLiteral("reader.sqlite")); }

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
};

void TestStoreReader::init()
{
    m_db = std::make_unique<Database>();
    QVERIFY(m_db->open(path()));
    QVERIFY(ArticleStore(*m_db)
                .storeFeed(QUrl(QStringLiteral("https://www.ichongqing.info/feed/")), {},
                           test::makeArticles(0, 30))
                .ok);
}

void TestStoreReader::cleanup()
{
    m_db.reset();
    QFile::remove(path());
}

void TestStoreReader::readsOnItsOwnThreadAndAnswersOnThisOne()
{
    StoreReader reader(path());
    const int key = reader.newKey();
    QThread *readThread = nullptr;
    QThread *answerThread = nullptr;
    int answer = -1;
    reader.read<int>(
        key,
        [&readThread](Database &db) {
            readThread = QThread::currentThread();
            return ArticleQueries(db).totalArticles();
        },
        this,
        [&](int count) {
            answerThread = QThread::currentThread();
            answer = count;
        });
    QTRY_COMPARE(answer, 30);
    QVERIFY(readThread && readThread != QThread::currentThread());
    QCOMPARE(answerThread, QThread::currentThread());
}

void TestStoreReader::onlyTheNewestRequestUnderAKeyIsAnswered()
{
    StoreReader reader(path());
    const int key = reader.newKey();
    QList<int> answers;
    for (int i = 1; i <= 5; ++i) {
        reader.read<int>(
            key, [i](Database &) { return i; }, this, [&](int value) { answers << value; });
    }
    QTRY_VERIFY(!answers.isEmpty() && answers.last() == 5);
    QTest::qWait(200);
    // Those still queued when a newer one came were skipped; none arrives after a newer one.
    QVERIFY(answers.size() < 5);
    QVERIFY(std::is_sorted(answers.cbegin(), answers.cend()));
    QCOMPARE(answers.last(), 5);
}

// Requests that keep coming while a read runs (a page stored every few hundred ms) do not keep
// every answer from arriving: one already read is delivered unless a newer one was.
void TestStoreReader::answersArriveUnderAStreamOfRequests()
{
    StoreReader reader(path());
    const int key = reader.newKey();
    QList<int> answers;
    reader.read<int>(
        key,
        [](Database &) {
            QThread::msleep(300);
            return 1;
        },
        this, [&](int value) { answers << value; });
    QTest::qWait(100); // the first is being read
    reader.read<int>(
        key, [](Database &) { return 2; }, this, [&](int value) { answers << value; });
    QTRY_COMPARE(answers, (QList<int>{1, 2}));
}

// A damaged store rebuilt by the refresh is a new file: the reader opens it again.
void TestStoreReader::reopensAReplacedStore()
{
    StoreReader reader(path());
    const int key = reader.newKey();
    int count = -1;
    const auto countArticles = [&] {
        count = -1;
        reader.read<int>(
            key, [](Database &db) { return ArticleQueries(db).totalArticles(); }, this,
            [&](int value) { count = value; });
    };
    countArticles();
    QTRY_COMPARE(count, 30);
    m_db.reset();
    QVERIFY(QFile::rename(path(), path() + QStringLiteral(".damaged")));
    QFile::remove(path() + QStringLiteral("-wal"));
    QFile::remove(path() + QStringLiteral("-shm"));
    m_db = std::make_unique<Database>();
    QVERIFY(m_db->open(path()));
    QVERIFY(ArticleStore(*m_db)
                .storeFeed(QUrl(QStringLiteral("https://www.ichongqing.info/feed/")), {},
                           test::makeArticles(0, 7))
                .ok);
    reader.reopen();
    countArticles();
    QTRY_COMPARE(count, 7);
}

void TestStoreReader::keysDoNotReplaceEachOther()
{
    StoreReader reader(path());
    const int list = reader.newKey();
    const int count = reader.newKey();
    QVERIFY(list != count);
    QList<int> answers;
    reader.read<int>(
        list, [](Database &) { return 1; }, this, [&](int value) { answers << value; });
    reader.read<int>(
        count, [](Database &) { return 2; }, this, [&](int value) { answers << value; });
    QTRY_COMPARE(answers.size(), 2);
}

void TestStoreReader::answerForAContextThatIsGoneIsDropped()
{
    StoreReader reader(path());
    const int key = reader.newKey();
    bool answered = false;
    auto context = std::make_unique<QObject>();
    reader.read<int>(
        key,
        [](Database &) {
            QThread::msleep(100);
            return 1;
        },
        context.get(), [&](int) { answered = true; });
    context.reset(); // the list model went with its window
    QTest::qWait(400);
    QVERIFY(!answered);
}

void TestStoreReader::closingWithWorkQueuedDoesNotWait()
{
    QElapsedTimer clock;
    clock.start();
    bool answered = false;
    {
        StoreReader reader(path());
        const int key = reader.newKey();
        for (int i = 0; i < 50; ++i) {
            reader.read<int>(
                key,
                [](Database &) {
                    QThread::msleep(50);
                    return 1;
                },
                this, [&](int) { answered = true; });
        }
    } // the window closes: at most the read under way is waited for
    QVERIFY2(clock.elapsed() < 2000, qPrintable(QString::number(clock.elapsed())));
    QTest::qWait(100);
    QVERIFY(!answered);
}

QTEST_GUILESS_MAIN(TestStoreReader)
#include "tst_storereader.moc"
