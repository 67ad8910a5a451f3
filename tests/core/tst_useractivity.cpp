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
    yieldToUser(nullptr); // --refresh has no window: returns at once, does not crash
    UserActivity quiet;
    yieldToUser(&quiet);
    QVERIFY(!quiet.isActive());
}

QTEST_GUILESS_MAIN(TestUserActivity)
#include "tst_useractivity.moc"
