#include "UiTestSupport.h"
#include "ui/ArticleListDelegate.h"
#include "ui/ArticleListModel.h"
#include "ui/ThumbnailCache.h"

#include <QDir>
#include <QPainter>
#include <QStandardItemModel>
#include <QtTest>

using namespace ichq;

// How one row of the article list is drawn: search matches are marked without moving a letter
// or changing the line height, and the star can be seen.
class TestArticleListDelegate : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void highlightingMovesNoLetter_data();
    void highlightingMovesNoLetter();
    void starIsLargeEnoughToSee();

private:
    QImage render(bool starred, const QString &excerpt, const QStringList &terms);

    std::unique_ptr<test::ReaderFixture> m_fixture;
    std::unique_ptr<ui::ThumbnailCache> m_thumbnails;
};

namespace {

constexpr int kWidth = 420;

// The box around the pixels that pass `ink`; empty when none do.
QRect inkBox(const QImage &image, const std::function<bool(const QColor &)> &ink)
{
    QRect box;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            if (ink(image.pixelColor(x, y)))
                box |= QRect(x, y, 1, 1);
        }
    }
    return box;
}

bool isDarkInk(const QColor &c)
{
    return c.lightness() < 100;
}

bool isStarGold(const QColor &c)
{
    return c.red() > 180 && c.green() > 110 && c.green() < 200 && c.blue() < 90;
}

} // namespace

void TestArticleListDelegate::init()
{
    m_fixture = std::make_unique<test::ReaderFixture>();
    QVERIFY(m_fixture->open());
    m_thumbnails = std::make_unique<ui::ThumbnailCache>(*m_fixture->images, QSize(72, 54));
}

void TestArticleListDelegate::cleanup()
{
    m_thumbnails.reset();
    m_fixture.reset();
}

QImage TestArticleListDelegate::render(bool starred, const QString &excerpt,
                                       const QStringList &terms)
{
    QStandardItemModel model(1, 1);
    const QModelIndex index = model.index(0, 0);
    model.setData(index, QStringLiteral("Cableway reopens over the Yangtze"),
                  ui::ArticleListModel::TitleRole);
    model.setData(index, QDateTime(QDate(2026, 11, 1), QTime(8, 0), Qt::UTC),
                  ui::ArticleListModel::DateRole);
    model.setData(index, excerpt, ui::ArticleListModel::ExcerptRole);
    model.setData(index, true, ui::ArticleListModel::ReadRole);
    model.setData(index, starred, ui::ArticleListModel::StarredRole);
    model.setData(index, QStringList{QStringLiteral("Culture")},
                  ui::ArticleListModel::CategoriesRole);

    ui::ArticleListDelegate delegate(*m_thumbnails);
    delegate.setSearchTerms(terms);
    QStyleOptionViewItem option;
    option.font = QApplication::font();
    option.palette = QApplication::palette();
    option.state = QStyle::State_Enabled | QStyle::State_Active;
    const QSize size(kWidth, delegate.sizeHint(option, index).height());
    option.rect = QRect(QPoint(0, 0), size);
    QImage image(size, QImage::Format_ARGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    delegate.paint(&painter, option, index);
    painter.end();
    return image;
}

void TestArticleListDelegate::highlightingMovesNoLetter_data()
{
    QTest::addColumn<QString>("excerpt");
    QTest::addColumn<QString>("term");
    QTest::newRow("English") << QStringLiteral("The cableway over the Yangtze carried visitors.")
                             << QStringLiteral("Yangtze");
    QTest::newRow("Chinese") << QStringLiteral("长江索道今天重新开放，游客排队乘坐。")
                             << QStringLiteral("索道");
}

void TestArticleListDelegate::highlightingMovesNoLetter()
{
    QFETCH(QString, excerpt);
    QFETCH(QString, term);
    const QImage plain = render(false, excerpt, {});
    const QImage marked = render(false, excerpt, {term});
    QCOMPARE(marked.size(), plain.size());
    // The excerpt's lines: below the title and the date line.
    const QRect excerptArea(0, plain.height() / 2, kWidth, plain.height() / 2);
    const QRect plainInk = inkBox(plain.copy(excerptArea), isDarkInk);
    const QRect markedInk = inkBox(marked.copy(excerptArea), isDarkInk);
    QVERIFY(!plainInk.isEmpty());
    QCOMPARE(markedInk.left(), plainInk.left());
    QCOMPARE(markedInk.right(), plainInk.right()); // a bold match pushed the rest right
    QCOMPARE(markedInk.bottom(), plainInk.bottom());
    QVERIFY(marked != plain); // and the match is marked
}

void TestArticleListDelegate::starIsLargeEnoughToSee()
{
    const QImage image = render(true, QStringLiteral("Body."), {});
    const QRect star = inkBox(image, isStarGold);
    QVERIFY2(star.height() >= 12 && star.width() >= 12,
             qPrintable(QStringLiteral("star %1x%2").arg(star.width()).arg(star.height())));
    QVERIFY(inkBox(render(false, QStringLiteral("Body."), {}), isStarGold).isEmpty());
    // For a person to look at: a starred row with a search match in each line.
    QDir().mkpath(QStringLiteral(ICHQ_SCREENSHOT_DIR));
    render(true,
           QStringLiteral("The cableway over the Yangtze carried visitors; 长江索道今天重新开放。"),
           {QStringLiteral("Yangtze"), QStringLiteral("索道"), QStringLiteral("cableway")})
        .save(QStringLiteral(ICHQ_SCREENSHOT_DIR "/list-row-starred-search.png"));
}

ICHQ_UI_TEST_MAIN(TestArticleListDelegate)
#include "tst_articlelistdelegate.moc"
