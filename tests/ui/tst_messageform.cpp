#include "UiTestSupport.h"

#include "ui/MessageDialog.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>

using namespace ichq;
using ichq::ui::MessageDialog;

// "Leave a message" explains itself: a field's error shows when the user leaves the field or
// tries to send, never while a first answer is being typed; a line under Send lists what is
// still needed; each error is also its field's accessible description, for screen readers.
class TestMessageForm : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void leavingAnEmptyFieldShowsItsError();
    void errorsFollowTheTextOnceShown();
    void sendingWithPartsMissingShowsEveryError();
    void returnInAFieldTriesToSend();
    void stillNeededFollowsTheFields();
    void aCompleteFormQueuesOneMessage();

private:
    MessageDialog *showForm();
    // Tab out of `field`, as a user leaves it.
    static void leave(QWidget *field);

    std::unique_ptr<test::ReaderFixture> m_fixture;
    std::unique_ptr<MessageDialog> m_dialog;
};

void TestMessageForm::init()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    m_fixture = std::make_unique<test::ReaderFixture>();
    QVERIFY(m_fixture->open());
}

void TestMessageForm::cleanup()
{
    m_dialog.reset();
    m_fixture.reset();
}

MessageDialog *TestMessageForm::showForm()
{
    m_dialog = std::make_unique<MessageDialog>(*m_fixture->outbox);
    m_dialog->show();
    m_dialog->activateWindow();
    if (!QTest::qWaitForWindowActive(m_dialog.get()))
        return nullptr;
    return m_dialog.get();
}

void TestMessageForm::leave(QWidget *field)
{
    field->setFocus(Qt::OtherFocusReason);
    QTest::keyClick(field, Qt::Key_Tab);
}

void TestMessageForm::leavingAnEmptyFieldShowsItsError()
{
    MessageDialog *form = showForm();
    QVERIFY(form);
    QVERIFY(form->nameError()->isHidden()); // nothing left yet, nothing scolded
    QVERIFY(form->nameEdit()->accessibleDescription().isEmpty());

    leave(form->nameEdit());
    QCOMPARE(QApplication::focusWidget(), form->emailEdit());
    QVERIFY(form->nameError()->isVisible());
    QCOMPARE(form->nameError()->text(), QStringLiteral("Please enter your name."));
    QCOMPARE(form->nameEdit()->accessibleDescription(), form->nameError()->text());
    // The field the user is in now says nothing until it is left too.
    QVERIFY(form->emailError()->isHidden());
    QVERIFY(form->emailEdit()->accessibleDescription().isEmpty());

    QTest::keyClicks(form->nameEdit(), QStringLiteral("Li Wei"));
    QVERIFY(form->nameError()->isHidden());
    QVERIFY(form->nameEdit()->accessibleDescription().isEmpty());
}

// Once an error shows, it follows what is typed: it changes, goes when fixed, comes back.
void TestMessageForm::errorsFollowTheTextOnceShown()
{
    MessageDialog *form = showForm();
    QVERIFY(form);
    QCOMPARE(form->counterLabel()->text(), QStringLiteral("0 / 5000"));
    QTest::keyClicks(form->nameEdit(), QString(101, QLatin1Char('x')));
    QVERIFY(form->nameError()->isHidden()); // still typing
    leave(form->nameEdit());
    QVERIFY(form->nameError()->text().contains(QStringLiteral("100")));
    form->nameEdit()->clear();
    QCOMPARE(form->nameError()->text(), QStringLiteral("Please enter your name."));
    QTest::keyClicks(form->nameEdit(), QStringLiteral("Li Wei"));
    QVERIFY(form->nameError()->isHidden());

    QTest::keyClicks(form->emailEdit(), QStringLiteral("li.wei@example"));
    QVERIFY(form->emailError()->isHidden());
    leave(form->emailEdit());
    QVERIFY(form->emailError()->isVisible());
    QCOMPARE(form->emailEdit()->accessibleDescription(), form->emailError()->text());
    QTest::keyClicks(form->emailEdit(), QStringLiteral(".com"));
    QVERIFY(form->emailError()->isHidden());

    QTest::keyClicks(form->messageEdit(), QStringLiteral("Too short"));
    QCOMPARE(form->counterLabel()->text(), QStringLiteral("9 / 5000"));
    QVERIFY(form->messageError()->isHidden());
    leave(form->messageEdit());
    QVERIFY(form->messageError()->isVisible());
    QCOMPARE(form->messageEdit()->accessibleDescription(), form->messageError()->text());
    QTest::keyClicks(form->messageEdit(), QStringLiteral("!"));
    QVERIFY(form->messageError()->isHidden());
    form->messageEdit()->setPlainText(QString(5001, QLatin1Char('a')));
    QVERIFY(form->messageError()->isVisible());
    QCOMPARE(form->counterLabel()->text(), QStringLiteral("5001 / 5000"));
    form->messageEdit()->setPlainText(QStringLiteral("重庆的轻轨什么时候到机场？"));
    QVERIFY(form->messageError()->isHidden()); // 13 characters, however many bytes

    leave(form->consentBox());
    QVERIFY(form->consentError()->isVisible());
    QCOMPARE(form->consentBox()->accessibleDescription(), form->consentError()->text());
    form->consentBox()->setChecked(true);
    QVERIFY(form->consentError()->isHidden());
    QVERIFY(form->consentBox()->accessibleDescription().isEmpty());
    form->consentBox()->setChecked(false);
    QVERIFY(form->consentError()->isVisible());
}

// Send is never greyed out without a reason: pressed too early, it says everything at once and
// takes the user to the first thing to fix.
void TestMessageForm::sendingWithPartsMissingShowsEveryError()
{
    MessageDialog *form = showForm();
    QVERIFY(form);
    QSignalSpy queued(form, &MessageDialog::messageQueued);
    QTest::keyClicks(form->nameEdit(), QStringLiteral("Li Wei"));
    QVERIFY(form->sendButton()->isEnabled());
    form->sendButton()->click();

    QCOMPARE(queued.count(), 0);
    QVERIFY(m_fixture->outbox->all().isEmpty());
    QVERIFY(form->isVisible());
    QVERIFY(form->nameError()->isHidden());
    for (QLabel *error : {form->emailError(), form->messageError(), form->consentError()})
        QVERIFY2(error->isVisible(), qPrintable(error->objectName()));
    QCOMPARE(form->emailEdit()->accessibleDescription(), form->emailError()->text());
    QCOMPARE(form->messageEdit()->accessibleDescription(), form->messageError()->text());
    QCOMPARE(form->consentBox()->accessibleDescription(), form->consentError()->text());
    QCOMPARE(QApplication::focusWidget(), form->emailEdit());
    QVERIFY(form->stillNeededLabel()->isVisible());
    QCOMPARE(form->stillNeededLabel()->text(),
             QStringLiteral("Still needed: your email address, your message, and consent to "
                            "pass on your details"));
}

// Return is Send, as the default button: the form stays, saying what is missing.
void TestMessageForm::returnInAFieldTriesToSend()
{
    MessageDialog *form = showForm();
    QVERIFY(form);
    QVERIFY(form->sendButton()->isDefault());
    form->nameEdit()->setFocus();
    QTest::keyClick(form->nameEdit(), Qt::Key_Return);
    QVERIFY(form->isVisible());
    QVERIFY(form->nameError()->isVisible());
    QVERIFY(form->consentError()->isVisible());
    QVERIFY(m_fixture->outbox->all().isEmpty());
}

// The line under Send is there from the start and shrinks as the form fills.
void TestMessageForm::stillNeededFollowsTheFields()
{
    MessageDialog *form = showForm();
    QVERIFY(form);
    QLabel *line = form->stillNeededLabel();
    QVERIFY(line->isVisible());
    QCOMPARE(line->text(), QStringLiteral("Still needed: your name, your email address, your "
                                          "message, and consent to pass on your details"));
    QCOMPARE(form->sendButton()->accessibleDescription(), line->text());

    QTest::keyClicks(form->nameEdit(), QStringLiteral("Li Wei"));
    QTest::keyClicks(form->emailEdit(), QStringLiteral("li.wei@example"));
    QTest::keyClicks(form->messageEdit(), QStringLiteral("Hello?"));
    QCOMPARE(line->text(), QStringLiteral("Still needed: a valid email address, a longer "
                                          "message, and consent to pass on your details"));
    QTest::keyClicks(form->emailEdit(), QStringLiteral(".com"));
    QTest::keyClicks(form->messageEdit(), QStringLiteral(" When does line 27 open?"));
    QCOMPARE(line->text(), QStringLiteral("Still needed: consent to pass on your details"));
    form->consentBox()->setChecked(true);
    QVERIFY(line->isHidden());
    QVERIFY(form->sendButton()->accessibleDescription().isEmpty());
}

void TestMessageForm::aCompleteFormQueuesOneMessage()
{
    MessageDialog *form = showForm();
    QVERIFY(form);
    QSignalSpy queued(form, &MessageDialog::messageQueued);
    test::fillValidMessage(*form);
    QVERIFY(form->stillNeededLabel()->isHidden());
    form->sendButton()->click();
    QCOMPARE(queued.count(), 1);
    QVERIFY(!form->isVisible());
    QCOMPARE(form->result(), int(QDialog::Accepted));
    const QList<OutboxMessage> all = m_fixture->outbox->all();
    QCOMPARE(all.size(), 1);
    QCOMPARE(all.first().content.name, QStringLiteral("Li Wei"));
    QVERIFY(!m_fixture->outbox->draft());
}

ICHQ_UI_TEST_MAIN(TestMessageForm)

#include "tst_messageform.moc"
