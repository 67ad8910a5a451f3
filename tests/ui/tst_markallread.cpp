// Mark All Read, as the window runs it: shown at once, written a chunk of rows at a time
// between the window's events, never waiting for a refresh that holds the store.
#include "store/ArticleStore.h"
#include "store/Database.h"
#include "store/RefreshWriteLock.h"
#include "store/StoreFixtures.h"
#include "ui/ArticleListModel.h"
#include "ui/ArticleMarks.h"
#include "ui/SectionListModel.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace ichq;
using namespace ichq::ui;

namespace {

QUrl feedUrl()
{
    return QUrl(QStringLiteral("https://www.ichongqing.info/feed/"));
}

} // namespace

class TestMarkAllRead : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();

    void doesNotWaitForARefresh();
    void aMarkSetAfterItWins();
    void articlesStoredAfterThePressStayUnread();
    void aLargeStoreIsMarkedBetweenEvents();
    void theUnreadListEmptiesOnceWritten();

private:
    bool store(int first, int count);
    int unreadInStore(const QString &where = {});
    int unreadShown() const;
    ArticleMarks &marks() { return *m_marks; }

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<ArticleListModel> m_articles;
    std::unique_ptr<SectionListModel> m_sections;
    std::unique_ptr<ArticleMarks> m_marks;
};

void TestMarkAllRead::init()
{
    m_db = std::make_unique<Database>();
    QVERIFY(m_db->open(m_dir.filePath(QStringLiteral("reader.sqlite"))));
    QVERIFY(store(0, 6));
    m_articles = std::make_unique<ArticleListModel>(*m_db);
    m_sections = std::make_unique<SectionListModel>(*m_db);
    m_marks = std::make_unique<ArticleMarks>(*m_db, m_articles.get(), m_sections.get());
    m_articles->reload();
}

void TestMarkAllRead::cleanup()
{
    m_marks.reset();
    m_sections.reset();
    m_articles.reset();
    m_db.reset();
    QFile::remove(m_dir.filePath(QStringLiteral("reader.sqlite")));
}

bool TestMarkAllRead::store(int first, int count)
{
    return ArticleStore(*m_db).storeFeed(feedUrl(), {}, test::makeArticles(first, count)).ok;
}

int TestMarkAllRead::unreadInStore(const QString &where)
{
    QSqlQuery query(m_db->connection());
    query.exec(QStringLiteral("SELECT count(*) FROM articles WHERE is_read = 0") + where);
    return query.next() ? query.value(0).toInt() : -1;
}

int TestMarkAllRead::unreadShown() const
{
    int unread = 0;
    for (int row = 0; row < m_articles->rowCount(); ++row)
        unread += m_articles->index(row).data(ArticleListModel::ReadRole).toBool() ? 0 : 1;
    return unread;
}

// A refresh holds the store for a while: the window neither blocks nor gives up.
void TestMarkAllRead::doesNotWaitForARefresh()
{
    test::RefreshWriteLock refresh(m_dir.filePath(QStringLiteral("reader.sqlite")));
    QVERIFY(refresh.isHeld());
    QSignalSpy refused(m_marks.get(), &ArticleMarks::cannotMark);
    QVERIFY(marks().markAllRead({}, {}));
    QVERIFY(refused.isEmpty());
    m_articles->reload();
    QCOMPARE(unreadShown(), 0); // shown read while the store is still busy
    QCOMPARE(unreadInStore(), 6);
    QVERIFY(refresh.release());
    QTRY_COMPARE(unreadInStore(), 0);
    QVERIFY(refused.isEmpty());
}

// The reader marks one article unread again right after Mark All Read: that stays.
void TestMarkAllRead::aMarkSetAfterItWins()
{
    const qint64 kept = m_articles->index(2).data(ArticleListModel::IdRole).toLongLong();
    test::RefreshWriteLock refresh(m_dir.filePath(QStringLiteral("reader.sqlite")));
    QVERIFY(refresh.isHeld());
    QVERIFY(marks().markAllRead({}, {}));
    marks().toggleRead(kept);
    QCOMPARE(m_articles->index(2).data(ArticleListModel::ReadRole).toBool(), false);
    QVERIFY(refresh.release());
    QTRY_COMPARE(unreadInStore(), 1);
    QTest::qWait(300); // whatever else was waiting has been written too
    QCOMPARE(unreadInStore(QStringLiteral(" AND id = %1").arg(kept)), 1);
    m_articles->reload();
    QCOMPARE(unreadShown(), 1);
}

// What the reader marked is what was stored when they pressed it, not what a refresh stores
// while the rows are being written.
void TestMarkAllRead::articlesStoredAfterThePressStayUnread()
{
    QVERIFY(marks().markAllRead({}, {}));
    QVERIFY(store(100, 3));
    QTRY_COMPARE(unreadInStore(), 3);
    m_articles->reload();
    QCOMPARE(unreadShown(), 3);
}

// Thousands of rows are written a chunk at a time from the event loop: the press returns before
// any is written, and the rows show read meanwhile.
void TestMarkAllRead::aLargeStoreIsMarkedBetweenEvents()
{
    QVERIFY(store(1000, 2500));
    m_articles->reload();
    QVERIFY(marks().markAllRead(QStringLiteral("Culture"), {feedUrl()}));
    QCOMPARE(unreadInStore(), 2506);
    m_articles->reload();
    for (int row = 0; row < m_articles->rowCount(); ++row) {
        const QModelIndex index = m_articles->index(row);
        const bool culture = index.data(ArticleListModel::CategoriesRole)
                                 .toStringList()
                                 .contains(QStringLiteral("Culture"));
        QCOMPARE(index.data(ArticleListModel::ReadRole).toBool(), culture);
    }
    QTRY_COMPARE_WITH_TIMEOUT(
        unreadInStore(QStringLiteral(" AND id IN (SELECT ac.article_id FROM article_categories "
                                     "ac JOIN categories c ON c.id = ac.category_id WHERE "
                                     "c.name = 'Culture')")),
        0, 30000);
    QCOMPARE(unreadInStore(), 2506 - 835);
}

// In the Unread section the rows go once they are written, as they went when the write was
// immediate: nothing else reads that list again.
void TestMarkAllRead::theUnreadListEmptiesOnceWritten()
{
    m_articles->setFilter({}, {}, true, false);
    QCOMPARE(m_articles->rowCount(), 6);
    QVERIFY(marks().markAllRead({}, {}));
    QTRY_COMPARE(unreadInStore(), 0);
    QTRY_COMPARE(m_articles->rowCount(), 0);
}

QTEST_MAIN(TestMarkAllRead)
#include "tst_markallread.moc"
