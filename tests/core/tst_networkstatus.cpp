#include "NetworkStatus.h"
#include "RefreshTypes.h"

#include <QSignalSpy>
#include <QtTest>

using namespace ichq;

namespace {
RefreshReport reportOf(std::initializer_list<bool> unreachable)
{
    RefreshReport report;
    for (bool gone : unreachable) {
        FeedOutcome outcome;
        outcome.ok = !gone;
        outcome.unreachable = gone;
        report.feeds << outcome;
    }
    return report;
}
} // namespace

class TestNetworkStatus : public QObject
{
    Q_OBJECT
private slots:
    void forcedOffline();
    void unreachableServersMeanOffline();
    void oneReachableServerMeansOnline();
    void systemReachability();
};

void TestNetworkStatus::forcedOffline()
{
    NetworkStatus status;
    status.setSystemReachable(true);
    QVERIFY(status.isOnline());
    QSignalSpy changed(&status, &NetworkStatus::onlineChanged);
    status.setForcedOffline(true);
    QVERIFY(!status.isOnline());
    QVERIFY(status.offlineSince().isValid());
    QCOMPARE(changed.size(), 1);
    status.reportRefresh(reportOf({false})); // --offline stays offline whatever happens
    QVERIFY(!status.isOnline());
}

void TestNetworkStatus::unreachableServersMeanOffline()
{
    NetworkStatus status;
    status.setSystemReachable(true);
    status.reportRefresh(reportOf({true, true}));
    QVERIFY(!status.isOnline());
    status.reportRefresh(reportOf({false}));
    QVERIFY(status.isOnline());
    QVERIFY(!status.offlineSince().isValid());
}

void TestNetworkStatus::oneReachableServerMeansOnline()
{
    NetworkStatus status;
    status.setSystemReachable(true);
    status.reportRefresh(reportOf({true, false}));
    QVERIFY(status.isOnline());
    status.reportRefresh(RefreshReport{}); // nothing was tried: no news
    QVERIFY(status.isOnline());
}

void TestNetworkStatus::systemReachability()
{
    NetworkStatus status;
    status.setSystemReachable(false);
    QVERIFY(!status.isOnline());
    status.setSystemReachable(true);
    QVERIFY(status.isOnline());
}

QTEST_GUILESS_MAIN(TestNetworkStatus)
#include "tst_networkstatus.moc"
