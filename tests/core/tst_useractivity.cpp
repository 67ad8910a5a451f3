#include "common/UserActivity.h"

#include <QtTest>

using namespace ichq;

class TestUserActivity : public QObject
{
    Q_OBJECT
private slots:
    void quietUntilTheUserActs();
    void aReleasedActivityNeverHoldsWorkBack();
    void noActivityMeansNoPause();
    void aStoppedPointNeverPauses();
};

void TestUserActivity::quietUntilTheUserActs()
{
    UserActivity activity;
    QVERIFY(!activity.isActive());
    activity.noteInput();
    QVERIFY(activity.isActive());
    // Quiet again once the user has left the keys alone for a moment.
    QTRY_VERIFY_WITH_TIMEOUT(!activity.isActive(), 5000);
}

// Closing the window releases it: the refresh being cancelled must not sit out a pause.
void TestUserActivity::aReleasedActivityNeverHoldsWorkBack()
{
    UserActivity activity;
    activity.noteInput();
    activity.release();
    QVERIFY(!activity.isActive());
    activity.noteInput();
    QVERIFY(!activity.isActive());
}

void TestUserActivity::noActivityMeansNoPause()
{
    YieldPoint withoutWindow(nullptr); // --refresh has no window
    QVERIFY(!withoutWindow.isDue());
    QVERIFY(!withoutWindow.pauseIfDue());
    UserActivity quiet;
    YieldPoint point(&quiet);
    QVERIFY(!point.isDue());
    quiet.noteInput();
    QVERIFY(point.isDue());
}

// A stream being destroyed (a failed store, quitting) stops its workers' pauses at once.
void TestUserActivity::aStoppedPointNeverPauses()
{
    UserActivity activity;
    activity.noteInput();
    std::atomic<bool> stopping{false};
    YieldPoint point(&activity, &stopping);
    QVERIFY(point.isDue());
    stopping = true;
    QVERIFY(!point.isDue());
    QVERIFY(!point.pauseIfDue());
}

QTEST_GUILESS_MAIN(TestUserActivity)
#include "tst_useractivity.moc"
