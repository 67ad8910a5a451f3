// The window's responsiveness while a refresh runs (issue 13). Needs a real X display (Xvfb)
// and xdotool: the keys go through the X server into the event queue, as a user's would.
//
//   xvfb-run -a -s "-screen 0 1600x1000x24" build/bench/bench_responsive APP [ITEMS]
//
// The store first holds ITEMS articles (default 1,000) with their photos. Then the feed lists
// ITEMS newer stories with 2 photos each and the window refreshes; while it does, `j` is
// pressed every 150 ms, each press timed from the key to the next article painted in the
// article view. When the refresh ends the feed lists newer stories again and the window
// refreshes again, until 20 presses fell inside refreshes. Prints p50, p95 and the worst, and
// the event loop's longest stall.
#include "AppRefresh.h"
#include "FeedSite.h"
#include "TestHttpServer.h"
#include "common/DataPaths.h"
#include "common/Settings.h"
#include "privacy/ConsentState.h"
#include "ui/MainWindow.h"
#include "ui/ReaderServices.h"
#include "ui/RefreshController.h"
#include "web/ArticleView.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <cstdio>

using namespace ichq;

namespace {

constexpr int kPresses = 20;
constexpr int kPauseMs = 150;    // between presses: a reader skimming the headlines
constexpr int kGiveUpMs = 30000; // a press that shows nothing by then counts as this
constexpr int kMaxRefreshes = 20;

bool xdotool(const QStringList &args)
{
    return QProcess::execute(QStringLiteral("xdotool"), args) == 0;
}

// Remembers when the widget (the view's render surface) last painted.
class PaintClock : public QObject
{
public:
    explicit PaintClock(const QElapsedTimer &clock) : m_clock(clock) {}
    qint64 lastPaintNs() const { return m_lastPaintNs; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint || event->type() == QEvent::UpdateRequest)
            m_lastPaintNs = m_clock.nsecsElapsed();
        return QObject::eventFilter(watched, event);
    }

private:
    const QElapsedTimer &m_clock;
    qint64 m_lastPaintNs = 0;
};

// The longest the event loop went without running a 5 ms timer: what blocks the window.
class EventLoopWatch
{
public:
    explicit EventLoopWatch(const QElapsedTimer &clock) : m_lastBeat(clock.nsecsElapsed())
    {
        QObject::connect(&m_heartbeat, &QTimer::timeout, [this, &clock] {
            const qint64 now = clock.nsecsElapsed();
            m_longestMs = qMax(m_longestMs, double(now - m_lastBeat) / 1e6);
            m_lastBeat = now;
        });
        m_heartbeat.start(5);
    }
    double longestStallMs() const { return m_longestMs; }

private:
    QTimer m_heartbeat;
    qint64 m_lastBeat;
    double m_longestMs = 0;
};

// Times every event the loop delivers, outermost only, and keeps the slowest: what the window
// was doing when a press had to wait (a queued signal names its receiver's class, a timer its
// owner's).
class TimedApplication : public QApplication
{
public:
    using QApplication::QApplication;

    void startTiming() { m_timing = true; }

    bool notify(QObject *receiver, QEvent *event) override
    {
        // Only the window's thread: the refresh's threads deliver their own events.
        if (!m_timing || m_depth > 0 || QThread::currentThread() != thread())
            return QApplication::notify(receiver, event);
        ++m_depth;
        QElapsedTimer timer;
        timer.start();
        const bool result = QApplication::notify(receiver, event);
        const double ms = double(timer.nsecsElapsed()) / 1e6;
        --m_depth;
        if (ms >= kReportMs)
            m_slow.append({ms, describe(receiver, event)});
        return result;
    }

    void printSlowest(int count)
    {
        std::sort(m_slow.begin(), m_slow.end(),
                  [](const Slow &a, const Slow &b) { return a.ms > b.ms; });
        std::printf("events over %.0f ms: %lld\n", kReportMs,
                    static_cast<long long>(m_slow.size()));
        for (qsizetype i = 0; i < qMin<qsizetype>(count, m_slow.size()); ++i)
            std::printf("  %5.0f ms  %s\n", m_slow.at(i).ms, qPrintable(m_slow.at(i).what));
    }

private:
    struct Slow
    {
        double ms;
        QString what;
    };
    static constexpr double kReportMs = 20;

    static QString describe(QObject *receiver, QEvent *event)
    {
        QString what = QString::fromLatin1(receiver->metaObject()->className());
        if (!receiver->objectName().isEmpty())
            what += QLatin1Char('/') + receiver->objectName();
        if (event->type() == QEvent::MetaCall)
            what += QStringLiteral(" queued call");
        else if (event->type() == QEvent::Timer)
            what += QStringLiteral(" timer");
        else
            what += QStringLiteral(" event ") + QString::number(int(event->type()));
        return what;
    }

    bool m_timing = false;
    int m_depth = 0;
    QList<Slow> m_slow;
};

double percentile(QList<double> values, double p)
{
    std::sort(values.begin(), values.end());
    return values.at(qMin(values.size() - 1, qsizetype(p * double(values.size()))));
}

// Presses `j` and waits for the article it opens to be loaded and painted; milliseconds.
double timeOnePress(web::ArticleView *view, QSignalSpy &loaded, const QElapsedTimer &clock,
                    const PaintClock &paints)
{
    loaded.clear();
    // From the moment xdotool has handed the key to the X server, as a keyboard would: its own
    // start-up (20-40 ms here) is not the reader's.
    if (!xdotool({QStringLiteral("key"), QStringLiteral("j")}))
        return -1;
    const qint64 pressed = clock.nsecsElapsed();
    QElapsedTimer waited;
    waited.start();
    while (loaded.isEmpty() && waited.elapsed() < kGiveUpMs)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 5);
    if (loaded.isEmpty())
        return kGiveUpMs;
    const qint64 loadedAt = clock.nsecsElapsed();
    // The frame that shows it; a page painted before loadFinished is already on screen.
    while (paints.lastPaintNs() < loadedAt && clock.nsecsElapsed() - loadedAt < 1000000000)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 5);
    Q_UNUSED(view);
    return double(qMax(paints.lastPaintNs(), loadedAt) - pressed) / 1e6;
}

int run(const QString &app, int items)
{
    test::TestHttpServer server;
    if (!server.start())
        return 1;
    server.setLogRequests(false);
    test::FeedSite site(server, items, 3000);
    QTemporaryDir dir;
    if (!bench::refreshWithApp(app, site.feedUrl(), dir.path()))
        return 1;

    const DataPaths paths(dir.path());
    ui::ReaderServices services(paths);
    if (!services.open())
        return 1;
    services.settings().setFeedsFor(QStringLiteral("en"), {site.feedUrl()});
    ConsentState(services.settings()).decide(ConsentState::Cookies::Declined);
    services.network().setForcedOffline(true);
    ui::MainWindow window(services.context());
    window.resize(1280, 800);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        return 1;
    const QString id = QString::number(window.winId());
    xdotool({QStringLiteral("windowactivate"), QStringLiteral("--sync"), id});
    xdotool({QStringLiteral("windowfocus"), QStringLiteral("--sync"), id});

    ui::RefreshController *refresh = window.refreshController();
    web::ArticleView *view = window.articleView();
    QSignalSpy loaded(view, &web::ArticleView::articleLoaded);
    QElapsedTimer clock;
    clock.start();
    PaintClock paints(clock);

    // The first article starts the engine: opened, untimed, before the refresh is let go.
    if (timeOnePress(view, loaded, clock, paints) < 0) {
        std::fprintf(stderr, "xdotool failed\n");
        return 1;
    }
    // The engine's surface exists now: its paints mark an article on screen.
    for (QWidget *child : view->findChildren<QWidget *>())
        child->installEventFilter(&paints);
    QTest::qWait(500);
    services.network().setForcedOffline(false);
    // Going online may start a refresh of its own: the measured ones begin after it.
    if (!QTest::qWaitFor([&] { return !refresh->isRunning(); }, 600000))
        return 1;
    const EventLoopWatch watch(clock);
    auto *timedApp = static_cast<TimedApplication *>(qApp);
    timedApp->startTiming();
    QList<double> ms;
    int refreshes = 0;
    int finished = 0;
    double refreshSeconds = 0;
    QElapsedTimer refreshClock;
    QObject::connect(refresh, &ui::RefreshController::refreshFinished, &window, [&] {
        refreshSeconds += double(refreshClock.elapsed()) / 1000;
        ++finished;
    });
    // Every press falls inside a refresh: when one ends, the feed lists newer stories again.
    while (ms.size() < kPresses && refreshes < kMaxRefreshes) {
        if (!refresh->isRunning()) {
            site.setFirstItem(items * (refreshes + 1));
            site.prepare();
            refreshClock.start();
            refresh->refreshNow();
            ++refreshes;
            if (!refresh->isRunning())
                return 1;
        }
        QTest::qWait(kPauseMs);
        if (!refresh->isRunning())
            continue;
        ms << timeOnePress(view, loaded, clock, paints);
        std::fprintf(stderr, "press %2lld in refresh %d at %.2f s: %.0f ms\n",
                     static_cast<long long>(ms.size()), refreshes,
                     double(clock.elapsed()) / 1000 - ms.last() / 1000, ms.last());
    }
    if (!QTest::qWaitFor([&] { return !refresh->isRunning(); }, 600000))
        return 1;
    std::printf("key to article painted, %lld presses of j during %d refreshes of %d new items "
                "each: p50 %.0f ms, p95 %.0f ms, worst %.0f ms; a refresh took %.1f s on "
                "average\n",
                static_cast<long long>(ms.size()), refreshes, items, percentile(ms, 0.5),
                percentile(ms, 0.95), percentile(ms, 1.0), refreshSeconds / qMax(1, finished));
    std::printf("longest stall of the event loop: %.0f ms\n", watch.longestStallMs());
    timedApp->printSlowest(8);
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    web::registerSchemes();
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    TimedApplication application(argc, argv);
    const QStringList args = application.arguments();
    if (args.size() < 2 || args.size() > 3) {
        std::fprintf(stderr, "usage: bench_responsive APP [ITEMS]\n");
        return 2;
    }
    return run(args.at(1), args.size() == 3 ? args.at(2).toInt() : 1000);
}
