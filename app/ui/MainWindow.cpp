#include "MainWindow.h"

#include "common/Logging.h"

#include "Appearance.h"
#include "ArticleCommands.h"
#include "ArticleListModel.h"
#include "ArticleListPane.h"
#include "ArticleMarks.h"
#include "ConsentController.h"
#include "ContentEdition.h"
#include "EmptyState.h"
#include "Icons.h"
#include "MessageController.h"
#include "NetworkStatus.h"
#include "OfflineBanner.h"
#include "ReaderActions.h"
#include "RefreshController.h"
#include "SectionListModel.h"
#include "SectionListView.h"
#include "SettingsController.h"
#include "SettingsDialog.h"
#include "StatusArea.h"
#include "ThumbnailCache.h"
#include "TrayNotifier.h"
#include "common/AppInfo.h"
#include "common/Language.h"
#include "common/Settings.h"
#include "store/ArticleQueries.h"
#include "store/Database.h"
#include "store/StoreReader.h"
#include "web/ArticleView.h"

#include <QAction>
#include <QCloseEvent>
#include <QListView>
#include <QMessageBox>
#include <QScreen>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>
#include <QVBoxLayout>

namespace ichq::ui {

namespace {
constexpr int kStatusMessageMs = 5000;
const QSize kThumbnailSize(72, 54);
} // namespace

MainWindow::MainWindow(const ReaderContext &context, QWidget *parent)
    : QMainWindow(parent), m_context(context), m_edition(new ContentEdition(context, this)),
      m_sectionModel(new SectionListModel(context.database, m_edition->shownFeeds(), this)),
      m_articleModel(new ArticleListModel(context.database, m_edition->shownFeeds(), this)),
      m_marks(new ArticleMarks(context.database, m_articleModel, m_sectionModel, this)),
      m_thumbnails(new ThumbnailCache(context.images, kThumbnailSize, this)),
      m_tray(new TrayNotifier(this))
{
    setObjectName(QStringLiteral("readerWindow"));
    if (!context.database.filePath().isEmpty()) {
        m_reader = new StoreReader(context.database.filePath(), this);
        m_articleModel->setReader(m_reader);
        m_sectionModel->setReader(m_reader);
    }
    m_actions = new ReaderActions(this);
    m_appearance = new Appearance(m_actions->viewMenu(), m_context.settings, this);
    buildCentralArea();
    m_status = new StatusArea(this);
    statusBar()->addPermanentWidget(m_status);
    statusBar()->setSizeGripEnabled(false);
    m_refresh = new RefreshController(m_context, m_edition, m_status, this);
    connect(m_edition, &ContentEdition::changed, this, &MainWindow::editionChanged);

    connectActions();
    new ArticleCommands(m_articleView, m_context.database, m_context.settings, *m_actions,
                        statusBar(), this);
    connectRefresh();
    buildDialogControllers();
    m_tray->setEnabled(m_context.settings.notifyNewArticles());
    m_actions->notify->setChecked(m_context.settings.notifyNewArticles());
    m_actions->notify->setEnabled(TrayNotifier::isAvailable());
    m_thumbnails->setDevicePixelRatio(devicePixelRatioF());
    restoreState();
    updateNetworkState();
    retranslateUi();
}

MainWindow::~MainWindow() = default;

void MainWindow::buildCentralArea()
{
    m_sections = new SectionListView(m_sectionModel);
    m_list = new ArticleListPane(m_articleModel, *m_thumbnails);
    // The view is cheap until its engine starts: that waits for the first paint.
    m_articleView = new web::ArticleView(m_context.database, m_context.images);
    m_articleView->setZoomFactor(m_context.settings.articleZoom());

    m_splitter = new QSplitter(Qt::Horizontal);
    m_splitter->setObjectName(QStringLiteral("readerSplitter"));
    m_splitter->addWidget(m_sections);
    m_splitter->addWidget(m_list);
    m_splitter->addWidget(m_articleView);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 0);
    m_splitter->setStretchFactor(2, 1);
    m_sections->setMinimumWidth(140);
    m_list->setMinimumWidth(300);
    m_articleView->setMinimumWidth(320);

    m_banner = new OfflineBanner;
    auto *reader = new QWidget;
    auto *layout = new QVBoxLayout(reader);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_banner);
    layout->addWidget(m_splitter, 1);

    m_empty = new EmptyState;
    m_stack = new QStackedWidget;
    m_stack->addWidget(reader);
    m_stack->addWidget(m_empty);
    setCentralWidget(m_stack);

    connect(m_sections, &SectionListView::sectionChanged, this, [this](const QString &key) {
        m_list->setSection(key);
        m_context.settings.setLastSection(key);
    });
    connect(m_list, &ArticleListPane::currentArticleChanged, this, &MainWindow::onArticleSelected);
    connect(m_articleModel, &QAbstractItemModel::modelReset, this, &MainWindow::updateActionStates);
    connect(m_articleModel, &QAbstractItemModel::rowsInserted, this,
            &MainWindow::updateActionStates);
    // After each reload the empty page comes or goes.
    connect(m_articleModel, &ArticleListModel::freshApplied, this, &MainWindow::updateEmptyState);
    connect(m_banner, &OfflineBanner::retryRequested, this, &MainWindow::retry);
    connect(m_empty, &EmptyState::retryRequested, this, &MainWindow::retry);
}

// What the article pane reports goes to Settings or, briefly, to the status bar.
void MainWindow::connectActions()
{
    ReaderActions *a = m_actions;
    connect(a->refresh, &QAction::triggered, m_refresh, &RefreshController::refreshNow);
    connect(a->workOffline, &QAction::toggled, this,
            [this](bool offline) { m_context.network.setForcedOffline(offline); });
    connect(a->quit, &QAction::triggered, this, &QWidget::close);
    connect(a->find, &QAction::triggered, m_list, &ArticleListPane::focusSearch);
    connect(a->notify, &QAction::toggled, this, [this](bool on) {
        m_context.settings.setNotifyNewArticles(on);
        m_tray->setEnabled(on);
    });
    connect(a->next, &QAction::triggered, m_list, [this] { m_list->moveBy(1); });
    connect(a->previous, &QAction::triggered, m_list, [this] { m_list->moveBy(-1); });
    connect(a->nextUnread, &QAction::triggered, m_list, [this] {
        if (!m_list->moveToNextUnread())
            statusBar()->showMessage(tr("No unread article after this one."), kStatusMessageMs);
    });
    connect(a->fullScreen, &QAction::toggled, this, [this](bool on) {
        setWindowState(on ? windowState() | Qt::WindowFullScreen
                          : windowState() & ~Qt::WindowFullScreen);
    });
    connect(a->pageDownOrNext, &QAction::triggered, this, &MainWindow::pageDownOrNext);
    connect(m_marks, &ArticleMarks::cannotMark, this,
            [this](const QString &reason) { statusBar()->showMessage(reason, kStatusMessageMs); });
    connect(a->toggleRead, &QAction::triggered, m_marks,
            [this] { m_marks->toggleRead(m_list->currentId()); });
    connect(a->toggleStar, &QAction::triggered, m_marks,
            [this] { m_marks->toggleStar(m_list->currentId()); });
    connect(a->markAllRead, &QAction::triggered, this, &MainWindow::markAllRead);
    connect(a->about, &QAction::triggered, this, &MainWindow::showAbout);
    connect(a->language, &QAction::triggered, this, &MainWindow::switchLanguage);
    a->language->setEnabled(m_context.language != nullptr);
    connect(m_tray, &TrayNotifier::activated, this, [this] {
        showNormal();
        raise();
        activateWindow();
    });
}

void MainWindow::connectRefresh()
{
    connect(m_refresh, &RefreshController::articlesChanged, this, &MainWindow::storeChanged);
    connect(m_refresh, &RefreshController::refreshFinished, this, &MainWindow::onRefreshFinished);
    connect(m_refresh, &RefreshController::photosArrived, this, [this](qint64 id) {
        if (m_articleView->currentArticle() == id)
            m_articleView->showArticle(id); // the placeholders become the photos
        m_list->view()->viewport()->update();
    });
    connect(m_refresh, &RefreshController::runningChanged, this, [this](bool running) {
        m_actions->refresh->setEnabled(!running);
        updateEmptyState();
    });
    connect(&m_context.network, &NetworkStatus::onlineChanged, this,
            &MainWindow::updateNetworkState);
}

// Consent, messages and settings each live in a controller of their own.
void MainWindow::buildDialogControllers()
{
    m_consent = new ConsentController(m_context, this);
    m_messages = new MessageController(m_context, this, m_actions);
    m_settingsController = new SettingsController(m_context, this, m_actions->preferences,
                                                  m_actions->notify, m_consent, m_refresh);
    connect(m_actions->privacy, &QAction::triggered, m_consent,
            [this] { m_consent->showPrivacy(); });
    connect(m_consent, &ConsentController::choiceChanged, m_refresh,
            [this](ConsentState::Cookies choice) {
                m_refresh->setPersistentCookies(choice == ConsentState::Cookies::Accepted);
            });
    connect(m_settingsController, &SettingsController::feedsChanged, m_edition,
            &ContentEdition::update);
    // A failed feed may have a wrong address: the banner and the empty state lead to it.
    connect(m_banner, &OfflineBanner::settingsRequested, m_settingsController,
            &SettingsController::showSettings);
    connect(m_empty, &EmptyState::settingsRequested, m_settingsController,
            &SettingsController::showSettings);
    connect(m_settingsController, &SettingsController::eraseRequested, this, [this] {
        m_eraseRequested = true;
        close();
    });
}

void MainWindow::restoreState()
{
    const Settings &settings = m_context.settings;
    if (!restoreGeometry(settings.windowGeometry())) {
        resize(1280, 800);
        if (const QScreen *screen = this->screen())
            move(screen->availableGeometry().center() - rect().center());
    }
    QMainWindow::restoreState(settings.windowState());
    if (!m_splitter->restoreState(settings.splitterState()))
        m_splitter->setSizes({190, 470, 620});
    m_sections->selectKey(settings.lastSection());
    // Selecting only; the article opens after the first paint (see onArticleSelected).
    if (const qint64 last = settings.lastArticleId())
        m_list->selectId(last);
}

void MainWindow::saveState()
{
    Settings &settings = m_context.settings;
    settings.setWindowGeometry(saveGeometry());
    settings.setWindowState(QMainWindow::saveState());
    settings.setSplitterState(m_splitter->saveState());
    settings.setLastSection(m_sections->currentKey());
    if (const qint64 id = m_articleView->currentArticle())
        settings.setLastArticleId(id);
    settings.sync();
}

bool MainWindow::isShowingEmptyState() const
{
    return m_stack->currentWidget() == m_empty;
}

void MainWindow::paintEvent(QPaintEvent *event)
{
    QMainWindow::paintEvent(event);
    if (m_firstPaintDone)
        return;
    m_firstPaintDone = true;
    qCInfo(lcStartup) << "first paint of the window, engine started:"
                      << m_articleView->isEngineCreated();
    // Queued behind this paint: the whole window is on screen before Chromium starts.
    QTimer::singleShot(0, this, &MainWindow::afterFirstPaint);
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    // A window shown minimized or on a hidden desktop may not paint for a long while; the
    // refresh must not wait for that.
    QTimer::singleShot(2000, this, [this] {
        m_firstPaintDone = true;
        afterFirstPaint();
    });
}

void MainWindow::afterFirstPaint()
{
    if (m_started)
        return;
    m_started = true;
    m_articleView->ensureEngine();
    if (m_pendingArticle != 0)
        openArticle(std::exchange(m_pendingArticle, 0));
    // No request may set or send a cookie before the user has answered the cookie question.
    m_consent->whenDecided([this] {
        m_messages->start();
        m_refresh->startAutomatic();
    });
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    m_consent->abandon();
    // An open Settings dialog closes as if its Close button were pressed: what was typed in it
    // is kept, not lost with the window.
    if (SettingsDialog *settings = m_settingsController->dialog())
        settings->close();
    saveState();
    QMainWindow::closeEvent(event);
}

void MainWindow::onArticleSelected(qint64 id)
{
    updateActionStates();
    if (id == 0)
        return;
    if (!m_firstPaintDone) {
        m_pendingArticle = id;
        return;
    }
    openArticle(id);
}

void MainWindow::openArticle(qint64 id)
{
    m_articleView->showArticle(id);
    m_context.settings.setLastArticleId(id);
    m_marks->markRead(id);
    m_refresh->fetchPhotosOf(id); // photos the cache lacks, when online
}

void MainWindow::pageDownOrNext()
{
    if (m_articleView->currentArticle() != 0 && m_articleView->pageDown())
        return;
    m_list->moveBy(1);
}

void MainWindow::markAllRead()
{
    const QString key = m_sections->currentKey();
    const bool category = m_sectionModel->index(m_sectionModel->rowOfKey(key))
                              .data(SectionListModel::KindRole)
                              .toInt() == int(SectionListModel::Kind::Category);
    m_marks->markAllRead(category ? key : QString(), m_edition->shownFeeds());
    storeChanged();
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About iChongqing Reader"),
                       tr("iChongqing Reader %1\nNews from Chongqing, readable offline.\n%2")
                           .arg(appVersion(), siteHomepage()));
}

void MainWindow::retry()
{
    // Retry means "go online and fetch": it ends a chosen Work Offline too.
    if (m_context.network.isForcedOffline())
        m_actions->workOffline->setChecked(false);
    // The banner stays, saying it is checking, until an attempt succeeds.
    if (m_banner->isVisible())
        m_banner->showChecking();
    m_refresh->refreshNow();
    if (!m_refresh->isRunning()) // it could not start (no cookie answer yet)
        m_banner->checked(QDateTime::currentDateTime());
}

void MainWindow::storeChanged()
{
    // Read off the window's thread; the list keeps the reader's place when the rows arrive.
    m_list->reloadLater();
    m_sectionModel->reloadLater();
}

void MainWindow::editionChanged()
{
    m_list->setFeeds(m_edition->shownFeeds());
    m_sectionModel->setFeeds(m_edition->shownFeeds()); // a section the edition lacks gives All
    if (m_list->currentId() == 0)
        m_articleView->clear();
    m_banner->clear();
    updateNetworkState();
}

void MainWindow::updateNetworkState()
{
    const bool online = m_context.network.isOnline();
    {
        const QSignalBlocker blocker(m_actions->workOffline);
        m_actions->workOffline->setChecked(m_context.network.isForcedOffline());
    }
    if (!online)
        m_banner->showOffline(m_refresh->lastSuccess());
    else if (m_banner->isOffline())
        m_banner->clear();
    updateEmptyState();
}

void MainWindow::updateEmptyState()
{
    ArticleFilter shown;
    shown.feeds = m_edition->shownFeeds();
    const bool empty = ArticleQueries(m_context.database).count(shown, 1) == 0;
    if (!empty) {
        m_stack->setCurrentIndex(0);
        updateActionStates();
        return;
    }
    if (m_refresh->isRunning())
        m_empty->setReason(EmptyState::Reason::Fetching);
    else if (m_context.network.isForcedOffline())
        m_empty->setReason(EmptyState::Reason::WorkingOffline);
    else if (!m_context.network.isOnline())
        m_empty->setReason(EmptyState::Reason::Offline);
    else if (!m_refresh->lastError().isEmpty())
        m_empty->setReason(EmptyState::Reason::Failed, m_refresh->lastErrorWriter());
    else
        m_empty->setReason(EmptyState::Reason::NotYetFetched);
    m_stack->setCurrentWidget(m_empty);
    updateActionStates();
}

// Commands about "the article" wait for one; with nothing stored, only Refresh makes sense.
void MainWindow::updateActionStates()
{
    const bool reading = !isShowingEmptyState();
    const bool article = reading && m_list->currentId() != 0;
    const bool rows = reading && m_articleModel->rowCount() > 0;
    for (QAction *action :
         {m_actions->toggleRead, m_actions->toggleStar, m_actions->openInBrowser, m_actions->print,
          m_actions->exportPdf, m_actions->zoomIn, m_actions->zoomOut, m_actions->zoomReset})
        action->setEnabled(article);
    for (QAction *action : {m_actions->next, m_actions->previous, m_actions->nextUnread,
                            m_actions->pageDownOrNext, m_actions->markAllRead, m_actions->find})
        action->setEnabled(rows || (action == m_actions->find && reading));
}

void MainWindow::onRefreshFinished(const RefreshReport &report)
{
    m_thumbnails->forgetMissing();
    // New articles were shown as they were stored; whole articles and cleanup were not. A
    // rebuilt store is a new file, which the reader opens again.
    if (report.storeRebuilt && m_reader)
        m_reader->reopen();
    if (report.pagesFetched > 0 || report.storeRebuilt ||
        (report.cleanup && report.cleanup->articlesDeleted > 0))
        storeChanged();
    updateEmptyState();
    m_list->view()->viewport()->update();
    const bool anyOk = std::any_of(report.feeds.cbegin(), report.feeds.cend(),
                                   [](const FeedOutcome &feed) { return feed.ok; });
    m_banner->checked(QDateTime::currentDateTime());
    if (m_context.network.isOnline()) {
        if (!anyOk && !m_refresh->lastError().isEmpty())
            m_banner->showError(m_refresh->lastErrorWriter());
        else
            m_banner->clear();
    }
    if (report.added > 0 && !isActiveWindow())
        m_tray->notifyNewArticles(report.added);
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMainWindow::changeEvent(event);
}

bool MainWindow::isInterfaceChinese() const
{
    return m_edition->interfaceLanguage() == u"zh";
}

bool MainWindow::setInterfaceLanguage(const QString &code)
{
    if (!m_context.language || !m_context.language->apply(code))
        return false;
    m_context.settings.setLanguage(code);
    return true;
}

void MainWindow::switchLanguage()
{
    setInterfaceLanguage(isInterfaceChinese() ? QStringLiteral("en") : QStringLiteral("zh"));
}

void MainWindow::retranslateUi()
{
    setWindowTitle(tr("iChongqing Reader"));
    m_actions->retranslateUi();
    m_actions->setInterfaceChinese(isInterfaceChinese());
    // A passing message in the old language would linger for seconds; the refresh result and
    // the lists' dates are written again in the new one.
    statusBar()->clearMessage();
    if (m_refresh)
        m_refresh->retranslate();
    m_list->view()->viewport()->update();
    m_sections->viewport()->update();
}

} // namespace ichq::ui
