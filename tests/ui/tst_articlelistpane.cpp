#include "UiTestSupport.h"
#include "store/ArticleQueries.h"
#include "store/StoreReader.h"
#include "ui/ArticleListModel.h"
#include "ui/ArticleListPane.h"
#include "ui/ThumbnailCache.h"

#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QScrollBar>
#include <QtTest>

using namespace ichq;

// Articles a refresh brings arrive above the one being read without moving it on screen; a
// reader at the top of the list sees them arrive there.
class TestArticleListPane : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void scrolledListKeepsTheSelectedRowWhereItWas();
    void listAtTheTopShowsTheNewArticles();
    void readingOffTheWindowThreadKeepsThePlaceToo();
    void searchSaysHowManyArticlesMatch();

private:
    int visualTop(qint64 id) const;

    std::unique_ptr<test::ReaderFixture> m_fixture;
    std::unique_ptr<StoreReader> m_reader;
    std::unique_ptr<ui::ArticleListModel> m_model;
    std::unique_ptr<ui::ThumbnailCache> m_thumbnails;
    std::unique_ptr<ui::ArticleListPane> m_pane;
};

void TestArticleListPane::init()
{
    m_fixture = std::make_unique<test::ReaderFixture>();
    QVERIFY(m_fixture->open());
    QVERIFY(m_fixture->storeArticles(0, 60));
    m_model = std::make_unique<ui::ArticleListModel>(m_fixture->database);
    m_reader = std::make_unique<StoreReader>(m_fixture->database.filePath());
    m_model->setReader(m_reader.get());
    m_thumbnails = std::make_unique<ui::ThumbnailCache>(*m_fixture->images, QSize(72, 54));
    m_pane = std::make_unique<ui::ArticleListPane>(m_model.get(), *m_thumbnails);
    m_pane->resize(420, 900);
    m_pane->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_pane.get()));
    m_pane->setSection(QString());
}

void TestArticleListPane::cleanup()
{
    m_pane.reset();
    m_thumbnails.reset();
    m_model.reset();
    m_reader.reset();
    m_fixture.reset();
}

int TestArticleListPane::visualTop(qint64 id) const
{
    return m_pane->view()->visualRect(m_model->index(m_model->rowOf(id))).top();
}

void TestArticleListPane::scrolledListKeepsTheSelectedRowWhereItWas()
{
    const qint64 reading = m_model->idAt(30);
    QVERIFY(m_pane->selectId(reading));
    QVERIFY(m_pane->view()->verticalScrollBar()->value() > 0);
    const int top = visualTop(reading);
    QVERIFY(m_pane->view()->viewport()->rect().contains(0, top));

    QVERIFY(m_fixture->storeArticles(60, 10)); // newer: they sort above
    m_pane->reload();

    QCOMPARE(m_model->rowOf(reading), 40);
    QCOMPARE(m_pane->currentId(), reading);
    QCOMPARE(m_pane->view()->currentIndex().row(), 40);
    QCOMPARE(visualTop(reading), top);
}

void TestArticleListPane::listAtTheTopShowsTheNewArticles()
{
    const qint64 reading = m_model->idAt(0);
    QVERIFY(m_pane->selectId(reading));
    QCOMPARE(m_pane->view()->verticalScrollBar()->value(), 0);

    QVERIFY(m_fixture->storeArticles(60, 2));
    m_pane->reload();

    QCOMPARE(m_pane->view()->verticalScrollBar()->value(), 0);
    QCOMPARE(m_pane->view()->indexAt(QPoint(1, 1)).row(), 0);
    QCOMPARE(m_model->idAt(0), ArticleQueries(m_fixture->database).list({}).first().id);
    QCOMPARE(m_pane->currentId(), reading);
    QVERIFY(m_pane->view()->viewport()->rect().contains(0, visualTop(reading)));

    // So many that the article being read would drop out of sight: it stays where it was.
    const int top = visualTop(reading);
    QVERIFY(m_fixture->storeArticles(62, 20));
    m_pane->reload();
    QCOMPARE(m_pane->currentId(), reading);
    QCOMPARE(visualTop(reading), top);
}

void TestArticleListPane::readingOffTheWindowThreadKeepsThePlaceToo()
{
    const qint64 reading = m_model->idAt(30);
    QVERIFY(m_pane->selectId(reading));
    const int top = visualTop(reading);
    QVERIFY(m_fixture->storeArticles(60, 10));
    m_pane->reloadLater();
    QCOMPARE(m_model->rowOf(reading), 30); // nothing changes until the reader answers
    QTRY_COMPARE(m_model->rowOf(reading), 40);
    QCOMPARE(m_pane->currentId(), reading);
    QCOMPARE(visualTop(reading), top);
}

void TestArticleListPane::searchSaysHowManyArticlesMatch()
{
    QLabel *label = m_pane->resultCountLabel();
    QVERIFY(!label->isVisible());
    auto *search = m_pane->findChild<QLineEdit *>();
    search->setText(QStringLiteral("Yangtze"));
    QTRY_VERIFY(label->isVisible());
    // Untranslated here: "60 article(s)"; the English translation gives the plural.
    QVERIFY2(label->text().startsWith(QStringLiteral("60 article")), qPrintable(label->text()));
    search->setText(QStringLiteral("metro line 5"));
    ArticleFilter fifty;
    fifty.search = QStringLiteral("metro line 5");
    const int expected = ArticleQueries(m_fixture->database).count(fifty);
    QVERIFY(expected > 1 && expected < 60);
    QTRY_VERIFY2(label->text().startsWith(QString::number(expected) + QLatin1Char(' ')),
                 qPrintable(label->text()));
    search->setText(QStringLiteral("no such words anywhere"));
    QTRY_VERIFY(!label->isVisible()); // the list says there is no match
    search->clear();
    QTRY_VERIFY(!label->isVisible());
}

ICHQ_UI_TEST_MAIN(TestArticleListPane)
#include "tst_articlelistpane.moc"
