#include "common/DataPaths.h"
#include "common/Settings.h"
#include "privacy/ConsentState.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace ichq;

class TestConsent : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void defaultsToUndecided();
    void decideStoresVersionAndTime();
    void decisionSurvivesRestart();
    void newerPolicyAsksAgain();
    void olderStoredVersionAsksAgain();
    void undecidedIsNotStored();
    void garbageReadsAsUndecided();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Settings> m_settings;
};

void TestConsent::init()
{
    m_settings.reset();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_settings = std::make_unique<Settings>(DataPaths(m_dir->path()));
}

void TestConsent::defaultsToUndecided()
{
    const ConsentState consent(*m_settings);
    QCOMPARE(consent.cookies(), ConsentState::Cookies::Undecided);
    QVERIFY(consent.needsAsking());
    QVERIFY(!consent.cookiesAccepted());
    QCOMPARE(consent.decidedPolicyVersion(), 0);
    QVERIFY(!consent.decidedAt().isValid());
}

void TestConsent::decideStoresVersionAndTime()
{
    ConsentState consent(*m_settings);
    const QDateTime before = QDateTime::currentDateTimeUtc().addMSecs(-1);
    consent.decide(ConsentState::Cookies::Accepted);
    const QDateTime after = QDateTime::currentDateTimeUtc().addMSecs(1);

    QCOMPARE(consent.cookies(), ConsentState::Cookies::Accepted);
    QVERIFY(!consent.needsAsking());
    QCOMPARE(consent.decidedPolicyVersion(), ConsentState::kPolicyVersion);
    QVERIFY(consent.decidedAt() >= before && consent.decidedAt() <= after);
    QCOMPARE(consent.decidedAt().timeSpec(), Qt::UTC);
    QCOMPARE(m_settings->raw().value(QStringLiteral("consent/cookies")).toString(),
             QStringLiteral("accepted"));
    QCOMPARE(m_settings->raw().value(QStringLiteral("consent/policyVersion")).toInt(),
             ConsentState::kPolicyVersion);

    consent.decide(ConsentState::Cookies::Declined);
    QCOMPARE(consent.cookies(), ConsentState::Cookies::Declined);
    QVERIFY(!consent.needsAsking());
}

void TestConsent::decisionSurvivesRestart()
{
    ConsentState(*m_settings).decide(ConsentState::Cookies::Declined);
    m_settings.reset();
    Settings reopened{DataPaths(m_dir->path())};
    const ConsentState consent(reopened);
    QCOMPARE(consent.cookies(), ConsentState::Cookies::Declined);
    QCOMPARE(consent.decidedPolicyVersion(), ConsentState::kPolicyVersion);
    QVERIFY(consent.decidedAt().isValid());
}

void TestConsent::newerPolicyAsksAgain()
{
    ConsentState(*m_settings).decide(ConsentState::Cookies::Accepted);
    ConsentState newer(*m_settings, ConsentState::kPolicyVersion + 1);
    QCOMPARE(newer.cookies(), ConsentState::Cookies::Undecided);
    QVERIFY(newer.needsAsking());
    QCOMPARE(newer.decidedPolicyVersion(), ConsentState::kPolicyVersion);

    newer.decide(ConsentState::Cookies::Accepted);
    QCOMPARE(newer.cookies(), ConsentState::Cookies::Accepted);
    QCOMPARE(newer.decidedPolicyVersion(), ConsentState::kPolicyVersion + 1);
}

void TestConsent::olderStoredVersionAsksAgain()
{
    m_settings->raw().setValue(QStringLiteral("consent/cookies"), QStringLiteral("accepted"));
    m_settings->raw().setValue(QStringLiteral("consent/policyVersion"),
                               ConsentState::kPolicyVersion - 1);
    const ConsentState consent(*m_settings);
    QCOMPARE(consent.cookies(), ConsentState::Cookies::Undecided);
    QVERIFY(consent.needsAsking());
}

void TestConsent::undecidedIsNotStored()
{
    ConsentState consent(*m_settings);
    consent.decide(ConsentState::Cookies::Undecided);
    QVERIFY(consent.needsAsking());
    QCOMPARE(consent.decidedPolicyVersion(), 0);
}

void TestConsent::garbageReadsAsUndecided()
{
    m_settings->raw().setValue(QStringLiteral("consent/cookies"), QStringLiteral("maybe"));
    m_settings->raw().setValue(QStringLiteral("consent/policyVersion"), QStringLiteral("x"));
    m_settings->raw().setValue(QStringLiteral("consent/decidedAt"), QStringLiteral("yesterday"));
    const ConsentState consent(*m_settings);
    QVERIFY(consent.needsAsking());
    QCOMPARE(consent.decidedPolicyVersion(), 0);
    QVERIFY(!consent.decidedAt().isValid());
}

QTEST_GUILESS_MAIN(TestConsent)
#include "tst_consent.moc"
