// Cold `ichongqing-reader --refresh` of a synthetic feed from a loopback server (wall time and
// peak RSS of the child), then a second refresh answered with 304.
// usage: bench_refresh APP ITEMS BODY_BYTES
#include "FeedSite.h"
#include "TestHttpServer.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>

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
        QStringList refresh{binary,
                            QStringLiteral("--refresh"),
                            QStringLiteral("--feed"),
                            site.feedUrl().toString(),
                            QStringLiteral("--data-dir"),
                            dir.path()};
        if (!images)
            refresh << QStringLiteral("--no-images");
        report(images ? "cold refresh with images" : "cold refresh, --no-images",
               runChild(refresh));
        report(images ? "second refresh (304)" : "second refresh (304), no img", runChild(refresh));
    }
    return 0;
}
