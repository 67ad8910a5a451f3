#include "outbox/MessageLimits.h"
#include "outbox/Outbox.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUuid>
#include <QtTest>

using namespace ichq;

namespace {

MessageDraft sampleDraft(const QString &subject = QStringLiteral("Bus 871"))
{
    return {QStringLiteral("Li Wei"), QStringLiteral("li@example.org"), subject,
            QStringLiteral("When does it run?\n周末也有吗？"), true};
}

// The outbox's own connection, to check how it was configured.
QSqlDatabase outboxConnection()
{
    for (const QString &name : QSqlDatabase::connectionNames()) {
        if (name.startsWith(QLatin1String("ichq-outbox-")))
            return QSqlDatabase::database(name, false);
    }
    return {};
}

int pragma(const QSqlDatabase &db, const QString &name)
{
    QSqlQuery query(db);
    return query.exec(QStringLiteral("PRAGMA ") + name) && query.next() ? query.value(0).toInt()
                                                                        : -1;
}

} // namespace

class TestOutbox : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void enqueueIsDurable();
    void configuredForDurability();
    void deliveryStates();
    void sentIsFinal();
    void ordering();
    void draftSaveRestoreClear();
    void removeDeletes();
    void newerSchemaIsRefused();
    void fieldLimits_data();
    void fieldLimits();

private:
    QString file() const { return m_dir->filePath(QStringLiteral("sub/outbox.sqlite")); }
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Outbox> m_outbox;
};

void TestOutbox::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_outbox = std::make_unique<Outbox>(file());
    QString error;
    QVERIFY2(m_outbox->open(&error), qPrintable(error));
    QVERIFY(m_outbox->isOpen());
}

void TestOutbox::cleanup()
{
    m_outbox.reset();
    QVERIFY(QSqlDatabase::connectionNames().isEmpty()); // every connection closed
}

void TestOutbox::enqueueIsDurable()
{
    const QDateTime before = QDateTime::currentDateTimeUtc().addMSecs(-1);
    const QString id = m_outbox->enqueue(sampleDraft());
    QVERIFY(!id.isEmpty());
    QVERIFY(!QUuid::fromString(id).isNull());
    QVERIFY(!id.startsWith(QLatin1Char('{')));

    // A second connection (as after a restart) reads it back in full.
    Outbox other(file());
    QVERIFY(other.open());
    const auto stored = other.message(id);
    QVERIFY(stored);
    QCOMPARE(stored->id, id);
    QCOMPARE(stored->content.name, sampleDraft().name);
    QCOMPARE(stored->content.email, sampleDraft().email);
    QCOMPARE(stored->content.subject, sampleDraft().subject);
    QCOMPARE(stored->content.message, sampleDraft().message);
    QVERIFY(stored->content.consent);
    QCOMPARE(stored->state, OutboxMessage::State::Queued);
    QVERIFY(stored->createdAt >= before);
    QCOMPARE(stored->createdAt.timeSpec(), Qt::UTC);
    QVERIFY(!stored->lastAttempt.isValid());
    QVERIFY(!stored->sentAt.isValid());
    QCOMPARE(stored->attempts, 0);
    QVERIFY(stored->lastError.isEmpty());
    QCOMPARE(other.due(QDateTime::currentDateTimeUtc()).size(), 1);
    QVERIFY(other.nextAttemptAt() <= QDateTime::currentDateTimeUtc());
}

void TestOutbox::configuredForDurability()
{
    const QSqlDatabase db = outboxConnection();
    QVERIFY(db.isOpen());
    QCOMPARE(pragma(db, QStringLiteral("synchronous")), 2); // FULL
    QCOMPARE(pragma(db, QStringLiteral("user_version")), 1);
    QSqlQuery query(db);
    QVERIFY(query.exec(QStringLiteral("PRAGMA journal_mode")) && query.next());
    QCOMPARE(query.value(0).toString(), QStringLiteral("wal"));
}

void TestOutbox::deliveryStates()
{
    const QString id = m_outbox->enqueue(sampleDraft());
    const QDateTime now = QDateTime::currentDateTimeUtc();

    QVERIFY(m_outbox->markAttempt(id));
    QCOMPARE(m_outbox->message(id)->attempts, 1);
    QVERIFY(m_outbox->message(id)->lastAttempt.isValid());

    // Deferred: queued, not due until its time.
    const QDateTime later = now.addSecs(60);
    QVERIFY(m_outbox->defer(id, QStringLiteral("HTTP 503"), later));
    auto message = m_outbox->message(id);
    QCOMPARE(message->state, OutboxMessage::State::Queued);
    QCOMPARE(message->lastError, QStringLiteral("HTTP 503"));
    QCOMPARE(message->nextAttempt.toMSecsSinceEpoch(), later.toMSecsSinceEpoch());
    QVERIFY(m_outbox->due(now).isEmpty());
    QCOMPARE(m_outbox->due(later).size(), 1);
    QCOMPARE(m_outbox->nextAttemptAt().toMSecsSinceEpoch(), later.toMSecsSinceEpoch());

    QVERIFY(m_outbox->retryNow(id));
    QCOMPARE(m_outbox->due(QDateTime::currentDateTimeUtc()).size(), 1);

    // Failed: kept with the reason, never retried on its own.
    QVERIFY(m_outbox->markFailed(id, QStringLiteral("Email address is invalid.")));
    message = m_outbox->message(id);
    QCOMPARE(message->state, OutboxMessage::State::Failed);
    QCOMPARE(message->lastError, QStringLiteral("Email address is invalid."));
    QVERIFY(m_outbox->due(now.addDays(30)).isEmpty());
    QVERIFY(!m_outbox->nextAttemptAt().isValid());
    QVERIFY(!m_outbox->defer(id, QStringLiteral("x"), now)); // only queued ones are deferred

    // The user asks to try again.
    QVERIFY(m_outbox->retryNow(id));
    QCOMPARE(m_outbox->message(id)->state, OutboxMessage::State::Queued);
    QCOMPARE(m_outbox->due(QDateTime::currentDateTimeUtc()).size(), 1);
}

void TestOutbox::sentIsFinal()
{
    const QString id = m_outbox->enqueue(sampleDraft());
    QVERIFY(m_outbox->markSent(id));
    const auto message = m_outbox->message(id);
    QCOMPARE(message->state, OutboxMessage::State::Sent);
    QVERIFY(message->sentAt.isValid());
    // Nothing turns a sent message back into one that would be posted again.
    QVERIFY(!m_outbox->retryNow(id));
    QVERIFY(!m_outbox->markFailed(id, QStringLiteral("late 400")));
    QVERIFY(!m_outbox->defer(id, QStringLiteral("late 500"), QDateTime::currentDateTimeUtc()));
    QCOMPARE(m_outbox->message(id)->state, OutboxMessage::State::Sent);
    QVERIFY(m_outbox->due(QDateTime::currentDateTimeUtc().addDays(1)).isEmpty());
}

void TestOutbox::ordering()
{
    QStringList ids;
    for (int i = 0; i < 3; ++i)
        ids << m_outbox->enqueue(sampleDraft(QString::number(i)));
    const QList<OutboxMessage> all = m_outbox->all();
    QCOMPARE(all.size(), 3);
    QCOMPARE(all.first().id, ids.last()); // newest first
    const QList<OutboxMessage> due = m_outbox->due(QDateTime::currentDateTimeUtc());
    QCOMPARE(due.size(), 3);
    QCOMPARE(due.first().id, ids.first()); // sent in the order written
    QCOMPARE(due.last().id, ids.last());
}

void TestOutbox::draftSaveRestoreClear()
{
    QVERIFY(!m_outbox->draft());
    m_outbox->saveDraft(sampleDraft());
    {
        Outbox reopened(file());
        QVERIFY(reopened.open());
        const auto draft = reopened.draft();
        QVERIFY(draft);
        QCOMPARE(draft->message, sampleDraft().message);
        QCOMPARE(draft->email, sampleDraft().email);
        QVERIFY(draft->consent);
    }
    MessageDraft partial; // nothing typed but a name
    partial.name = QStringLiteral("Li");
    m_outbox->saveDraft(partial);
    QCOMPARE(m_outbox->draft()->name, QStringLiteral("Li"));
    QVERIFY(m_outbox->draft()->message.isEmpty());
    QVERIFY(!m_outbox->draft()->consent);
    m_outbox->clearDraft();
    QVERIFY(!m_outbox->draft());
    QVERIFY(m_outbox->all().isEmpty()); // a draft is not a message
}

void TestOutbox::removeDeletes()
{
    const QString keep = m_outbox->enqueue(sampleDraft());
    const QString gone = m_outbox->enqueue(sampleDraft());
    QVERIFY(m_outbox->remove(gone));
    QVERIFY(!m_outbox->message(gone));
    QVERIFY(!m_outbox->remove(gone));
    QCOMPARE(m_outbox->all().size(), 1);
    QCOMPARE(m_outbox->all().first().id, keep);
}

void TestOutbox::newerSchemaIsRefused()
{
    {
        QSqlQuery query(outboxConnection());
        QVERIFY(query.exec(QStringLiteral("PRAGMA user_version=99")));
    }
    m_outbox.reset();
    Outbox newer(file());
    QString error;
    QVERIFY(!newer.open(&error));
    QVERIFY(error.contains(QLatin1String("99")));
    QVERIFY(!newer.isOpen());
}

void TestOutbox::fieldLimits_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<int>("length");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("name 100") << "name" << 100 << true;
    QTest::newRow("name 101") << "name" << 101 << false;
    QTest::newRow("email 254") << "email" << 254 << true;
    QTest::newRow("email 255") << "email" << 255 << false;
    QTest::newRow("subject 200") << "subject" << 200 << true;
    QTest::newRow("subject 201") << "subject" << 201 << false;
    QTest::newRow("message 5000") << "message" << 5000 << true;
    QTest::newRow("message 5001") << "message" << 5001 << false;
    QTest::newRow("message 5 MB") << "message" << 5 * 1024 * 1024 << false;
}

void TestOutbox::fieldLimits()
{
    QFETCH(QString, field);
    QFETCH(int, length);
    QFETCH(bool, accepted);
    // Characters as a person counts them: "重" and "𝄞" (two UTF-16 units) are one each.
    QString text = QStringLiteral("重𝄞");
    text += QString(length - 2, QLatin1Char('a'));
    MessageDraft draft = sampleDraft();
    if (field == QLatin1String("name"))
        draft.name = text;
    else if (field == QLatin1String("email"))
        draft.email = text.left(text.size() - 4) + QStringLiteral("@x.y");
    else if (field == QLatin1String("subject"))
        draft.subject = text;
    else
        draft.message = text;

    const QString problem = messageProblem(draft);
    QCOMPARE(problem.isEmpty(), accepted);
    QString error;
    const QString id = m_outbox->enqueue(draft, &error);
    QCOMPARE(id.isEmpty(), !accepted);
    QCOMPARE(error, problem);
    QCOMPARE(m_outbox->all().size(), accepted ? 1 : 0); // refused: nothing stored
}

QTEST_GUILESS_MAIN(TestOutbox)
#include "tst_outbox.moc"
