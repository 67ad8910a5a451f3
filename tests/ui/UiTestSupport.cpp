#include "UiTestSupport.h"

#include "store/ArticleStore.h"
#include "store/StoreFixtures.h"
#include "web/ArticleView.h"

#include <QDir>
#include <QIcon>

namespace ichq::test {

void prepareUiTestEnvironment()
{
    web::registerSchemes();
}

void prepareUiTestApplication()
{
    // The look a reader on a GNOME desktop gets; the offscreen platform knows no icon theme.
    QIcon::setThemeSearchPaths(QIcon::themeSearchPaths() << QStringLiteral("/usr/share/icons"));
    QIcon::setThemeName(QStringLiteral("Adwaita"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/ichongqing-reader.svg")));
}

bool ReaderFixture::open(int refreshIntervalMinutes)
{
    if (!dir.isValid() || !paths.ensureExists() || !database.open(paths.databaseFile()))
        return false;
    images = std::make_unique<ImageCache>(database, paths.imageDir());
    settings = std::make_unique<Settings>(paths);
    settings->setRefreshIntervalMinutes(refreshIntervalMinutes);
    return true;
}

ui::ReaderContext ReaderFixture::context()
{
    return ui::ReaderContext{database, *images, *settings, network, paths};
}

bool ReaderFixture::storeArticles(int first, int count)
{
    FeedInfo info;
    info.title = QStringLiteral("iChongqing");
    const StoreOutcome outcome =
        ArticleStore(database).storeFeed(QUrl(QStringLiteral("https://www.ichongqing.info/feed/")),
                                         info, makeArticles(first, count));
    return outcome.ok;
}

QString saveScreenshot(QWidget *widget, const QString &name)
{
    const QString dirPath = QStringLiteral(ICHQ_SCREENSHOT_DIR);
    if (!QDir().mkpath(dirPath))
        return {};
    const QString path = dirPath + QLatin1Char('/') + name + QStringLiteral(".png");
    return widget->grab().save(path) ? path : QString();
}

} // namespace ichq::test
