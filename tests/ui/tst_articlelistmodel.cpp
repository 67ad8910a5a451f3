#include "UiTestSupport.h"
#include "store/MarkWriter.h"
#include "store/RefreshWriteLock.h"
#include "store/StoreReader.h"

#include "common/DateText.h"
#include "store/ArticleStore.h"
#include "ui/ArticleListModel.h"
#include "ui/SectionListModel.h"

#include <QAccessible>
#include <QListView>
#include <QSignalSpy>

using namespace ichq;
using ichq::ui::ArticleListModel;
using ichq::ui::SectionListModel;

// The article list model over a store of 1,000 articles: paging, roles, filters, reloads.
class TestArticleListModel : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void firstPageThenMore();
    void roles();
    void rowsReadAloud();
    void filters_data();
    void filters();
    void unreadAndStarred();
    void reloadInsertsNewRowsAndKeepsIds();
    void reloadDropsRemovedRowsOnly();
    void ensureLoadedFindsDeepRows();
    void sections();
    void largeStorePagesOnDemand();
    void searchIsCountedExactlyOffTheWindowThread();
    void rowsLoadedWhileAReloadIsReadStay();
    void clearedSearchGetsNoLateCount();
    void waitingMarksShowOnEveryRowThatIsRead();
    void answerReadBeforeAMarkKeepsTheMark();

private:
    std::unique_ptr<test::ReaderFixture> m_fixture;
};

void TestArticleListModel::init()
{
    m_fixture = std::make_unique<test::ReaderFixture>();
    QVERIFY(m_fixture->open());
    QVERIFY(m_fixture->storeArticles(0, 1000));
}

void TestArticleListModel::cleanup()
{
    m_fixture.reset();
}

void TestArticleListModel::firstPageThenMore()
{
    ArticleListModel model(m_fixture->database);
    model.setFilter({}, {}, false, false);
    QCOMPARE(model.rowCount(), ArticleListModel::kPageSize);
    QCOMPARE(model.totalCount(), 1000);
    QVERIFY(model.canFetchMore({}));
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    model.fetchMore({});
    QCOMPARE(model.rowCount(), 2 * ArticleListModel::kPageSize);
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(inserted.at(0).at(1).toInt(), ArticleListModel::kPageSize);
    while (model.canFetchMore({}))
        model.fetchMore({});
    QCOMPARE(model.rowCount(), 1000);
    QSet<qint64> ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids.insert(model.idAt(row));
    QCOMPARE(ids.size(), 1000);
}

void TestArticleListModel::roles()
{
    ArticleListModel model(m_fixture->database);
    model.setFilter({}, {}, false, false);
    // Newest first: article 999 was published last.
    const QModelIndex first = model.index(0);
    QCOMPARE(first.data(ArticleListModel::TitleRole).toString(),
             QStringLiteral("Liangjiang New Area opens a new metro line 999"));
    QCOMPARE(first.data(Qt::DisplayRole), first.data(ArticleListModel::TitleRole));
    QVERIFY(first.data(ArticleListModel::IdRole).toLongLong() > 0);
    QCOMPARE(first.data(ArticleListModel::DateRole).toDateTime(),
             QDateTime(QDate(2026, 11, 1), QTime(8, 0), Qt::UTC).addSecs(999 * 60));
    QVERIFY(first.data(ArticleListModel::ExcerptRole)
                .toString()
                .startsWith(QStringLiteral("Body of article 999")));
    QVERIFY(!first.data(ArticleListModel::LeadImageKeyRole).toString().isEmpty());
    QCOMPARE(first.data(ArticleListModel::ReadRole).toBool(), false);
    QCOMPARE(first.data(ArticleListModel::StarredRole).toBool(), false);
    const QStringList categories = first.data(ArticleListModel::CategoriesRole).toStringList();
    QVERIFY(categories.contains(QStringLiteral("Culture"))); // 999 % 3 == 0
    QVERIFY(categories.contains(QStringLiteral("Chongqing")));
    QVERIFY(model.roleNames().values().contains("leadImageKey"));
}

// A screen reader hears the row's title, its marks, date and section, as the list shows them.
void TestArticleListModel::rowsReadAloud()
{
    ArticleListModel model(m_fixture->database);
    model.setFilter({}, {}, false, false);
    const QModelIndex first = model.index(0);
    const QString date = listDateText(first.data(ArticleListModel::DateRole).toDateTime());
    const QString section = first.data(ArticleListModel::CategoriesRole).toStringList().first();
    const QString title = QStringLiteral("Liangjiang New Area opens a new metro line 999");
    QCOMPARE(first.data(Qt::AccessibleTextRole).toString(),
             QStringLiteral("%1, unread, %2, %3").arg(title, date, section));
    QCOMPARE(first.data(Qt::AccessibleDescriptionRole), first.data(ArticleListModel::ExcerptRole));

    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setRowFlags(model.idAt(0), false, true);
    QCOMPARE(changed.size(), 1);
    QVERIFY(changed.at(0).at(2).value<QList<int>>().contains(Qt::AccessibleTextRole));
    QCOMPARE(first.data(Qt::AccessibleTextRole).toString(),
             QStringLiteral("%1, unread, starred, %2, %3").arg(title, date, section));
    model.setRowFlags(model.idAt(0), true, false);
    QCOMPARE(first.data(Qt::AccessibleTextRole).toString(),
             QStringLiteral("%1, %2, %3").arg(title, date, section));

    // What the view's row reports to assistive technology.
    QListView view;
    view.setModel(&model);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QAccessible::setActive(true);
    QAccessibleInterface *list = QAccessible::queryAccessibleInterface(&view);
    QVERIFY(list && list->childCount() > 0);
    QAccessibleInterface *row = list->child(0);
    QVERIFY(row);
    QCOMPARE(row->role(), QAccessible::ListItem);
    QCOMPARE(row->text(QAccessible::Name), QStringLiteral("%1, %2, %3").arg(title, date, section));
}

void TestArticleListModel::filters_data()
{
    QTest::addColumn<QString>("section");
    QTest::addColumn<QString>("search");
    QTest::addColumn<int>("expected");
    QTest::newRow("all") << QString() << QString() << 1000;
    QTest::newRow("section Culture") << QStringLiteral("Culture") << QString() << 334;
    QTest::newRow("section News") << QStringLiteral("News") << QString() << 666;
    QTest::newRow("search English") << QString() << QStringLiteral("Liangjiang") << 500;
    QTest::newRow("search English lower case") << QString() << QStringLiteral("liangjiang") << 500;
    QTest::newRow("search Chinese two characters") << QString() << QStringLiteral("两江") << 500;
    QTest::newRow("search Chinese in body") << QString() << QStringLiteral("解放碑") << 1000;
    QTest::newRow("search and section")
        << QStringLiteral("Culture") << QStringLiteral("Liangjiang") << 167;
    QTest::newRow("search two words") << QString() << QStringLiteral("metro 999") << 1;
    QTest::newRow("search nothing found") << QString() << QStringLiteral("Shanghai") << 0;
}

void TestArticleListModel::filters()
{
    QFETCH(QString, section);
    QFETCH(QString, search);
    QFETCH(int, expected);
    ArticleListModel model(m_fixture->database);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.setFilter(section, search, false, false);
    QCOMPARE(reset.size(), 1);
    // A search is counted only as far as the next pages: enough to know there is more.
    const int counted =
        search.isEmpty() ? expected : qMin(expected, 2 * ArticleListModel::kPageSize);
    QCOMPARE(model.totalCount(), counted);
    QCOMPARE(model.rowCount(), qMin(expected, int(ArticleListModel::kPageSize)));
    while (model.canFetchMore({}))
        model.fetchMore({});
    QCOMPARE(model.rowCount(), expected);
    QCOMPARE(model.totalCount(), expected);
    QStringList terms = search.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    QCOMPARE(model.searchTerms(), terms);
    for (int row = 0; row < model.rowCount(); ++row) {
        const QModelIndex index = model.index(row);
        if (!section.isEmpty())
            QVERIFY(index.data(ArticleListModel::CategoriesRole).toStringList().contains(section));
    }
}

void TestArticleListModel::unreadAndStarred()
{
    ArticleListModel model(m_fixture->database);
    model.setFilter({}, {}, false, false);
    ArticleStore store(m_fixture->database);
    const qint64 first = model.idAt(0);
    const qint64 second = model.idAt(1);
    QVERIFY(store.setRead(first, true));
    QVERIFY(store.setStarred(second, true));

    model.setFilter({}, {}, true, false);
    QCOMPARE(model.totalCount(), 999);
    QCOMPARE(model.rowOf(first), -1);
    model.setFilter({}, {}, false, true);
    QCOMPARE(model.totalCount(), 1);
    QCOMPARE(model.idAt(0), second);
    QCOMPARE(model.index(0).data(ArticleListModel::StarredRole).toBool(), true);

    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setRowFlags(second, true, true);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(model.index(0).data(ArticleListModel::ReadRole).toBool(), true);
}

void TestArticleListModel::reloadInsertsNewRowsAndKeepsIds()
{
    ArticleListModel model(m_fixture->database);
    model.setFilter({}, {}, false, false);
    model.fetchMore({});
    QCOMPARE(model.rowCount(), 200);
    const QPersistentModelIndex watched = model.index(5);
    const qint64 watchedId = model.idAt(5);
    QList<qint64> before;
    for (int row = 0; row < model.rowCount(); ++row)
        before << model.idAt(row);

    QVERIFY(m_fixture->storeArticles(1000, 10)); // newer: they go on top
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    model.reload();
    QCOMPARE(reset.size(), 0);
    QCOMPARE(removed.size(), 0);
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(inserted.at(0).at(1).toInt(), 0);
    QCOMPARE(inserted.at(0).at(2).toInt(), 9);
    QCOMPARE(model.rowCount(), 210);
    QCOMPARE(model.totalCount(), 1010);
    QVERIFY(watched.isValid());
    QCOMPARE(watched.row(), 15);
    QCOMPARE(watched.data(ArticleListModel::IdRole).toLongLong(), watchedId);
    for (int row = 0; row < before.size(); ++row)
        QCOMPARE(model.idAt(row + 10), before.at(row));

    // Nothing new: a reload changes no row.
    model.reload();
    QCOMPARE(reset.size(), 0);
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(model.rowCount(), 210);
}

void TestArticleListModel::reloadDropsRemovedRowsOnly()
{
    ArticleListModel model(m_fixture->database);
    model.setFilter({}, {}, true, false); // unread only
    const qint64 third = model.idAt(2);
    const QPersistentModelIndex tenth = model.index(9);
    const qint64 tenthId = model.idAt(9);
    QVERIFY(ArticleStore(m_fixture->database).setRead(third, true));
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.reload();
    QCOMPARE(reset.size(), 0);
    QCOMPARE(removed.size(), 1);
    QCOMPARE(model.rowOf(third), -1);
    QCOMPARE(tenth.row(), 8);
    QCOMPARE(model.idAt(8), tenthId);
}

void TestArticleListModel::ensureLoadedFindsDeepRows()
{
    ArticleListModel model(m_fixture->database);
    model.setFilter({}, {}, false, false);
    while (model.canFetchMore({}))
        model.fetchMore({});
    const qint64 deep = model.idAt(750);
    model.setFilter({}, {}, false, false);
    QCOMPARE(model.rowOf(deep), -1);
    QCOMPARE(model.ensureLoaded(deep), 750);
    QCOMPARE(model.rowCount(), 800);
}

void TestArticleListModel::sections()
{
    SectionListModel model(m_fixture->database);
    QVERIFY(model.rowCount() >= 5);
    QCOMPARE(model.index(0).data(SectionListModel::KeyRole).toString(), SectionListModel::allKey());
    QCOMPARE(model.index(1).data(SectionListModel::KeyRole).toString(),
             SectionListModel::unreadKey());
    QCOMPARE(model.index(2).data(SectionListModel::KeyRole).toString(),
             SectionListModel::starredKey());
    QCOMPARE(model.index(0).data(SectionListModel::UnreadRole).toInt(), 1000);
    // Categories as the feed first listed them: Culture (334), Chongqing (all 1000), News (666).
    QCOMPARE(model.index(3).data(Qt::DisplayRole).toString(), QStringLiteral("Culture"));
    QCOMPARE(model.index(4).data(Qt::DisplayRole).toString(), QStringLiteral("Chongqing"));
    QCOMPARE(model.index(5).data(Qt::DisplayRole).toString(), QStringLiteral("News"));
    QCOMPARE(model.index(5).data(SectionListModel::UnreadRole).toInt(), 666);

    ArticleListModel articles(m_fixture->database);
    articles.setFilter(QStringLiteral("News"), {}, false, false);
    QVERIFY(ArticleStore(m_fixture->database).setRead(articles.idAt(0), true));
    QVERIFY(ArticleStore(m_fixture->database).setStarred(articles.idAt(1), true));
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.reload();
    QCOMPARE(reset.size(), 0); // same sections: counts change in place
    QCOMPARE(model.index(0).data(SectionListModel::UnreadRole).toInt(), 999);
    QCOMPARE(model.index(5).data(SectionListModel::UnreadRole).toInt(), 665);
    QCOMPARE(model.index(2).data(SectionListModel::TotalRole).toInt(), 1);
    QCOMPARE(model.rowOfKey(QStringLiteral("Culture")), 3);
}

// 100,000 articles: the list holds one page to show and grows one page per scroll step.
void TestArticleListModel::largeStorePagesOnDemand()
{
    QVERIFY(m_fixture->storeArticles(1000, 99000));
    ArticleListModel model(m_fixture->database);
    model.setFilter({}, {}, false, false);
    QCOMPARE(model.totalCount(), 100000);
    QCOMPARE(model.rowCount(), ArticleListModel::kPageSize);
    for (int page = 0; page < 10; ++page)
        model.fetchMore({});
    QCOMPARE(model.rowCount(), 11 * ArticleListModel::kPageSize);
    model.reload();
    QCOMPARE(model.rowCount(), 11 * ArticleListModel::kPageSize);
    // How fast is for bench/, not for a test: the store's tests check that every page is
    // served by the index on the shown date, so no page sorts the whole table.
}

void TestArticleListModel::searchIsCountedExactlyOffTheWindowThread()
{
    ArticleListModel model(m_fixture->database);
    StoreReader reader(m_fixture->database.filePath());
    model.setReader(&reader);
    QSignalSpy counted(&model, &ArticleListModel::exactCountChanged);
    model.setFilter({}, QStringLiteral("Yangtze"), false, false);
    // The list counts only as far as it pages; the exact figure follows from the other thread.
    QVERIFY(model.totalCount() < 1000);
    QTRY_COMPARE(model.exactCount(), 1000);
    model.setFilter({}, QStringLiteral("metro line 99"), false, false);
    QCOMPARE(model.exactCount(), -1); // being counted
    ArticleFilter filter;
    filter.search = QStringLiteral("metro line 99");
    const int expected = ArticleQueries(m_fixture->database).count(filter);
    QVERIFY(expected > 1 && expected < 1000);
    QTRY_COMPARE(model.exactCount(), expected);
    model.setFilter({}, {}, false, false);
    QCOMPARE(model.exactCount(), -1); // no search, no count
    QVERIFY(counted.count() >= 3);
}

// j on the last loaded row loads the next page while a reload is being read: the answer, read
// for fewer rows, must not take those rows (and the article being read) away.
void TestArticleListModel::rowsLoadedWhileAReloadIsReadStay()
{
    ArticleListModel model(m_fixture->database);
    StoreReader reader(m_fixture->database.filePath());
    model.setReader(&reader);
    model.setFilter({}, {}, false, false);
    QCOMPARE(model.rowCount(), ArticleListModel::kPageSize);
    QVERIFY(m_fixture->storeArticles(1000, 5));
    model.reloadLater();
    model.fetchMore({}); // before the reader answers
    const qint64 deep = model.idAt(150);
    QVERIFY(deep != 0);
    QTRY_VERIFY(model.rowOf(model.idAt(0)) == 0 && model.totalCount() == 1005);
    QTRY_COMPARE(model.rowOf(deep), 155);
    QTest::qWait(200);
    QCOMPARE(model.rowOf(deep), 155);
    QVERIFY(model.rowCount() >= 205);
}

void TestArticleListModel::clearedSearchGetsNoLateCount()
{
    ArticleListModel model(m_fixture->database);
    StoreReader reader(m_fixture->database.filePath());
    model.setReader(&reader);
    model.setFilter({}, QStringLiteral("Yangtze"), false, false);
    model.setFilter({}, {}, false, false); // cleared before the count came
    QTest::qWait(500);
    QCOMPARE(model.exactCount(), -1);
}

// A mark waiting for a busy store shows on the row whichever way the row was read again: a
// reload, a new filter or the next page.
void TestArticleListModel::waitingMarksShowOnEveryRowThatIsRead()
{
    ArticleListModel model(m_fixture->database);
    MarkWriter marks(m_fixture->database);
    model.setWaitingMarks(&marks);
    model.setFilter({}, {}, false, false);
    const qint64 first = model.idAt(0);
    QVERIFY(!model.index(0).data(ArticleListModel::ReadRole).toBool());
    test::RefreshWriteLock refresh(m_fixture->database.filePath());
    QVERIFY(refresh.isHeld());
    QVERIFY(marks.setRead(first, true));
    QVERIFY(marks.setStarred(first, true));
    QVERIFY(marks.waiting().contains(first));
    model.setFilter({}, {}, false, false); // read again from the store: not saved there yet
    QVERIFY(model.index(0).data(ArticleListModel::ReadRole).toBool());
    QVERIFY(model.index(0).data(ArticleListModel::StarredRole).toBool());
    QVERIFY(model.index(0).data(Qt::AccessibleTextRole).toString().contains(u"starred"));
    QVERIFY(refresh.release());
    QTRY_VERIFY(marks.waiting().isEmpty());
    model.reload();
    QVERIFY(model.index(0).data(ArticleListModel::ReadRole).toBool()); // saved now
}

// A reload read before the reader marked a row (the mark may be saved, or still waiting, by the
// time the answer comes) must not take the mark off the row.
void TestArticleListModel::answerReadBeforeAMarkKeepsTheMark()
{
    ArticleListModel model(m_fixture->database);
    StoreReader reader(m_fixture->database.filePath());
    model.setReader(&reader);
    model.setFilter({}, {}, false, false);
    const qint64 first = model.idAt(0);
    QSignalSpy applied(&model, &ArticleListModel::freshApplied);
    model.reloadLater();
    model.setRowFlags(first, true, true); // shown at once; the store has not got it
    QTRY_COMPARE(applied.count(), 1);
    QVERIFY(model.index(model.rowOf(first)).data(ArticleListModel::ReadRole).toBool());
    QVERIFY(model.index(model.rowOf(first)).data(ArticleListModel::StarredRole).toBool());
}

ICHQ_UI_TEST_MAIN(TestArticleListModel)
#include "tst_articlelistmodel.moc"
