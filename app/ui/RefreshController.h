#pragma once

#include "ReaderContext.h"
#include "RefreshTypes.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTime>

class QTimer;

namespace ichq {
class BackgroundRefresher;
}

namespace ichq::ui {

class ContentEdition;
class StatusArea;
class UserInputWatcher;

// When to refresh and what to tell the reader about it: after the first paint, every N
// minutes (Settings), when asked, and when the reader switches to an edition that is due. Always
// the feeds of the edition being read. Automatic refreshes are skipped while offline; the work
// itself runs in BackgroundRefresher's thread. Never shows a dialog.
class RefreshController : public QObject
{
    Q_OBJECT
public:
    RefreshController(const ReaderContext &context, const ContentEdition *edition,
                      StatusArea *status, QObject *parent = nullptr);
    ~RefreshController() override;

    void startAutomatic(); // the first refresh (when online) and the timer
    bool isAutomatic() const { return m_automatic; } // startAutomatic() was called
    void refreshNow(); // the user asked: runs even after failures, no back-off
    // Fetches the photos of an article opened online that the cache cannot show; false when
    // there are none, or it cannot now (offline, a refresh running, no cookie answer yet).
    bool fetchPhotosOf(qint64 articleId);
    // Applies the retention policy now, in the refresh thread; false while a refresh runs.
    // cleanedUp() follows.
    bool cleanUpNow();
    bool isRunning() const;
    void setIntervalMinutes(int minutes);
    // The cookie choice changed: the refresh thread's jar follows at once, mid-refresh too.
    void setPersistentCookies(bool persistent);
    int intervalMinutes() const { return m_intervalMinutes; }

    // The newest successful fetch of a feed of the edition being read; invalid if none.
    QDateTime lastSuccess() const;
    // Writes lastError() again whenever called, in the language in effect then.
    std::function<QString()> lastErrorWriter() const
    {
        if (m_describeLastError)
            return m_describeLastError;
        return [error = m_lastError] { return error; };
    }
    // Of the last refresh, in the language in effect now; empty if it worked.
    QString lastError() const { return m_describeLastError ? m_describeLastError() : m_lastError; }
    const RefreshReport &lastReport() const { return m_lastReport; }
    // The language changed: the status line's result is written again in the new one.
    void retranslate();

signals:
    void runningChanged(bool running);
    void articlesChanged(); // a feed stored new or changed articles
    void imagesArrived();
    void photosArrived(qint64 articleId); // fetchPhotosOf() brought some
    void refreshFinished(const ichq::RefreshReport &report);
    void cleanedUp(const ichq::CleanupReport &report); // after cleanUpNow()

private:
    void automaticTick();
    void editionChanged(); // fetches the new edition now when the timer would have by now
    bool isDue(const QList<QUrl> &feeds) const;
    void start(bool automatic);
    void onFinished(const ichq::RefreshReport &report);
    void announceStored();
    QString resultText(const RefreshReport &report) const;
    QString idleText() const; // before any refresh of this run

    ReaderContext m_context;
    const ContentEdition *m_edition;
    StatusArea *m_status;
    BackgroundRefresher *m_refresher;
    UserInputWatcher *m_userInput; // refreshes pause while the user acts
    QTimer *m_timer;
    QTimer *m_announceTimer;       // articlesChanged() waits for the user to pause
    QElapsedTimer m_storedWaiting; // since articles were stored and not yet announced
    int m_intervalMinutes = 30;
    bool m_automatic = false;
    bool m_editionPending = false; // the edition changed during a refresh
    int m_feedsTotal = 0;
    qint64 m_fetchingPhotosOf = 0; // a photos-only run is going on for this article
    bool m_cleaningUp = false;     // a cleanup-only run is going on
    QString m_lastError;
    std::function<QString()> m_describeLastError; // writes m_lastError in the language now
    RefreshReport m_lastReport;
    QTime m_finishedAt; // of the last refresh of this run; null before one
};

} // namespace ichq::ui
