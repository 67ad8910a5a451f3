#include "UiTestSupport.h"

#include "store/ArticleStore.h"
#include "store/StoreFixtures.h"
#include "ui/MessageDialog.h"
#include "web/ArticleView.h"

#include <QTest>

#include <QCheckBox>
#include <QDir>
#include <QIcon>
#include <QLineEdit>
#include <QPlainTextEdit>

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

ReaderFixture::~ReaderFixture()
{
    sender.reset(); // before the outbox it writes to and the manager it sends with
    manager.reset();
}

bool ReaderFixture::open(int refreshIntervalMinutes, bool askConsent)
{
    if (!dir.isValid() || !paths.ensureExists() || !database.open(paths.databaseFile()))
        return false;
    images = std::make_unique<ImageCache>(database, paths.imageDir());
    settings = std::make_unique<Settings>(paths);
    settings->setRefreshIntervalMinutes(refreshIntervalMinutes);
    // Port 9 (discard) on this machine: nothing listens, a send fails fast and stays local.
    settings->setContactEndpoint(QUrl(QStringLiteral("http://127.0.0.1:9/contact")));
    consent = std::make_unique<ConsentState>(*settings);
    if (!askConsent)
        consent->decide(ConsentState::Cookies::Declined);
    outbox = std::make_unique<Outbox>(paths.outboxFile());
    if (!outbox->open())
        return false;
    manager = std::make_unique<QNetworkAccessManager>();
    cookies =
        new CookieJar(paths.cookieFile(), consent->cookies() == ConsentState::Cookies::Accepted);
    manager->setCookieJar(cookies);
    sender = std::make_unique<MessageSender>(*outbox, manager.get(), settings->contactEndpoint());
    sender->setOnline(false);
    return true;
}

ui::ReaderContext ReaderFixture::context()
{
    return ui::ReaderContext{database, *images, *settings, network, paths,
                             *consent, *outbox, *sender,   *cookies};
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

void fillValidMessage(ui::MessageDialog &dialog)
{
    QTest::keyClicks(dialog.nameEdit(), QStringLiteral("Li Wei"));
    QTest::keyClicks(dialog.emailEdit(), QStringLiteral("li.wei@example.com"));
    QTest::keyClicks(dialog.subjectEdit(), QStringLiteral("Metro line 27"));
    QTest::keyClicks(dialog.messageEdit(), QStringLiteral("When does line 27 open?"));
    dialog.consentBox()->setChecked(true);
}

bool showWindowReady(ui::MainWindow &window)
{
    window.resize(1280, 800);
    window.show();
    window.activateWindow();
    if (!QTest::qWaitForWindowExposed(&window) || !QTest::qWaitForWindowActive(&window))
        return false;
    return QTest::qWaitFor([&] { return window.articleView()->isEngineCreated(); }, 20000);
}

bool switchLanguage(Language &language, const QString &code)
{
    if (!language.apply(code))
        return false;
    QCoreApplication::processEvents(); // the posted LanguageChange events
    QCoreApplication::processEvents();
    return language.current() == code;
}

} // namespace ichq::test
