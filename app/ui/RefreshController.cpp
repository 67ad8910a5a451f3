#include "RefreshController.h"

#include "BackgroundRefresher.h"
#include "ContentEdition.h"
#include "NetworkStatus.h"
#include "StatusArea.h"
#include "UserInputWatcher.h"
#include "common/DateText.h"
#include "common/Settings.h"
#include "privacy/ConsentState.h"
#include "store/Database.h"
#include "store/FeedStateStore.h"
#include "store/ImageCache.h"

#include <QLocale>
#include <QNetworkInformation>
#include <QTimer>

#include <algorithm>
#include <utility>

namespace ichq::ui {

namespace {

// NetworkStatus also turns offline when the last refresh reached no server. Only another try
// can end that, so an automatic refresh still tries when the system itself reports a network
// (or cannot tell); it is skipped when the user chose to work offline or the system has none.
bool systemSaysOffline()
{
    const QNetworkInformation *info = QNetworkInformation::instance();
    return info && info->supports(QNetworkInformation::Feature::Reachability) &&
           info->reachability() == QNetworkInformation::Reachability::Disconnected;
}

} // namespace

RefreshController::RefreshController(const ReaderContext &context, const ContentEdition *edition,
                                     StatusArea *status, QObject *parent)
    : QObject(parent), m_context(context), m_edition(edition), m_status(status),
      m_refresher(new BackgroundRefresher(context.paths, this)),
      m_userInput(new UserInputWatcher(this)), m_timer(new QTimer(this)),
      m_announceTimer(new QTimer(this))
{
    m_timer->setTimerType(Qt::VeryCoarseTimer);
    connect(m_timer, &QTimer::timeout, this, &RefreshController::automaticTick);
    connect(m_refresher, &BackgroundRefresher::started, this, [this] {
        if (m_fetchingPhotosOf != 0 || m_cleaningUp)
            return; // quiet: not a refresh
        RefreshProgress progress;
        progress.feedsTotal = m_feedsTotal;
        m_status->showProgress(progress);
        emit runningChanged(true);
    });
    // Show new and whole articles as they are stored; their photos follow.
    m_announceTimer->setSingleShot(true);
    connect(m_announceTimer, &QTimer::timeout, this, &RefreshController::announceStored);
    connect(m_refresher, &BackgroundRefresher::articlesStored, this, [this] {
        if (!m_announceTimer->isActive()) // the second counts from the first unannounced store
            m_storedWaiting.start();
        announceStored();
    });
    connect(m_refresher, &BackgroundRefresher::progress, this,
            [this](const RefreshProgress &progress) {
                if (m_fetchingPhotosOf == 0 && !m_cleaningUp)
                    m_status->showProgress(progress);
            });
    connect(m_refresher, &BackgroundRefresher::finished, this, &RefreshController::onFinished);
    connect(&m_context.network, &NetworkStatus::onlineChanged, this, [this](bool online) {
        if (online && m_timer->isActive())
            start(true); // back online: catch up now rather than at the next tick
    });
    connect(m_edition, &ContentEdition::changed, this, &RefreshController::editionChanged);
    setIntervalMinutes(m_context.settings.refreshIntervalMinutes());
    m_status->showResult(idleText());
}

QString RefreshController::idleText() const
{
    const QDateTime last = lastSuccess();
    return last.isValid() ? tr("Updated %1").arg(savedAtText(last)) : QString();
}

void RefreshController::retranslate()
{
    if (isRunning())
        return; // the status area writes its progress again itself
    m_status->showResult(m_finishedAt.isNull() ? idleText() : resultText(m_lastReport));
}

// The refresher, a child, cancels its refresh when deleted after this: nothing may pause it then.
RefreshController::~RefreshController()
{
    m_userInput->release();
}

// The lists read the new articles again once the user pauses (at most a second later): reading
// a thousand new rows while an article was being opened delayed it by 50-100 ms.
void RefreshController::announceStored()
{
    constexpr int kMaxWaitMs = 1000;
    if (m_userInput->activity()->isActive() && m_storedWaiting.elapsed() < kMaxWaitMs) {
        m_announceTimer->start(50);
        return;
    }
    m_announceTimer->stop();
    emit articlesChanged();
}

void RefreshController::startAutomatic()
{
    m_automatic = true;
    // Settings: 0 minutes means "never automatically", the refresh at start included.
    if (m_intervalMinutes == 0)
        return;
    m_timer->start();
    automaticTick();
}

void RefreshController::refreshNow()
{
    start(false);
}

bool RefreshController::isRunning() const
{
    return m_refresher->isRunning();
}

void RefreshController::setIntervalMinutes(int minutes)
{
    m_intervalMinutes = qMax(0, minutes);
    const bool wasActive = m_timer->isActive();
    m_timer->setInterval(std::chrono::minutes(qMax(1, m_intervalMinutes)));
    if (m_intervalMinutes == 0)
        m_timer->stop();
    else if (wasActive || m_automatic)
        m_timer->start(); // from "manually only" to a number in Settings: the timer starts
}

void RefreshController::setPersistentCookies(bool persistent)
{
    m_refresher->setPersistentCookies(persistent);
}

QDateTime RefreshController::lastSuccess() const
{
    QDateTime newest;
    const FeedStateStore states(m_context.database);
    for (const QUrl &feed : m_edition->feeds()) {
        const QDateTime success = states.state(feed).lastSuccess;
        if (success.isValid() && (!newest.isValid() || success > newest))
            newest = success;
    }
    return newest;
}

bool RefreshController::isDue(const QList<QUrl> &feeds) const
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const FeedStateStore states(m_context.database);
    return std::any_of(feeds.cbegin(), feeds.cend(), [&](const QUrl &feed) {
        const QDateTime success = states.state(feed).lastSuccess;
        return !success.isValid() || success.secsTo(now) >= qint64(m_intervalMinutes) * 60;
    });
}

void RefreshController::editionChanged()
{
    // Only where refreshing is automatic anyway; "manually only" stays manual.
    if (!m_automatic || m_intervalMinutes == 0 || !isDue(m_edition->feeds()))
        return;
    if (isRunning()) {
        m_editionPending = true; // the running refresh is for the other edition
        return;
    }
    automaticTick();
}

void RefreshController::automaticTick()
{
    if (m_context.network.isForcedOffline() || systemSaysOffline())
        return;
    start(true);
}

void RefreshController::start(bool automatic)
{
    // A fetch may set or send cookies: none before the user answered the cookie question.
    if (isRunning() || m_context.consent.needsAsking())
        return;
    RefreshOptions options;
    options.feeds = m_edition->feeds();
    options.backOffAfterFailures = automatic;
    options.wholeArticles = m_context.settings.wholeArticles();
    options.retention = m_context.settings.retention();
    options.userActivity = m_userInput->activity();
    // The refresh thread's own jar follows the same choice, read afresh for every refresh so a
    // withdrawal in Settings applies to the very next one.
    m_refresher->setPersistentCookies(m_context.consent.cookies() ==
                                      ConsentState::Cookies::Accepted);
    m_feedsTotal = int(options.feeds.size());
    m_refresher->refresh(options);
}

// An article opened online whose photos the cache lacks (past the refresh's budget, failed,
// deleted by hand): they are fetched now, quietly, in the refresh thread.
bool RefreshController::fetchPhotosOf(qint64 articleId)
{
    // The reader goes to the network by itself only when refreshing is automatic.
    const bool automatic = m_automatic && m_intervalMinutes > 0;
    if (articleId <= 0 || !automatic || isRunning() || m_context.consent.needsAsking() ||
        !m_context.network.isOnline() || m_context.images.missingFor(articleId).isEmpty())
        return false;
    RefreshOptions options;
    options.photosOfArticle = articleId;
    options.imageStageDeadlineMs = 20000; // the user is waiting to refresh, perhaps
    m_fetchingPhotosOf = articleId;
    m_refresher->setPersistentCookies(m_context.consent.cookies() ==
                                      ConsentState::Cookies::Accepted);
    return m_refresher->refresh(options);
}

bool RefreshController::cleanUpNow()
{
    if (isRunning())
        return false;
    RefreshOptions options;
    options.cleanupOnly = true;
    options.retention = m_context.settings.retention();
    // Set before refresh(): its started() signal, emitted inside, must already see a cleanup.
    m_cleaningUp = true;
    m_cleaningUp = m_refresher->refresh(options);
    return m_cleaningUp;
}

void RefreshController::onFinished(const RefreshReport &report)
{
    if (report.cleanupOnly) {
        m_cleaningUp = false;
        if (report.cleanup)
            emit cleanedUp(*report.cleanup);
        return;
    }
    if (report.photosOfArticle != 0) {
        m_fetchingPhotosOf = 0;
        if (report.imagesFetched > 0)
            emit photosArrived(report.photosOfArticle);
        return;
    }
    m_lastReport = report;
    m_lastError.clear();
    m_describeLastError = {};
    for (const FeedOutcome &feed : report.feeds) {
        if (!feed.ok && !feed.error.isEmpty()) {
            m_lastError = feed.error;
            m_describeLastError = feed.describeError;
            break;
        }
    }
    if (report.storeRebuilt) {
        // The refresh thread replaced the damaged file: this thread's connection still reads it.
        QString error;
        if (!m_context.database.open(m_context.paths.databaseFile(), &error))
            m_lastError = error;
        emit articlesChanged();
    }
    m_context.network.reportRefresh(report);
    m_finishedAt = QTime::currentTime();
    m_status->showResult(resultText(report));
    if (report.imagesFetched > 0)
        emit imagesArrived();
    emit runningChanged(false);
    emit refreshFinished(report);
    if (std::exchange(m_editionPending, false))
        editionChanged();
}

QString RefreshController::resultText(const RefreshReport &report) const
{
    // Damage found and repaired says so first, whatever else happened.
    if (!report.storeNotice.isEmpty())
        return report.storeNotice;
    if (!m_lastError.isEmpty())
        return tr("Refresh failed: %1").arg(lastError());
    const QString when = shortTimeText(m_finishedAt.isNull() ? QTime::currentTime() : m_finishedAt);
    if (report.added > 0)
        return tr("Updated at %1 · %n new article(s)", nullptr, report.added).arg(when);
    return tr("Updated at %1 · no new articles").arg(when);
}

} // namespace ichq::ui
