#include "store/ArticleQueries.h"
#include "store/ArticleStore.h"
#include "store/Database.h"
#include "store/StoreFixtures.h"
#include "store/StoreReader.h"
#include "ui/SectionListModel.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace ichq;
using ichq::ui::SectionListModel;

// The left column: sections stay where they are whatever their counts, and each row shows the
// number a reader expects of it.
class TestSectionListModel : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void sectionsKeepTheirOrderWhenCountsChange();
    void starredShowsEveryStarredArticle();
    void countsOffTheWindowThreadArriveInPlace();

private:
    QStringList sectionNames(const SectionListModel &model) const;
    bool store(const QList<PreparedArticle> &articles);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
};

void TestSectionListModel::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = std::make_unique<Database>();
    QVERIFY(m_db->open(m_dir->filePath(QStringLiteral("reader.sqlite"))));
}

void TestSectionListModel::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

bool TestSectionListModel::store(const QList<PreparedArticle> &articles)
{
    return ArticleStore(*m_db)
        .storeFeed(QUrl(QStringLiteral("https://www.ichongqing.info/feed/")), {}, articles)
        .ok;
}

QStringList TestSectionListModel::sectionNames(const SectionListModel &model) const
{
    QStringList names;
    for (int row = 0; row < model.rowCount(); ++row) {
        const QModelIndex index = model.index(row);
        if (index.data(SectionListModel::KindRole).toInt() == int(SectionListModel::Kind::Category))
            names << index.data(Qt::DisplayRole).toString();
    }
    return names;
}

// "Culture" does not jump from 2nd to 5th because other sections got more articles: the order
// is the site's, as the feed first listed the sections.
void TestSectionListModel::sectionsKeepTheirOrderWhenCountsChange()
{
    QList<PreparedArticle> first = test::makeArticles(0, 3);
    first[0].categories = {QStringLiteral("News")};
    first[1].categories = {QStringLiteral("Culture")};
    first[2].categories = {QStringLiteral("Travel"), QStringLiteral("Business")};
    QVERIFY(store(first));
    SectionListModel model(*m_db);
    const QStringList order{QStringLiteral("News"), QStringLiteral("Culture"),
                            QStringLiteral("Travel"), QStringLiteral("Business")};
    QCOMPARE(sectionNames(model), order);

    QList<PreparedArticle> more = test::makeArticles(10, 8);
    for (PreparedArticle &article : more)
        article.categories = {QStringLiteral("Business"), QStringLiteral("Sports")};
    QVERIFY(store(more));
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.reload();
    QCOMPARE(sectionNames(model), order + QStringList{QStringLiteral("Sports")});
    QCOMPARE(model.index(model.rowOfKey(QStringLiteral("Business")))
                 .data(SectionListModel::TotalRole)
                 .toInt(),
             9);
}

// Starred is a collection, not a to-do list: its number is every starred article, read or not.
void TestSectionListModel::starredShowsEveryStarredArticle()
{
    QVERIFY(store(test::makeArticles(0, 5)));
    ArticleStore marks(*m_db);
    const QList<ArticleSummary> rows = ArticleQueries(*m_db).list({});
    for (int i = 0; i < 3; ++i)
        QVERIFY(marks.setStarred(rows[i].id, true));
    QVERIFY(marks.setRead(rows[0].id, true));
    QVERIFY(marks.setRead(rows[1].id, true));
    SectionListModel model(*m_db);
    const QModelIndex starred = model.index(model.rowOfKey(SectionListModel::starredKey()));
    QCOMPARE(starred.data(SectionListModel::BadgeRole).toInt(), 3);
    QVERIFY2(starred.data(Qt::ToolTipRole).toString().contains(QLatin1String("3")),
             qPrintable(starred.data(Qt::ToolTipRole).toString()));
    const QModelIndex unread = model.index(model.rowOfKey(SectionListModel::unreadKey()));
    QCOMPARE(unread.data(SectionListModel::BadgeRole).toInt(), 3);
    const QModelIndex all = model.index(model.rowOfKey(SectionListModel::allKey()));
    QCOMPARE(all.data(SectionListModel::BadgeRole).toInt(), 3); // the unread ones
}

// After a refresh the counts are read in the window's reader thread; rows keep their index.
void TestSectionListModel::countsOffTheWindowThreadArriveInPlace()
{
    QVERIFY(store(test::makeArticles(0, 5)));
    SectionListModel model(*m_db);
    StoreReader reader(m_db->filePath());
    model.setReader(&reader);
    const QPersistentModelIndex all = model.index(0);
    QCOMPARE(all.data(SectionListModel::TotalRole).toInt(), 5);
    QVERIFY(store(test::makeArticles(5, 4)));
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.reloadLater();
    QCOMPARE(all.data(SectionListModel::TotalRole).toInt(), 5); // until the reader answers
    QTRY_COMPARE(all.data(SectionListModel::TotalRole).toInt(), 9);
    QCOMPARE(all.row(), 0);
    QCOMPARE(reset.count(), 0);

    // A reload asked for before the reader answers wins: the old answer is dropped.
    QVERIFY(store(test::makeArticles(9, 1)));
    model.reloadLater();
    model.setFeeds({QUrl(QStringLiteral("https://other.example/feed"))}); // counts at once: 0
    QCOMPARE(all.data(SectionListModel::TotalRole).toInt(), 0);
    QTest::qWait(300);
    QCOMPARE(all.data(SectionListModel::TotalRole).toInt(), 0);
}

QTEST_GUILESS_MAIN(TestSectionListModel)
#include "tst_sectionlistmodel.moc"
