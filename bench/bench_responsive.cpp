// The window's responsiveness while a refresh runs (issue 13). Needs a real X display (Xvfb)
// and xdotool: the keys go through the X server into the event queue, as a user's would.
//
//   xvfb-run -a -s "-screen 0 1600x1000x24" build/bench/bench_responsive APP [ITEMS]
//
// The store first holds ITEMS articles (default 1,000) with their photos. Then the feed lists
// ITEMS newer stories with 2 photos each, the window starts and refreshes, and while it does
// `j` is pressed 20 times. Each press is timed from the key to the next article painted in the
// article view. Prints p50, p95 and the worst, and how many presses fell inside the refresh.
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
#include <QTimer>

#include <algorithm>
#include <cstdio>

using namespace ichq;

namespace {

constexpr int kPresses = 20;
constexpr int kPauseMs = 150;    // between presses: a reader skimming the headlines
constexpr int kGiveUpMs = 30000; // a press that shows nothing by then counts as this

bool fillStore(const QString &app, const QUrl &feed, const QString &dataDir)
{
    QProcess refresh;
    refresh.start(app, {QStringLiteral("--refresh"), QStringLiteral("--feed"), feed.toString(),
                        QStringLiteral("--data-dir"), dataDir});
    return refresh.waitForFinished(600000) && refresh.exitCode() == 0;
}

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
    const qint64 pressed = clock.nsecsElapsed();
    if (!xdotool({QStringLiteral("key"), QStringLiteral("j")}))
        return -1;
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
    if (!fillStore(app, site.feedUrl(), dir.path()))
        return 1;
    site.setFirstItem(items); // the refresh under test brings `items` new stories
    site.prepare();

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
    QSignalSpy finished(refresh, &ui::RefreshController::refreshFinished);
    web::ArticleView *view = window.articleView();
    QSignalSpy loaded(view, &web::ArticleView::articleLoaded);
    QElapsedTimer clock;
    clock.start();
    PaintClock paints(clock);
    for (QWidget *child : view->findChildren<QWidget *>())
        child->installEventFilter(&paints);
    view->installEventFilter(&paints);

    // The first article starts the engine: opened, untimed, before the refresh is let go.
    if (timeOnePress(view, loaded, clock, paints) < 0) {
        std::fprintf(stderr, "xdotool failed\n");
        return 1;
    }
    services.network().setForcedOffline(false);
    refresh->refreshNow();
    const double refreshStarted = double(clock.elapsed()) / 1000;
    double refreshEndedAt = 0;
    QObject::connect(refresh, &ui::RefreshController::refreshFinished, &window,
                     [&] { refreshEndedAt = double(clock.elapsed()) / 1000; });
    // The longest the event loop went without running a 5 ms timer: what blocks the window.
    QTimer heartbeat;
    qint64 lastBeat = clock.nsecsElapsed();
    double longestStallMs = 0;
    double longestStallAt = 0;
    QObject::connect(&heartbeat, &QTimer::timeout, [&] {
        const qint64 now = clock.nsecsElapsed();
        if (double(now - lastBeat) / 1e6 > longestStallMs) {
            longestStallMs = double(now - lastBeat) / 1e6;
            longestStallAt = double(lastBeat) / 1e9 - refreshStarted;
        }
        lastBeat = now;
    });
    heartbeat.start(5);
    QList<double> ms;
    int duringRefresh = 0;
    for (int press = 0; press < kPresses; ++press) {
        QTest::qWait(kPauseMs);
        const bool running = refresh->isRunning();
        const double at = double(clock.elapsed()) / 1000;
        ms << timeOnePress(view, loaded, clock, paints);
        duringRefresh += running ? 1 : 0;
        std::fprintf(stderr, "press %2d at %5.1f s%s: %.0f ms\n", press + 1, at - refreshStarted,
                     running ? " (refreshing)" : "", ms.last());
    }
    const bool refreshEnded = QTest::qWaitFor([&] { return !finished.isEmpty(); }, 600000);
    std::printf("key to article painted, %d presses of j (%d during the refresh of %d new "
                "items): p50 %.0f ms, p95 %.0f ms, worst %.0f ms; the refresh took %.1f s\n",
                kPresses, duringRefresh, items, percentile(ms, 0.5), percentile(ms, 0.95),
                percentile(ms, 1.0), refreshEnded ? refreshEndedAt - refreshStarted : -1.0);
    std::printf("longest stall of the event loop: %.0f ms, %.1f s after the refresh started\n",
                longestStallMs, longestStallAt);
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    web::registerSchemes();
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QApplication application(argc, argv);
    const QStringList args = application.arguments();
    if (args.size() < 2 || args.size() > 3) {
        std::fprintf(stderr, "usage: bench_responsive APP [ITEMS]\n");
        return 2;
    }
    return run(args.at(1), args.size() == 3 ? args.at(2).toInt() : 1000);
}
