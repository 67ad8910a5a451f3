// Stores one message and announces it, then waits to be killed. Used by tst_outbox_crash.
//   outbox_writer store <file>        : enqueue, print "STORED <id>", sleep
//   outbox_writer send <file> <url>   : enqueue, print "STORED <id>", post it, keep running
#include "outbox/MessageSender.h"
#include "outbox/Outbox.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QThread>

#include <cstdio>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 3)
        return 2;
    const bool send = args.at(1) == QLatin1String("send");
    if (send && args.size() != 4)
        return 2;
    ichq::Outbox outbox(args.at(2));
    if (!outbox.open())
        return 3;
    const QString id =
        outbox.enqueue({QStringLiteral("Crash Test"), QStringLiteral("crash@example.org"),
                        QStringLiteral("Killed"), QStringLiteral("Still here?"), true});
    if (id.isEmpty())
        return 4;
    std::fputs(qPrintable(QStringLiteral("STORED %1\n").arg(id)), stdout);
    std::fflush(stdout);
    if (!send) {
        for (;;)
            QThread::sleep(60); // killed before it ever posts
    }
    QNetworkAccessManager manager;
    ichq::MessageSender sender(outbox, &manager, QUrl(args.at(3)));
    sender.sendDue();
    return app.exec(); // killed while it waits for the answer
}
