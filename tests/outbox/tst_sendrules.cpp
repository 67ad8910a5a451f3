#include "outbox/MessageSender.h"
#include "outbox/SendOutcome.h"

#include <QtTest>

using namespace ichq;

// The rules a message is sent by, without a server: how long to wait after a failure, what an
// answer means (sent, deferred, refused and why), and which addresses may receive a message.
// Delivery itself is tst_messagesender.
class TestSendRules : public QObject
{
    Q_OBJECT
private slots:
    void backOff();
    void decisions_data();
    void decisions();
    void endpointProblem_data();
    void endpointProblem();
};

void TestSendRules::backOff()
{
    QCOMPARE(MessageSender::backOffSeconds(0), 30);
    QCOMPARE(MessageSender::backOffSeconds(1), 30);
    QCOMPARE(MessageSender::backOffSeconds(2), 60);
    QCOMPARE(MessageSender::backOffSeconds(3), 120);
    QCOMPARE(MessageSender::backOffSeconds(7), 1920);
    QCOMPARE(MessageSender::backOffSeconds(8), 3600);
    QCOMPARE(MessageSender::backOffSeconds(1000), 3600);
}

void TestSendRules::decisions_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<bool>("transferFailed");
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("reason"); // checked when not empty

    const int sent = int(SendDecision::Kind::Sent);
    const int retry = int(SendDecision::Kind::Retry);
    const int failed = int(SendDecision::Kind::Failed);
    const QByteArray json = "application/json";
    const QByteArray text = "text/plain; charset=utf-8";
    QTest::newRow("200") << 200 << false << json << QByteArray() << sent << QString();
    QTest::newRow("204") << 204 << false << json << QByteArray() << sent << QString();
    QTest::newRow("200 cut mid-answer")
        << 200 << true << json << QByteArray() << retry << QString();
    QTest::newRow("no answer") << 0 << true << QByteArray() << QByteArray() << retry << QString();
    QTest::newRow("301") << 301 << false << text << QByteArray() << failed << QString();
    QTest::newRow("303") << 303 << false << text << QByteArray() << failed << QString();
    QTest::newRow("500") << 500 << false << text << QByteArray() << retry << QString();
    QTest::newRow("503") << 503 << false << text << QByteArray() << retry << QString();
    QTest::newRow("429") << 429 << false << text << QByteArray() << retry << QString();
    QTest::newRow("408") << 408 << false << text << QByteArray() << retry << QString();
    QTest::newRow("422 json") << 422 << false << json
                              << QByteArray(R"({"code":"bad","message":" Email  is invalid. "})")
                              << failed << QStringLiteral("Email is invalid.");
    QTest::newRow("400 text") << 400 << false << text << QByteArray("Subject is required") << failed
                              << QStringLiteral("Subject is required");
    QTest::newRow("400 no type") << 400 << false << QByteArray() << QByteArray("Too short")
                                 << failed << QStringLiteral("Too short");
    // No words of the server's own: a standard status says what it means, in the reader's
    // language; another one keeps the server's status text.
    QTest::newRow("403 html") << 403 << false << QByteArray("text/html")
                              << QByteArray("<html><body>Denied</body></html>") << failed
                              << QStringLiteral(
                                     "the server does not accept messages from here (HTTP 403)");
    QTest::newRow("404 long text")
        << 404 << false << text << QByteArray(400, 'x') << failed
        << QStringLiteral("the message address does not exist (HTTP 404)");
    QTest::newRow("422 nothing")
        << 422 << false << QByteArray() << QByteArray() << failed
        << QStringLiteral("the server did not accept what the message says (HTTP 422)");
    QTest::newRow("418 nothing") << 418 << false << QByteArray() << QByteArray() << failed
                                 << QStringLiteral("Forbidden");
}

void TestSendRules::decisions()
{
    QFETCH(int, status);
    QFETCH(bool, transferFailed);
    QFETCH(QByteArray, contentType);
    QFETCH(QByteArray, body);
    QFETCH(int, kind);
    QFETCH(QString, reason);
    SendReply reply;
    reply.httpStatus = status;
    reply.transferFailed = transferFailed;
    reply.contentType = contentType;
    reply.body = body;
    reply.reasonPhrase = "Forbidden"; // stands for whatever status text the server sent
    const SendDecision decision = decideSend(reply, QDateTime::currentDateTimeUtc());
    QCOMPARE(int(decision.kind), kind);
    if (decision.kind != SendDecision::Kind::Sent)
        QVERIFY(!decision.reason.isEmpty());
    if (!reason.isEmpty())
        QCOMPARE(decision.reason, reason);
    if (status == 418) {
        reply.reasonPhrase.clear();
        QCOMPARE(serverReason(reply), QStringLiteral("HTTP status 418"));
    }
}

void TestSendRules::endpointProblem_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("fine");
    QTest::newRow("https") << "https://www.ichongqing.info/wp-json/contact" << true;
    QTest::newRow("https upper case") << "HTTPS://WWW.ICHONGQING.INFO/contact" << true;
    QTest::newRow("http 127.0.0.1") << "http://127.0.0.1:8080/contact" << true;
    QTest::newRow("http 127.x.y.z") << "http://127.45.6.7/contact" << true;
    QTest::newRow("http ::1") << "http://[::1]:8080/contact" << true;
    QTest::newRow("http localhost") << "http://localhost/contact" << true;
    QTest::newRow("http LocalHost") << "http://LocalHost:99/contact" << true;
    QTest::newRow("http site") << "http://www.ichongqing.info/contact" << false;
    QTest::newRow("http private lan") << "http://192.168.1.10/contact" << false;
    QTest::newRow("http 0.0.0.0") << "http://0.0.0.0/contact" << false;
    QTest::newRow("http localhost lookalike") << "http://localhost.example.org/" << false;
    QTest::newRow("http 127 lookalike") << "http://127.0.0.1.example.org/" << false;
    QTest::newRow("ftp loopback") << "ftp://127.0.0.1/contact" << false;
    QTest::newRow("file") << "file:///tmp/contact" << false;
    QTest::newRow("no scheme") << "www.ichongqing.info/contact" << false;
    QTest::newRow("empty") << "" << false;
}

void TestSendRules::endpointProblem()
{
    QFETCH(QString, url);
    QFETCH(bool, fine);
    const QString problem = MessageSender::endpointProblem(QUrl(url));
    QCOMPARE(problem.isEmpty(), fine);
}

QTEST_GUILESS_MAIN(TestSendRules)
#include "tst_sendrules.moc"
