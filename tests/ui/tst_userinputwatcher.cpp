#include "ui/UserInputWatcher.h"

#include <QLineEdit>
#include <QPushButton>
#include <QtTest>

using namespace ichq;
using namespace ichq::ui;

// The refresh pauses while the user acts (UserActivity); this is what tells it the user does.
class TestUserInputWatcher : public QObject
{
    Q_OBJECT
private slots:
    void keysAndClicksAnywhereCountAsActivity();
    void releasedOnceTheWatcherGoes();
};

void TestUserInputWatcher::keysAndClicksAnywhereCountAsActivity()
{
    UserInputWatcher watcher;
    const std::shared_ptr<const UserActivity> activity = watcher.activity();
    QVERIFY(!activity->isActive());
    QLineEdit field;
    field.show();
    QTest::keyClick(&field, Qt::Key_J);
    QVERIFY(activity->isActive());
    QTRY_VERIFY_WITH_TIMEOUT(!activity->isActive(), 5000);
    QPushButton button(QStringLiteral("Go"));
    button.show();
    QTest::mouseClick(&button, Qt::LeftButton);
    QVERIFY(activity->isActive());
}

void TestUserInputWatcher::releasedOnceTheWatcherGoes()
{
    std::shared_ptr<const UserActivity> activity;
    {
        UserInputWatcher watcher;
        activity = watcher.activity();
        QLineEdit field;
        field.show();
        QTest::keyClick(&field, Qt::Key_J);
        QVERIFY(activity->isActive());
    }
    // The refresh that outlives the window (it is being cancelled) no longer pauses.
    QVERIFY(!activity->isActive());
}

QTEST_MAIN(TestUserInputWatcher)
#include "tst_userinputwatcher.moc"
