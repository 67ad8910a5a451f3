// Cold `ichongqing-reader --refresh` of a synthetic feed from a loopback server (wall time and
// peak RSS of the child), then a second refresh answered with 304.
// usage: bench_refresh APP ITEMS BODY_BYTES
//        bench_refresh APP wordpress POSTS   (an excerpt-only WordPress site: whole articles)
#include "FeedSite.h"
#include "TestHttpServer.h"
#include "WordPressSite.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

namespace {

struct Measure
{
    double seconds = 0;
    long peakKiB = 0;
    int exitCode = -1;
};

Measure runChild(const QStringList &args)
{
    QList<QByteArray> storage;
    for (const QString &arg : args)
        storage << arg.toLocal8Bit();
    std::vector<char *> argv;
    for (QByteArray &arg : storage)
        argv.push_back(arg.data());
    argv.push_back(nullptr);
    std::fflush(stdout); // or the child inherits and prints our buffered lines again
    QElapsedTimer timer;
    timer.start();
    const pid_t pid = fork();
    if (pid == 0) {
        // Quiet child: only its exit code and resource use matter here.
        freopen("/dev/null", "w", stdout);
        execv(argv[0], argv.data());
        _exit(127);
    }
    int status = 0;
    rusage usage{};
    wait4(pid, &status, 0, &usage);
    Measure m;
    m.seconds = double(timer.nsecsElapsed()) / 1e9;
    m.peakKiB = usage.ru_maxrss;
    m.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    return m;
}

void report(const char *what, const Measure &m)
{
    std::printf("%-28s %7.3f s  peak RSS %6.1f MiB  exit %d\n", what, m.seconds,
                double(m.peakKiB) / 1024.0, m.exitCode);
}

QStringList refreshArgs(const QString &binary, const QUrl &feed, const QString &dataDir)
{
    return {binary,          QStringLiteral("--refresh"),  QStringLiteral("--feed"),
            feed.toString(), QStringLiteral("--data-dir"), dataDir};
}

// Each post's page is downloaded, its story extracted, and its two photos cached. Five cold
// runs, each into a new folder; the median is the figure to quote.
int benchWholeArticles(const QString &binary, int posts)
{
    ichq::test::TestHttpServer server;
    if (!server.start())
        return 1;
    server.setLogRequests(false);
    ichq::test::WordPressSite site(server, posts, 10);
    std::printf("excerpt-only WordPress feed, %d posts (10 per feed page), whole articles with two "
                "photos each\n",
                posts);
    QList<double> seconds;
    for (int run = 0; run < 5; ++run) {
        QTemporaryDir dir;
        const Measure cold = runChild(refreshArgs(binary, site.feedUrl(), dir.path()));
        report("cold refresh, whole articles", cold);
        seconds << cold.seconds;
        if (run == 0)
            report("second refresh", runChild(refreshArgs(binary, site.feedUrl(), dir.path())));
    }
    std::sort(seconds.begin(), seconds.end());
    std::printf("median cold refresh: %.3f s\n", seconds.at(seconds.size() / 2));
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 4) {
        std::fprintf(stderr, "usage: bench_refresh APP ITEMS BODY_BYTES\n");
        return 2;
    }
    const QString binary = args.at(1);
    if (args.at(2) == u"wordpress")
        return benchWholeArticles(binary, args.at(3).toInt());
    const int items = args.at(2).toInt();
    ichq::test::TestHttpServer server;
    if (!server.start())
        return 1;
    server.setLogRequests(false);
    ichq::test::FeedSite site(server, items, args.at(3).toInt());
    // Warm the generated feed and photos so the first run measures the reader, not the server.
    runChild({binary, QStringLiteral("--parse"), site.feedUrl().toString()});

    std::printf("%d items, %d-byte bodies, two photos each\n", items, args.at(3).toInt());
    for (const bool images : {true, false}) {
        QTemporaryDir dir;
        QStringList refresh = refreshArgs(binary, site.feedUrl(), dir.path());
        if (!images)
            refresh << QStringLiteral("--no-images");
        report(images ? "cold refresh with images" : "cold refresh, --no-images",
               runChild(refresh));
        report(images ? "second refresh (304)" : "second refresh (304), no img", runChild(refresh));
    }
    return 0;
}
