#include "ContactServer.h"
#include "outbox/MessageSender.h"
#include "outbox/Outbox.h"

#include <QNetworkAccessManager>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace ichq;

// A process killed between storing a message and delivering it loses nothing, and the next run
// delivers it exactly once.
class TestOutboxCrash : public QObject
{
    Q_OBJECT
private slots:
    void killedBeforePostingIsSentOnce();
    void killedWaitingForTheAnswerIsSentOnce();

private:
    QString startWriter(QProcess &writer, const QStringList &args);
    void deliverWithNewSender(const QString &file, test::ContactServer &server, const QString &id);
};

QString TestOutboxCrash::startWriter(QProcess &writer, const QStringList &args)
{
    writer.start(QStringLiteral(ICHQ_OUTBOX_WRITER), args);
    if (!writer.waitForStarted() || !writer.waitForReadyRead(30000))
        return {};
    const QByteArray line = writer.readLine().trimmed();
    return line.startsWith("STORED ") ? QString::fromLatin1(line.mid(7)) : QString();
}

void TestOutboxCrash::deliverWithNewSender(const QString &file, test::ContactServer &server,
                                           const QString &id)
{
    Outbox outbox(file);
    QVERIFY(outbox.open());
    const auto left = outbox.message(id);
    QVERIFY(left);
    QCOMPARE(left->state, OutboxMessage::State::Queued);
    QCOMPARE(left->content.message, QStringLiteral("Still here?"));

    QNetworkAccessManager manager;
    MessageSender sender(outbox, &manager, server.endpoint());
    QSignalSpy sent(&sender, &MessageSender::messageSent);
    QTRY_COMPARE(sent.size(), 1);
    QCOMPARE(sent.first().first().toString(), id);
    QCOMPARE(outbox.message(id)->state, OutboxMessage::State::Sent);
    QTest::qWait(200);
    QCOMPARE(sent.size(), 1);
    QCOMPARE(server.accepted(), 1);
    QCOMPARE(server.acceptedKeys(), QList<QByteArray>{id.toLatin1()});
}

void TestOutboxCrash::killedBeforePostingIsSentOnce()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString file = dir.filePath(QStringLiteral("outbox.sqlite"));
    test::ContactServer server;
    QVERIFY(server.start());

    QProcess writer;
    const QString id = startWriter(writer, {QStringLiteral("store"), file});
    QVERIFY(!id.isEmpty());
    writer.kill(); // SIGKILL: no destructor, no close, no checkpoint
    QVERIFY(writer.waitForFinished());
    QCOMPARE(writer.exitStatus(), QProcess::CrashExit);
    QCOMPARE(server.http().requestCount(), 0);

    deliverWithNewSender(file, server, id);
    QCOMPARE(server.http().requestCount("/contact"), 1);
}

void TestOutboxCrash::killedWaitingForTheAnswerIsSentOnce()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString file = dir.filePath(QStringLiteral("outbox.sqlite"));
    test::ContactServer server;
    QVERIFY(server.start());
    // The server keeps the message but its answer never arrives.
    test::HttpResponse stalled = test::HttpResponse::ok("{}", "application/json");
    stalled.stallAfterBytes = 0;
    server.push(stalled, true);

    QProcess writer;
    const QString id =
        startWriter(writer, {QStringLiteral("send"), file, server.endpoint().toString()});
    QVERIFY(!id.isEmpty());
    QTRY_COMPARE(server.accepted(), 1);
    writer.kill();
    QVERIFY(writer.waitForFinished());

    deliverWithNewSender(file, server, id);
    QCOMPARE(server.http().requestCount("/contact"), 2); // sent twice, delivered once
}

QTEST_GUILESS_MAIN(TestOutboxCrash)
#include "tst_outbox_crash.moc"
