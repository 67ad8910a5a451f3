#include "ContactServer.h"
#include "net/Fetcher.h"
#include "outbox/MessageSender.h"
#include "outbox/Outbox.h"

#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace ichq;
using test::HttpResponse;

namespace {

MessageDraft sampleDraft()
{
    // '+', '&', '=' and non-ASCII must arrive as written.
    return {QStringLiteral("Li Wei"), QStringLiteral("li+news@example.org"),
            QStringLiteral("Fares & times = ?"), QStringLiteral("1+1 is 2.\n重庆 50% off"), true};
}

qint64 secondsUntil(const QDateTime &when)
{
    return QDateTime::currentDateTimeUtc().secsTo(when);
}

// What an older version, which checked lengths only in the dialog, may have left in the file.
bool overwriteStoredBody(const QString &file, const QString &id, const QString &body)
{
    bool ok = false;
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("old"));
        db.setDatabaseName(file);
        QSqlQuery query(db);
        ok = db.open() && query.prepare(QStringLiteral("UPDATE message SET body = ? WHERE id = ?"));
        query.addBindValue(body);
        query.addBindValue(id);
        ok = ok && query.exec() && query.numRowsAffected() == 1;
    }
    QSqlDatabase::removeDatabase(QStringLiteral("old"));
    return ok;
}

} // namespace

class TestMessageSender : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void delivers();
    void serverErrorThenSuccessDeliversOnce();
    void retryAfterIsHonoured();
    void wakesItselfWhenDue();
    void timeoutBeforeTheServerAnswers();
    void timeoutAfterTheServerAcceptedDeliversOnce();
    void offlineThenOnline();
    void networkFailureRetriedOnReconnect();
    void redirectIsNotSuccess();
    void clientErrorFailsWithReason_data();
    void clientErrorFailsWithReason();
    void oneAtATimeInOrder();
    void plainHttpEndpointIsRefused();
    void overLongStoredMessageIsNotPosted();
    void droppedAfterTheBodyIsOnePostPerAttempt();
    void droppedEveryTimeIsNeverReplayedByQt();
    void longestMessageArrivesWhole();

private:
    std::unique_ptr<MessageSender> makeSender(const QUrl &endpoint);
    OutboxMessage stored(const QString &id) const { return *m_outbox->message(id); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Outbox> m_outbox;
    std::unique_ptr<QNetworkAccessManager> m_manager;
    std::unique_ptr<test::ContactServer> m_server;
};

void TestMessageSender::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_outbox = std::make_unique<Outbox>(m_dir->filePath(QStringLiteral("outbox.sqlite")));
    QVERIFY(m_outbox->open());
    m_manager = std::make_unique<QNetworkAccessManager>();
    m_server = std::make_unique<test::ContactServer>();
    QVERIFY(m_server->start());
}

void TestMessageSender::cleanup()
{
    m_server.reset();
    m_manager.reset();
    m_outbox.reset();
}

std::unique_ptr<MessageSender> TestMessageSender::makeSender(const QUrl &endpoint)
{
    auto sender = std::make_unique<MessageSender>(*m_outbox, m_manager.get(), endpoint);
    sender->setTransferTimeout(2000);
    return sender;
}

void TestMessageSender::delivers()
{
    const QString id = m_outbox->enqueue(sampleDraft());
    auto sender = makeSender(m_server->endpoint());
    QSignalSpy sent(sender.get(), &MessageSender::messageSent);
    QTRY_COMPARE(sent.size(), 1);
    QCOMPARE(sent.first().first().toString(), id);

    const OutboxMessage message = stored(id);
    QCOMPARE(message.state, OutboxMessage::State::Sent);
    QVERIFY(message.sentAt.isValid());
    QCOMPARE(message.attempts, 1);
    QCOMPARE(m_server->accepted(), 1);

    const test::HttpRequest request = m_server->http().lastRequest("/contact");
    QCOMPARE(request.method, QByteArray("POST"));
    QCOMPARE(request.header("content-type"), QByteArray("application/x-www-form-urlencoded"));
    QCOMPARE(request.header("idempotency-key"), id.toLatin1());
    QCOMPARE(request.header("user-agent"), Fetcher::userAgent());
    QVERIFY(!request.body.contains('+')); // '+' would read as a space
    const QMap<QString, QString> form = m_server->acceptedForms().first();
    QCOMPARE(form.keys(), QStringList({QStringLiteral("email"), QStringLiteral("message"),
                                       QStringLiteral("name"), QStringLiteral("subject")}));
    QCOMPARE(form.value(QStringLiteral("name")), sampleDraft().name);
    QCOMPARE(form.value(QStringLiteral("email")), sampleDraft().email);
    QCOMPARE(form.value(QStringLiteral("subject")), sampleDraft().subject);
    QCOMPARE(form.value(QStringLiteral("message")), sampleDraft().message);
    QVERIFY(!sender->isSending());
}

void TestMessageSender::serverErrorThenSuccessDeliversOnce()
{
    m_server->push(HttpResponse::withStatus(500, "Internal Server Error"));
    const QString id = m_outbox->enqueue(sampleDraft());
    auto sender = makeSender(m_server->endpoint());
    QSignalSpy deferred(sender.get(), &MessageSender::messageDeferred);
    QSignalSpy sent(sender.get(), &MessageSender::messageSent);
    QTRY_COMPARE(deferred.size(), 1);

    OutboxMessage message = stored(id);
    QCOMPARE(message.state, OutboxMessage::State::Queued);
    QCOMPARE(message.attempts, 1);
    QVERIFY(!message.lastError.isEmpty());
    QVERIFY(qAbs(secondsUntil(message.nextAttempt) - 30) <= 2); // the first back-off
    QCOMPARE(m_server->accepted(), 0);
    QTest::qWait(200);
    QCOMPARE(m_server->http().requestCount("/contact"), 1); // no retry before the back-off

    QVERIFY(m_outbox->retryNow(id));
    sender->sendDue();
    QTRY_COMPARE(sent.size(), 1);
    QCOMPARE(stored(id).state, OutboxMessage::State::Sent);
    QCOMPARE(stored(id).attempts, 2);
    QCOMPARE(m_server->accepted(), 1);
    const QList<test::HttpRequest> requests = m_server->http().requests();
    QCOMPARE(requests.size(), 2);
    QCOMPARE(requests.at(0).header("idempotency-key"), requests.at(1).header("idempotency-key"));
}

void TestMessageSender::retryAfterIsHonoured()
{
    m_server->push(HttpResponse::withStatus(429, "slow down").header("Retry-After", "120"));
    const QString id = m_outbox->enqueue(sampleDraft());
    auto sender = makeSender(m_server->endpoint());
    QSignalSpy deferred(sender.get(), &MessageSender::messageDeferred);
    QTRY_COMPARE(deferred.size(), 1);
    const OutboxMessage message = stored(id);
    QCOMPARE(message.state, OutboxMessage::State::Queued);
    QVERIFY(qAbs(secondsUntil(message.nextAttempt) - 120) <= 2);

    // Reconnecting does not override what the server asked for.
    sender->setOnline(false);
    sender->setOnline(true);
    QTest::qWait(200);
    QCOMPARE(m_server->http().requestCount("/contact"), 1);
}

void TestMessageSender::wakesItselfWhenDue()
{
    m_server->push(HttpResponse::withStatus(503, "busy").header("Retry-After", "1"));
    const QString id = m_outbox->enqueue(sampleDraft());
    auto sender = makeSender(m_server->endpoint());
    QSignalSpy sent(sender.get(), &MessageSender::messageSent);
    // No sendDue(): the sender's timer brings it back when the Retry-After has passed.
    QTRY_COMPARE_WITH_TIMEOUT(sent.size(), 1, 5000);
    QCOMPARE(m_server->http().requestCount("/contact"), 2);
    QCOMPARE(m_server->accepted(), 1);
}

void TestMessageSender::timeoutBeforeTheServerAnswers()
{
    HttpResponse late = HttpResponse::withStatus(200, "too late");
    late.delayMs = 3000;
    m_server->push(late);
    const QString id = m_outbox->enqueue(sampleDraft());
    auto sender = makeSender(m_server->endpoint());
    sender->setTransferTimeout(300);
    QSignalSpy deferred(sender.get(), &MessageSender::messageDeferred);
    QTRY_COMPARE(deferred.size(), 1);
    QCOMPARE(stored(id).state, OutboxMessage::State::Queued);
    QVERIFY(!stored(id).lastError.isEmpty());
    QCOMPARE(m_server->accepted(), 0);

    QSignalSpy sent(sender.get(), &MessageSender::messageSent);
    QVERIFY(m_outbox->retryNow(id));
    sender->sendDue();
    QTRY_COMPARE(sent.size(), 1);
    QCOMPARE(m_server->accepted(), 1);
}

void TestMessageSender::timeoutAfterTheServerAcceptedDeliversOnce()
{
    // The server stores the message, sends its headers and then goes silent: a 200 status
    // without a complete answer is no proof, so the message is sent again, with the same key.
    HttpResponse stalled = HttpResponse::ok(R"({"status":"received"})", "application/json");
    stalled.stallAfterBytes = 0;
    m_server->push(stalled, true);
    const QString id = m_outbox->enqueue(sampleDraft());
    auto sender = makeSender(m_server->endpoint());
    sender->setTransferTimeout(300);
    QSignalSpy deferred(sender.get(), &MessageSender::messageDeferred);
    QSignalSpy sent(sender.get(), &MessageSender::messageSent);
    QTRY_COMPARE(deferred.size(), 1);
    QCOMPARE(sent.size(), 0);
    QCOMPARE(stored(id).state, OutboxMessage::State::Queued);
    QCOMPARE(m_server->accepted(), 1);

    QVERIFY(m_outbox->retryNow(id));
    sender->sendDue();
    QTRY_COMPARE(sent.size(), 1);
    QCOMPARE(m_server->http().requestCount("/contact"), 2);
    QCOMPARE(m_server->accepted(), 1);
}

void TestMessageSender::offlineThenOnline()
{
    auto sender = makeSender(m_server->endpoint());
    sender->setOnline(false);
    QVERIFY(!sender->isOnline());
    const QString id = m_outbox->enqueue(sampleDraft());
    sender->sendDue();
    QSignalSpy sent(sender.get(), &MessageSender::messageSent);
    QTest::qWait(300);
    QCOMPARE(m_server->http().requestCount(), 0);
    QCOMPARE(stored(id).attempts, 0);
    QCOMPARE(stored(id).state, OutboxMessage::State::Queued);

    sender->setOnline(true);
    QTRY_COMPARE(sent.size(), 1);
    QCOMPARE(m_server->accepted(), 1);
    QCOMPARE(stored(id).state, OutboxMessage::State::Sent);
}

void TestMessageSender::networkFailureRetriedOnReconnect()
{
    QUrl closed;
    {
        test::TestHttpServer gone;
        QVERIFY(gone.start());
        closed = gone.url(QStringLiteral("/contact"));
    } // nothing listens there any more: connection refused
    const QString id = m_outbox->enqueue(sampleDraft());
    auto sender = makeSender(closed);
    QSignalSpy deferred(sender.get(), &MessageSender::messageDeferred);
    QSignalSpy sent(sender.get(), &MessageSender::messageSent);
    QTRY_COMPARE(deferred.size(), 1);
    QVERIFY(secondsUntil(stored(id).nextAttempt) >= 25); // waiting out the back-off

    sender->setOnline(false);
    sender->setEndpoint(m_server->endpoint());
    sender->setOnline(true); // the network is back: no need to wait
    QTRY_COMPARE(sent.size(), 1);
    QCOMPARE(m_server->accepted(), 1);
}

void TestMessageSender::redirectIsNotSuccess()
{
    m_server->push(HttpResponse::withStatus(302).header(
        "Location", m_server->http().url(QStringLiteral("/elsewhere")).toEncoded()));
    const QString id = m_outbox->enqueue(sampleDraft());
    auto sender = makeSender(m_server->endpoint());
    QSignalSpy failed(sender.get(), &MessageSender::messageFailed);
    QTRY_COMPARE(failed.size(), 1);
    QCOMPARE(failed.first().at(0).toString(), id);
    QVERIFY(!failed.first().at(1).toString().isEmpty());
    QCOMPARE(stored(id).state, OutboxMessage::State::Failed);
    QCOMPARE(stored(id).lastError, failed.first().at(1).toString());
    QTest::qWait(200);
    QCOMPARE(m_server->http().requestCount("/elsewhere"), 0);
    QCOMPARE(m_server->http().requestCount("/contact"), 1);
    QCOMPARE(m_server->accepted(), 0);
}

void TestMessageSender::clientErrorFailsWithReason_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("reason");
    QTest::newRow("json message")
        << 400 << QByteArray("application/json; charset=UTF-8")
        << QByteArray(R"({"code":"invalid_email","message":"Please give a valid email address."})")
        << QStringLiteral("Please give a valid email address.");
    QTest::newRow("plain text") << 400 << QByteArray("text/plain")
                                << QByteArray("The subject is required.")
                                << QStringLiteral("The subject is required.");
    QTest::newRow("html page") << 403 << QByteArray("text/html")
                               << QByteArray("<!doctype html><h1>Forbidden</h1>")
                               << QStringLiteral(
                                      "the server does not accept messages from here (HTTP 403)");
}

void TestMessageSender::clientErrorFailsWithReason()
{
    QFETCH(int, status);
    QFETCH(QByteArray, contentType);
    QFETCH(QByteArray, body);
    QFETCH(QString, reason);
    m_server->push(HttpResponse::withStatus(status, body).header("Content-Type", contentType));
    const QString id = m_outbox->enqueue(sampleDraft());
    auto sender = makeSender(m_server->endpoint());
    QSignalSpy failed(sender.get(), &MessageSender::messageFailed);
    QTRY_COMPARE(failed.size(), 1);
    QCOMPARE(failed.first().at(1).toString(), reason);
    const OutboxMessage message = stored(id);
    QCOMPARE(message.state, OutboxMessage::State::Failed);
    QCOMPARE(message.lastError, reason);
    QTest::qWait(200);
    QCOMPARE(m_server->http().requestCount("/contact"), 1); // a refusal is not retried
}

void TestMessageSender::oneAtATimeInOrder()
{
    QStringList ids;
    for (int i = 0; i < 3; ++i) {
        HttpResponse slow = HttpResponse::ok(R"({"status":"received"})", "application/json");
        slow.delayMs = 100;
        m_server->push(slow, true);
        ids << m_outbox->enqueue(sampleDraft());
    }
    auto sender = makeSender(m_server->endpoint());
    QSignalSpy sent(sender.get(), &MessageSender::messageSent);
    QTRY_VERIFY(sender->isSending());
    sender->sendDue(); // ignored while one is in flight
    QTRY_COMPARE(sent.size(), 3);
    QCOMPARE(m_server->accepted(), 3);
    QList<QByteArray> expected;
    for (const QString &id : std::as_const(ids))
        expected << id.toLatin1();
    QCOMPARE(m_server->acceptedKeys(), expected);
    // In parallel, the manager would have opened a connection per request.
    QCOMPARE(m_server->http().connectionCount(), 1);
}

void TestMessageSender::plainHttpEndpointIsRefused()
{
    // Everything this manager sends goes to a local "proxy" that counts it, so the test notices
    // a post that was meant for the plain-http site without anything leaving the machine.
    test::TestHttpServer proxy;
    QVERIFY(proxy.start());
    m_manager->setProxy(
        QNetworkProxy(QNetworkProxy::HttpProxy, QStringLiteral("127.0.0.1"), proxy.port()));
    const QUrl plain(QStringLiteral("http://www.ichongqing.info/contact"));
    const QString id = m_outbox->enqueue(sampleDraft());
    auto sender = makeSender(plain);
    QSignalSpy deferred(sender.get(), &MessageSender::messageDeferred);
    QTRY_COMPARE(deferred.size(), 1);
    QCOMPARE(deferred.first().at(1).toString(), MessageSender::endpointProblem(plain));
    sender->sendDue();
    QTest::qWait(300);
    QCOMPARE(proxy.requestCount(), 0);
    QCOMPARE(stored(id).state, OutboxMessage::State::Queued);
    QCOMPARE(stored(id).attempts, 0);
    QCOMPARE(stored(id).lastError, MessageSender::endpointProblem(plain));

    // A usable address sends what was held, at once.
    m_manager->setProxy(QNetworkProxy(QNetworkProxy::NoProxy));
    QSignalSpy sent(sender.get(), &MessageSender::messageSent);
    sender->setEndpoint(m_server->endpoint());
    QTRY_COMPARE(sent.size(), 1);
    QCOMPARE(m_server->accepted(), 1);
    QCOMPARE(proxy.requestCount(), 0);
}

void TestMessageSender::overLongStoredMessageIsNotPosted()
{
    const QString tooLong(5001, QLatin1Char('x'));
    const QString id = m_outbox->enqueue(sampleDraft());
    const QString next = m_outbox->enqueue(sampleDraft());
    QVERIFY(overwriteStoredBody(m_dir->filePath(QStringLiteral("outbox.sqlite")), id, tooLong));
    auto sender = makeSender(m_server->endpoint());
    QSignalSpy failed(sender.get(), &MessageSender::messageFailed);
    QSignalSpy sent(sender.get(), &MessageSender::messageSent);
    QTRY_COMPARE(sent.size(), 1); // the one after it still goes
    QCOMPARE(sent.first().first().toString(), next);
    QCOMPARE(failed.size(), 1);
    QCOMPARE(failed.first().at(0).toString(), id);
    QVERIFY(!failed.first().at(1).toString().isEmpty());

    const OutboxMessage kept = stored(id); // failed, but kept for the user to copy
    QCOMPARE(kept.state, OutboxMessage::State::Failed);
    QCOMPARE(kept.content.message, tooLong);
    QCOMPARE(kept.lastError, failed.first().at(1).toString());
    QCOMPARE(kept.attempts, 0);
    QCOMPARE(m_server->http().requestCount("/contact"), 1);
    QCOMPARE(m_server->acceptedKeys(), QList<QByteArray>{next.toLatin1()});
}

void TestMessageSender::droppedAfterTheBodyIsOnePostPerAttempt()
{
    // The server reads the whole request, keeps the message, and drops the connection without
    // a word. Whether it arrived is unknown: the app retries later, under the same key, and Qt
    // must not replay the POST on its own in between.
    HttpResponse drop;
    drop.closeWithoutAnswer = true;
    m_server->push(drop, true);
    const QString id = m_outbox->enqueue(sampleDraft());
    auto sender = makeSender(m_server->endpoint());
    QSignalSpy deferred(sender.get(), &MessageSender::messageDeferred);
    QSignalSpy sent(sender.get(), &MessageSender::messageSent);
    QTRY_COMPARE(deferred.size() + sent.size(), 1);
    QTest::qWait(300);
    QCOMPARE(m_server->http().requestCount("/contact"), 1);
    QCOMPARE(sent.size(), 0);
    OutboxMessage message = stored(id);
    QCOMPARE(message.state, OutboxMessage::State::Queued);
    QCOMPARE(message.attempts, 1);
    QVERIFY(!message.lastError.isEmpty());
    QVERIFY(qAbs(secondsUntil(message.nextAttempt) - 30) <= 2);
    QCOMPARE(m_server->accepted(), 1);

    QVERIFY(m_outbox->retryNow(id));
    sender->sendDue();
    QTRY_COMPARE(sent.size(), 1);
    QCOMPARE(m_server->http().requestCount("/contact"), 2);
    QCOMPARE(stored(id).attempts, 2);
    QCOMPARE(m_server->accepted(), 1);
    const QList<test::HttpRequest> requests = m_server->http().requests();
    QCOMPARE(requests.at(0).header("idempotency-key"), id.toLatin1());
    QCOMPARE(requests.at(1).header("idempotency-key"), id.toLatin1());
    QCOMPARE(requests.at(0).body, requests.at(1).body);
}

void TestMessageSender::droppedEveryTimeIsNeverReplayedByQt()
{
    HttpResponse drop;
    drop.closeWithoutAnswer = true;
    for (int i = 0; i < 6; ++i)
        m_server->push(drop);
    const QString id = m_outbox->enqueue(sampleDraft());
    auto sender = makeSender(m_server->endpoint());
    QSignalSpy deferred(sender.get(), &MessageSender::messageDeferred);
    for (int attempt = 1; attempt <= 3; ++attempt) {
        QTRY_COMPARE(deferred.size(), attempt);
        QTest::qWait(100);
        QCOMPARE(m_server->http().requestCount("/contact"), attempt);
        QCOMPARE(stored(id).attempts, attempt);
        if (attempt < 3) {
            QVERIFY(m_outbox->retryNow(id));
            sender->sendDue();
        }
    }
    QCOMPARE(m_server->accepted(), 0);
}

void TestMessageSender::longestMessageArrivesWhole()
{
    // 5,000 characters of Chinese: about 45 KB once percent-encoded, read from the one-shot body
    // in several pieces.
    MessageDraft draft = sampleDraft();
    draft.message = QString(4999, QChar(0x91CD)) + QStringLiteral("!");
    const QString id = m_outbox->enqueue(draft);
    QVERIFY(!id.isEmpty());
    auto sender = makeSender(m_server->endpoint());
    QSignalSpy sent(sender.get(), &MessageSender::messageSent);
    QTRY_COMPARE(sent.size(), 1);
    QCOMPARE(m_server->http().requestCount("/contact"), 1);
    const test::HttpRequest request = m_server->http().lastRequest("/contact");
    QCOMPARE(request.header("content-length"), QByteArray::number(request.body.size()));
    QCOMPARE(m_server->acceptedForms().first().value(QStringLiteral("message")), draft.message);
}

QTEST_GUILESS_MAIN(TestMessageSender)
#include "tst_messagesender.moc"
