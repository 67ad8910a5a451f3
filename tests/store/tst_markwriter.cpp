#include "RefreshWriteLock.h"
#include "StoreFixtures.h"
#include "common/UserActivity.h"
#include "store/ArticleQueries.h"
#include "store/ArticleStore.h"
#include "store/Database.h"
#include "store/MarkWriter.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>

#include <QtTest>
#include <functional>

using namespace ichq;

// A mark the reader sets while a refresh writes must neither make the window wait for that
// transaction nor be lost: it waits in MarkWriter and is saved once the store is free.
class TestMarkWriter : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void markIsSavedAtOnceWhenTheStoreIsFree();
    void markWaitsForAWriterAndIsSavedAfter();
    void waitingMarksAreSavedWhenTheWriterGoes();
    void markThatCannotBeSavedIsRefusedNotKept();
    void flushThatMeetsABusyStoreKeepsTrying();
    void aRefreshPausingForTheUserLetsMarksThrough();
    void marksBetweenPausesNeverFailTheRefresh();

private:
    bool isRead(qint64 id);
    qint64 firstId();
    using Mark = std::function<bool(QSqlQuery &window, bool storing)>;
    StoreOutcome storeWhileTheUserMarks(const QList<PreparedArticle> &articles, const Mark &mark);

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
};

void TestMarkWriter::init()
{
    m_db = std::make_unique<Database>();
    QVERIFY(m_db->open(m_dir.filePath(QStringLiteral("reader.sqlite"))));
    QVERIFY(ArticleStore(*m_db)
                .storeFeed(QUrl(QStringLiteral("https://www.ichongqing.info/feed/")), {},
                           test::makeArticles(0, 5))
                .ok);
}

void TestMarkWriter::cleanup()
{
    m_db.reset();
    QFile::remove(m_dir.filePath(QStringLiteral("reader.sqlite")));
}

bool TestMarkWriter::isRead(qint64 id)
{
    return ArticleQueries(*m_db).article(id)->read;
}

qint64 TestMarkWriter::firstId()
{
    return ArticleQueries(*m_db).list({}).first().id;
}

void TestMarkWriter::markIsSavedAtOnceWhenTheStoreIsFree()
{
    MarkWriter writer(*m_db);
    const qint64 id = firstId();
    QVERIFY(writer.setRead(id, true));
    QVERIFY(writer.setStarred(id, true));
    QVERIFY(writer.waiting().isEmpty());
    QVERIFY(isRead(id));
    QVERIFY(ArticleQueries(*m_db).article(id)->starred);
}

void TestMarkWriter::markWaitsForAWriterAndIsSavedAfter()
{
    const qint64 id = firstId();
    test::RefreshWriteLock refresh(m_dir.filePath(QStringLiteral("reader.sqlite")));
    QVERIFY(refresh.isHeld());

    MarkWriter writer(*m_db);
    QSignalSpy saved(&writer, &MarkWriter::saved);
    // Before MarkWriter this waited for SQLite's 5 s timeout and then failed.
    QVERIFY(writer.setRead(id, true));
    QVERIFY(writer.waiting().contains(id));
    QCOMPARE(writer.waiting().value(id).read, std::optional<bool>(true));
    QVERIFY(!isRead(id));
    QTest::qWait(300); // retries meet the same transaction: still waiting, not dropped
    QVERIFY(writer.waiting().contains(id));

    QVERIFY(refresh.release());
    QTRY_COMPARE(saved.count(), 1);
    QVERIFY(writer.waiting().isEmpty());
    QVERIFY(isRead(id));
}

void TestMarkWriter::waitingMarksAreSavedWhenTheWriterGoes()
{
    const qint64 id = firstId();
    {
        test::RefreshWriteLock refresh(m_dir.filePath(QStringLiteral("reader.sqlite")));
        QVERIFY(refresh.isHeld());
        MarkWriter writer(*m_db);
        QVERIFY(writer.setStarred(id, true));
        QVERIFY(!writer.flush(50)); // the transaction is still open
        QVERIFY(refresh.release());
    } // the window closes: what waits is saved
    QVERIFY(ArticleQueries(*m_db).article(id)->starred);
}

void TestMarkWriter::markThatCannotBeSavedIsRefusedNotKept()
{
    const qint64 id = firstId();
    QSqlQuery query(m_db->connection());
    QVERIFY(query.exec(QStringLiteral("CREATE TRIGGER refuse BEFORE UPDATE ON articles "
                                      "BEGIN SELECT RAISE(ABORT, 'disk full'); END")));
    MarkWriter writer(*m_db);
    QVERIFY(!writer.setRead(id, true));
    QVERIFY(writer.waiting().isEmpty());
    QVERIFY(!isRead(id));
}

// Mark All Read flushes first; when the refresh still holds the store, the marks must not be
// left waiting with nothing to try them again.
void TestMarkWriter::flushThatMeetsABusyStoreKeepsTrying()
{
    const qint64 id = firstId();
    test::RefreshWriteLock refresh(m_dir.filePath(QStringLiteral("reader.sqlite")));
    QVERIFY(refresh.isHeld());
    MarkWriter writer(*m_db);
    QSignalSpy saved(&writer, &MarkWriter::saved);
    QVERIFY(writer.setRead(id, true));
    QVERIFY(!writer.flush(20));
    QVERIFY(refresh.release());
    QTRY_COMPARE(saved.count(), 1);
    QVERIFY(isRead(id));
}

// A refresh storing `articles`, 32 at a time, pausing for the user, while the window, on a
// connection of its own with no busy wait, keeps noting input and runs `mark` every millisecond
// or two until the store ends or `mark` returns true.
StoreOutcome TestMarkWriter::storeWhileTheUserMarks(const QList<PreparedArticle> &articles,
                                                    const Mark &mark)
{
    const QString path = m_dir.filePath(QStringLiteral("reader.sqlite"));
    UserActivity activity;
    activity.noteInput();
    std::atomic<bool> storing{true};
    std::unique_ptr<QThread> window(QThread::create([&] {
        Database db;
        if (!db.open(path))
            return;
        QSqlQuery query(db.connection());
        query.exec(QStringLiteral("PRAGMA busy_timeout = 0"));
        while (storing) {
            activity.noteInput();
            if (mark(query, storing))
                return;
            QThread::msleep(1);
        }
    }));
    window->start();
    qsizetype handedOut = 0;
    const StoreOutcome stored = ArticleStore(*m_db).storeFeed(
        QUrl(QStringLiteral("https://www.ichongqing.info/feed/")), {},
        [&](QList<PreparedArticle> *next) {
            if (handedOut >= articles.size())
                return false;
            *next = articles.mid(handedOut, 32);
            handedOut += 32;
            return true;
        },
        {}, &activity);
    storing = false;
    window->wait();
    return stored;
}

// While the user acts, the refresh's store pauses between articles: outside its transaction, so
// the marks the user sets meanwhile are saved during the pause, not after the whole feed.
void TestMarkWriter::aRefreshPausingForTheUserLetsMarksThrough()
{
    const qint64 id = firstId();
    bool savedWhileStoring = false;
    const StoreOutcome stored =
        storeWhileTheUserMarks(test::makeArticles(100, 40), [&](QSqlQuery &window, bool storing) {
            const QString read = QStringLiteral("UPDATE articles SET is_read = 1 WHERE id = %1");
            savedWhileStoring = window.exec(read.arg(id)) && storing;
            return savedWhileStoring;
        });
    QVERIFY(stored.ok);
    QCOMPARE(stored.added, 40);
    QVERIFY(savedWhileStoring);
    QVERIFY(isRead(id));
}

// After a pause the store's transaction reads (ids, unchanged rows) before it writes. Marks the
// window commits meanwhile must not make its first write fail (SQLITE_BUSY_SNAPSHOT, which no
// busy timeout waits out): the transaction takes the write lock when it begins.
void TestMarkWriter::marksBetweenPausesNeverFailTheRefresh()
{
    // A daily refresh: the feed lists what is stored already, and one new story at the end.
    QList<PreparedArticle> articles = test::makeArticles(100, 300);
    QVERIFY(ArticleStore(*m_db)
                .storeFeed(QUrl(QStringLiteral("https://www.ichongqing.info/feed/")), {}, articles)
                .ok);
    articles += test::makeArticles(1000, 1);
    int flip = 0;
    const StoreOutcome stored = storeWhileTheUserMarks(articles, [&flip](QSqlQuery &window, bool) {
        const QString star = QStringLiteral("UPDATE articles SET is_starred = %1 WHERE id = 1");
        window.exec(star.arg(++flip % 2));
        return false;
    });
    QVERIFY2(stored.ok, qPrintable(stored.error));
    QCOMPARE(stored.added, 1);
    QCOMPARE(stored.unchanged, 300);
    QCOMPARE(ArticleQueries(*m_db).totalArticles(), 306);
}

QTEST_GUILESS_MAIN(TestMarkWriter)
#include "tst_markwriter.moc"
