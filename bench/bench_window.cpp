// The reader window's figures:
//   startup APP ARTICLES  - cold start of the real binary to the first painted window with
//                           ARTICLES stored (median of 5 runs)
//   reader ARTICLES       - in-process: article open time (selection to page loaded, warm) for 50
//                           articles, then the memory of the whole process tree (this process and
//                           the Qt WebEngine processes it started)
#include "AppRefresh.h"
#include "FeedSite.h"
#include "NetworkStatus.h"
#include "common/DataPaths.h"
#include "common/Settings.h"
#include "privacy/ConsentState.h"
#include "store/ArticleQueries.h"
#include "store/ArticleStore.h"
#include "store/Database.h"
#include "store/ImageCache.h"
#include "ui/MainWindow.h"
#include "ui/ReaderServices.h"
#include "web/ArticleView.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cstdio>

using namespace ichq;

namespace {

// Stores `count` synthetic articles (with their photos cached) through a real refresh.
bool fillStore(const QString &dataDir, int count, const QString &app)
{
    test::TestHttpServer server;
    if (!server.start())
        return false;
    server.setLogRequests(false);
    test::FeedSite site(server, count, 1000); // 10,000 items stay under the 20 MB feed cap
    return bench::refreshWithApp(app, site.feedUrl(), dataDir);
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(values.size() / 2);
}

int startup(const QString &app, int count)
{
    QTemporaryDir dir;
    if (!fillStore(dir.path(), count, app))
        return 1;
    QList<double> seconds;
    for (int run = 0; run < 5; ++run) {
        QProcess reader;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("ichq.startup.info=true"));
        reader.setProcessEnvironment(env);
        reader.setProcessChannelMode(QProcess::MergedChannels);
        QElapsedTimer timer;
        timer.start();
        reader.start(app, {QStringLiteral("--offline"), QStringLiteral("--data-dir"), dir.path()});
        QByteArray err;
        while (!err.contains("first paint") && reader.waitForReadyRead(30000))
            err += reader.readAll();
        if (!err.contains("first paint"))
            return 1;
        seconds << double(timer.nsecsElapsed()) / 1e9;
        reader.kill();
        reader.waitForFinished();
    }
    std::printf("cold start to first painted window, %d articles stored: %.3f s (median of 5)\n",
                count, median(seconds));
    return 0;
}

// Memory of a process and all its descendants, from /proc (Linux): RSS counts shared pages in
// every process, PSS shares them out, so PSS is the fair total of a process tree.
struct Memory
{
    double rssMiB = 0;
    double pssMiB = 0;
};

double kibField(const QByteArray &text, const QByteArray &field)
{
    for (const QByteArray &line : text.split('\n')) {
        if (line.startsWith(field))
            return line.mid(field.size()).trimmed().split(' ').first().toDouble();
    }
    return 0;
}

QByteArray readProc(qint64 pid, const char *file)
{
    QFile f(QStringLiteral("/proc/%1/%2").arg(pid).arg(QLatin1String(file)));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

Memory treeMemory(qint64 pid)
{
    Memory memory;
    memory.rssMiB = kibField(readProc(pid, "status"), "VmRSS:") / 1024;
    memory.pssMiB = kibField(readProc(pid, "smaps_rollup"), "Pss:") / 1024;
    const QDir tasks(QStringLiteral("/proc/%1/task").arg(pid));
    for (const QString &task : tasks.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        QFile children(tasks.filePath(task) + QStringLiteral("/children"));
        if (!children.open(QIODevice::ReadOnly))
            continue;
        for (const QByteArray &child : children.readAll().split(' ')) {
            if (child.trimmed().isEmpty())
                continue;
            const Memory sub = treeMemory(child.trimmed().toLongLong());
            memory.rssMiB += sub.rssMiB;
            memory.pssMiB += sub.pssMiB;
        }
    }
    return memory;
}

int reader(const QString &app, int count)
{
    QTemporaryDir dir;
    if (!fillStore(dir.path(), count, app))
        return 1;
    const DataPaths paths(dir.path());
    ui::ReaderServices services(paths);
    if (!services.open())
        return 1;
    Database &database = services.database();
    services.network().setForcedOffline(true);
    // Answered already: the consent question would cover the window being measured.
    ConsentState(services.settings()).decide(ConsentState::Cookies::Declined);
    ui::MainWindow window(services.context());
    window.resize(1280, 800);
    window.show();
    web::ArticleView *view = window.articleView();
    QSignalSpy loaded(view, &web::ArticleView::articleLoaded);
    ArticleFilter filter;
    filter.limit = 51;
    const QList<ArticleSummary> rows = ArticleQueries(database).list(filter);
    QList<double> openMs;
    for (const ArticleSummary &row : rows) {
        QElapsedTimer timer;
        timer.start();
        window.openArticle(row.id);
        if (!loaded.wait(20000))
            return 1;
        openMs << double(timer.nsecsElapsed()) / 1e6;
    }
    const double first = openMs.takeFirst(); // starts Chromium: not a warm open
    std::printf("article open, first (engine start): %.0f ms\n", first);
    std::printf("article open, warm, median of %lld: %.1f ms, worst %.1f ms\n",
                static_cast<long long>(openMs.size()), median(openMs),
                *std::max_element(openMs.cbegin(), openMs.cend()));
    QTest::qWait(1000);
    const Memory memory = treeMemory(QCoreApplication::applicationPid());
    std::printf("process tree after opening %lld articles: PSS %.0f MiB, RSS sum %.0f MiB\n",
                static_cast<long long>(rows.size()), memory.pssMiB, memory.rssMiB);
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    web::registerSchemes();
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QApplication application(argc, argv);
    const QStringList args = application.arguments();
    if (args.size() != 4) {
        std::fprintf(stderr, "usage: bench_window startup|reader APP ARTICLES\n");
        return 2;
    }
    const int count = args.at(3).toInt();
    return args.at(1) == u"startup" ? startup(args.at(2), count) : reader(args.at(2), count);
}
