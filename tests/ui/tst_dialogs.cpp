#include "UiTestSupport.h"

#include "store/ArticleQueries.h"

#include "TestHttpServer.h"
#include "common/AppInfo.h"
#include "ui/ConsentController.h"
#include "ui/ConsentDialog.h"
#include "ui/MainWindow.h"
#include "ui/MessageController.h"
#include "ui/MessageDialog.h"
#include "ui/MessageNotice.h"
#include "ui/OutboxModel.h"
#include "ui/OutboxWindow.h"
#include "ui/RefreshController.h"
#include "ui/SettingsController.h"
#include "ui/SettingsDialog.h"
#include "ui/StorageSettings.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkCookie>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QSqlQuery>
#include <QStatusBar>
#include <QToolButton>
#include <QTreeView>
#include <QUrlQuery>

using namespace ichq;
using ichq::test::fillValidMessage;
using ichq::ui::MainWindow;

namespace {

const QByteArray kFeed = QByteArrayLiteral(
    "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>t</title>"
    "<item><title>One</title><link>https://www.ichongqing.info/a/1</link><guid>1</guid>"
    "<description>Hello</description><content:encoded "
    "xmlns:content=\"http://purl.org/rss/1.0/modules/content/\">&lt;p&gt;Hello, in full."
    "&lt;/p&gt;</content:encoded></item></channel></rss>");

// The cookie the site would set, stored through the jar as a reply would store it.
void receiveCookie(CookieJar &jar)
{
    QNetworkCookie cookie("session", "abc");
    cookie.setExpirationDate(QDateTime::currentDateTimeUtc().addDays(30));
    const QUrl site(QStringLiteral("https://www.ichongqing.info/"));
    jar.setCookiesFromUrl({cookie}, site);
}

} // namespace

class TestDialogs : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void consentAnswers_data();
    void consentAnswers();
    void firstRefreshWaitsForConsent();
    void newerPolicyAsksAgain();
    void withdrawalDeletesCookieFile();
    void settingsApplyAtOnce();
    void storageSettingsCleanUpNow();
    void messageAddressIsHttpsOnly();
    void emailPattern_data();
    void emailPattern();
    void draftComesBack();
    void sendEnqueuesDurably();
    void outboxStatesAndActions();
    void outboxFollowsSender();
    void theWindowSaysWhatBecameOfAMessage();
    void mailtoUrl();

private:
    ui::ConsentDialog *showAndWaitForConsent(MainWindow &window);
    std::unique_ptr<test::ReaderFixture> m_fixture;
};

void TestDialogs::init()
{
    m_fixture = std::make_unique<test::ReaderFixture>();
}

void TestDialogs::cleanup()
{
    m_fixture.reset();
}

ui::ConsentDialog *TestDialogs::showAndWaitForConsent(MainWindow &window)
{
    window.show();
    if (!QTest::qWaitFor([&] { return window.consent()->pendingDialog() != nullptr; }, 5000))
        return nullptr;
    ui::ConsentDialog *dialog = window.consent()->pendingDialog();
    return QTest::qWaitForWindowExposed(dialog) ? dialog : nullptr;
}

void TestDialogs::consentAnswers_data()
{
    QTest::addColumn<QString>("answer");
    QTest::addColumn<bool>("persistent");
    QTest::newRow("agree") << QStringLiteral("agree") << true;
    QTest::newRow("decline") << QStringLiteral("decline") << false;
    QTest::newRow("close") << QStringLiteral("close") << false;
}

// The answer is stored with the policy version, the jar follows it, and only then does the
// reader start refreshing and sending.
void TestDialogs::consentAnswers()
{
    QFETCH(QString, answer);
    QFETCH(bool, persistent);
    QVERIFY(m_fixture->open(0, true));
    MainWindow window(m_fixture->context());
    ui::ConsentDialog *dialog = showAndWaitForConsent(window);
    QVERIFY(dialog);
    QVERIFY(dialog->isModal());
    QVERIFY(!window.refreshController()->isAutomatic());
    QVERIFY(!window.messages()->isStarted());
    if (answer == u"agree")
        dialog->agreeButton()->click();
    else if (answer == u"decline")
        dialog->declineButton()->click();
    else
        dialog->close();
    QTRY_VERIFY(!window.consent()->pendingDialog());
    QCOMPARE(m_fixture->consent->cookies(),
             persistent ? ConsentState::Cookies::Accepted : ConsentState::Cookies::Declined);
    QCOMPARE(m_fixture->consent->decidedPolicyVersion(), ConsentState::kPolicyVersion);
    QCOMPARE(m_fixture->cookies->isPersistent(), persistent);
    QVERIFY(window.refreshController()->isAutomatic());
    QVERIFY(window.messages()->isStarted());
    receiveCookie(*m_fixture->cookies);
    QCOMPARE(QFile::exists(m_fixture->paths.cookieFile()), persistent);
}

// Against a local feed: not one request while the question is open, the refresh right after.
void TestDialogs::firstRefreshWaitsForConsent()
{
    test::TestHttpServer server;
    server.route("/feed/", [](const test::HttpRequest &) {
        return test::HttpResponse::ok(kFeed, "application/rss+xml");
    });
    QVERIFY(server.start());
    QVERIFY(m_fixture->open(30, true));
    m_fixture->settings->setFeedsFor(QStringLiteral("en"), {server.url(QStringLiteral("/feed/"))});
    MainWindow window(m_fixture->context());
    ui::ConsentDialog *dialog = showAndWaitForConsent(window);
    QVERIFY(dialog);
    window.refreshController()->refreshNow(); // not even when asked for
    QTest::qWait(2500);                       // past the window's own 2 s start fallback
    QCOMPARE(server.requestCount(), 0);
    QVERIFY(!window.refreshController()->isRunning());
    dialog->declineButton()->click();
    QTRY_VERIFY_WITH_TIMEOUT(server.requestCount("/feed/") >= 1, 10000);
    QTRY_VERIFY_WITH_TIMEOUT(!window.refreshController()->isRunning(), 10000);
}

void TestDialogs::newerPolicyAsksAgain()
{
    QVERIFY(m_fixture->open()); // declined, for the current version
    QVERIFY(!m_fixture->consent->needsAsking());
    // A decision recorded for an older text is no decision.
    m_fixture->settings->raw().setValue(QStringLiteral("consent/policyVersion"),
                                        ConsentState::kPolicyVersion - 1);
    QVERIFY(m_fixture->consent->needsAsking());
    m_fixture->consent->decide(ConsentState::Cookies::Accepted);

    // The app ships a newer statement than the one the user saw.
    ConsentState newer(*m_fixture->settings, ConsentState::kPolicyVersion + 1);
    QVERIFY(newer.needsAsking());
    ui::ReaderContext context = m_fixture->context();
    ui::ReaderContext withNewer{context.database, context.images, context.settings,
                                context.network,  context.paths,  newer,
                                context.outbox,   context.sender, context.cookies};
    MainWindow window(withNewer);
    ui::ConsentDialog *dialog = showAndWaitForConsent(window);
    QVERIFY(dialog);
    dialog->agreeButton()->click();
    QCOMPARE(newer.decidedPolicyVersion(), ConsentState::kPolicyVersion + 1);
    QVERIFY(!newer.needsAsking());
}

void TestDialogs::withdrawalDeletesCookieFile()
{
    QVERIFY(m_fixture->open());
    m_fixture->consent->decide(ConsentState::Cookies::Accepted);
    m_fixture->cookies->setPersistent(true);
    receiveCookie(*m_fixture->cookies);
    QVERIFY(QFile::exists(m_fixture->paths.cookieFile()));

    MainWindow window(m_fixture->context());
    ui::SettingsDialog *settings = window.settingsController()->showSettings();
    QVERIFY(settings->acceptButton()->isChecked());
    QVERIFY(
        settings->consentLabel()->text().contains(QString::number(ConsentState::kPolicyVersion)));
    settings->declineButton()->click();
    QVERIFY(!QFile::exists(m_fixture->paths.cookieFile()));
    QVERIFY(!m_fixture->cookies->isPersistent());
    QVERIFY(m_fixture->cookies->cookiesForUrl(QUrl(QStringLiteral("https://www.ichongqing.info/")))
                .isEmpty());
    QCOMPARE(m_fixture->consent->cookies(), ConsentState::Cookies::Declined);

    settings->acceptButton()->click(); // and back: kept on disk again from now on
    QVERIFY(m_fixture->cookies->isPersistent());
    receiveCookie(*m_fixture->cookies);
    QVERIFY(QFile::exists(m_fixture->paths.cookieFile()));
}

void TestDialogs::settingsApplyAtOnce()
{
    QVERIFY(m_fixture->open(30));
    MainWindow window(m_fixture->context());
    ui::SettingsDialog *settings = window.settingsController()->showSettings();
    QCOMPARE(settings->intervalBox()->value(), 30);
    settings->intervalBox()->setValue(0);
    QCOMPARE(m_fixture->settings->refreshIntervalMinutes(), 0);
    QCOMPARE(window.refreshController()->intervalMinutes(), 0);
    settings->intervalBox()->setValue(45);
    QCOMPARE(window.refreshController()->intervalMinutes(), 45);
    if (settings->notifyBox()->isEnabled()) {
        settings->notifyBox()->setChecked(true);
        QVERIFY(m_fixture->settings->notifyNewArticles());
    }
}

// Storage: the choices are stored at once, the figures say what the store holds, and Clean Up
// Now applies the new horizon in the refresh thread and says what it did.
void TestDialogs::storageSettingsCleanUpNow()
{
    QVERIFY(m_fixture->open());
    QVERIFY(m_fixture->storeArticles(0, 30));
    QSqlQuery age(m_fixture->database.connection());
    QVERIFY(age.exec(QStringLiteral("UPDATE articles SET published = %1, first_seen = %1 "
                                    "WHERE id <= 12")
                         .arg(QDateTime::currentDateTimeUtc().addDays(-45).toSecsSinceEpoch())));
    MainWindow window(m_fixture->context());
    ui::SettingsDialog *settings = window.settingsController()->showSettings();
    ui::StorageSettings *storage = settings->storage();
    QCOMPARE(storage->keepBox()->currentText(), QStringLiteral("3 months"));
    QCOMPARE(storage->photoLimitBox()->value(), 2);
    QVERIFY2(storage->statsLabel()->text().contains(QStringLiteral("30 article")),
             qPrintable(storage->statsLabel()->text()));

    storage->photoLimitBox()->setValue(5);
    QCOMPARE(m_fixture->settings->photoLimitGigabytes(), 5);
    const int month = storage->keepBox()->findData(30);
    storage->keepBox()->setCurrentIndex(month);
    emit storage->keepBox()->activated(month);
    QCOMPARE(m_fixture->settings->keepArticlesDays(), 30);
    QCOMPARE(m_fixture->settings->retention().photoBytesLimit, 5 * RetentionPolicy::kGiB);

    storage->cleanupButton()->click();
    QVERIFY(!storage->cleanupButton()->isEnabled());
    QVERIFY(QTest::qWaitFor([&] { return storage->cleanupButton()->isEnabled(); }, 20000));
    QVERIFY2(storage->resultLabel()->text().startsWith(QStringLiteral("Cleaned up: 12 article")),
             qPrintable(storage->resultLabel()->text()));
    QVERIFY2(storage->statsLabel()->text().contains(QStringLiteral("18 article")),
             qPrintable(storage->statsLabel()->text()));
    QCOMPARE(ArticleQueries(m_fixture->database).totalArticles(), 18);
}

// Name, e-mail and message never travel unencrypted: Settings refuses a plain http address
// beside the field (loopback excepted), and a good one reaches the sender at once.
void TestDialogs::messageAddressIsHttpsOnly()
{
    QVERIFY(m_fixture->open(30));
    MainWindow window(m_fixture->context());
    ui::SettingsDialog *settings = window.settingsController()->showSettings();
    QVERIFY(QTest::qWaitForWindowExposed(settings));
    QLineEdit *field = settings->messageAddressField();
    const QUrl before = m_fixture->settings->contactEndpoint();

    field->clear();
    QTest::keyClicks(field, QStringLiteral("http://example.com/contact"));
    QTest::keyClick(field, Qt::Key_Return);
    QVERIFY(settings->messageAddressError()->isVisible());
    QVERIFY2(settings->messageAddressError()->text().contains(QStringLiteral("https://")),
             qPrintable(settings->messageAddressError()->text()));
    QCOMPARE(field->accessibleDescription(), settings->messageAddressError()->text());
    QCOMPARE(m_fixture->settings->contactEndpoint(), before);
    settings->reject(); // not dropped without a word: the dialog stays
    QVERIFY(settings->isVisible());

    field->clear();
    QTest::keyClicks(field, QStringLiteral("https://example.com/contact"));
    QTest::keyClick(field, Qt::Key_Return);
    QVERIFY(!settings->messageAddressError()->isVisible());
    QCOMPARE(m_fixture->settings->contactEndpoint(),
             QUrl(QStringLiteral("https://example.com/contact")));
    QCOMPARE(m_fixture->sender->endpoint(), QUrl(QStringLiteral("https://example.com/contact")));

    field->clear(); // empty: the site's own address again
    QTest::keyClick(field, Qt::Key_Return);
    QCOMPARE(m_fixture->settings->contactEndpoint(), QUrl(defaultContactEndpoint()));
    settings->reject();
    QVERIFY(!settings->isVisible());
}

void TestDialogs::emailPattern_data()
{
    QTest::addColumn<QString>("email");
    QTest::addColumn<bool>("valid");
    QTest::newRow("plain") << QStringLiteral("li.wei@example.com") << true;
    QTest::newRow("plus and subdomain") << QStringLiteral("a+b@mail.cq.cn") << true;
    QTest::newRow("idn") << QStringLiteral("李伟@例子.中国") << true;
    QTest::newRow("no at") << QStringLiteral("li.wei.example.com") << false;
    QTest::newRow("no tld") << QStringLiteral("li@example") << false;
    QTest::newRow("one-letter tld") << QStringLiteral("li@example.c") << false;
    QTest::newRow("space") << QStringLiteral("li wei@example.com") << false;
    QTest::newRow("two ats") << QStringLiteral("li@wei@example.com") << false;
    QTest::newRow("empty domain part") << QStringLiteral("li@.com") << false;
}

void TestDialogs::emailPattern()
{
    QFETCH(QString, email);
    QFETCH(bool, valid);
    QCOMPARE(ui::MessageDialog::isValidEmail(email), valid);
}

void TestDialogs::draftComesBack()
{
    QVERIFY(m_fixture->open());
    {
        ui::MessageDialog dialog(*m_fixture->outbox);
        dialog.show();
        fillValidMessage(dialog);
        // Saved while typing, without closing.
        QTRY_COMPARE(m_fixture->outbox->draft().value_or(MessageDraft{}).name,
                     QStringLiteral("Li Wei"));
        QTest::keyClicks(dialog.messageEdit(), QStringLiteral(" Thanks."));
        dialog.reject(); // closing keeps the last keystrokes too
    }
    // As after a restart: the outbox file read afresh.
    m_fixture->sender.reset();
    m_fixture->outbox = std::make_unique<Outbox>(m_fixture->paths.outboxFile());
    QVERIFY(m_fixture->outbox->open());
    ui::MessageDialog again(*m_fixture->outbox);
    QCOMPARE(again.nameEdit()->text(), QStringLiteral("Li Wei"));
    QCOMPARE(again.emailEdit()->text(), QStringLiteral("li.wei@example.com"));
    QCOMPARE(again.subjectEdit()->text(), QStringLiteral("Metro line 27"));
    QCOMPARE(again.messageEdit()->toPlainText(), QStringLiteral("When does line 27 open? Thanks."));
    QVERIFY(again.consentBox()->isChecked());
    QVERIFY(again.stillNeededLabel()->isHidden());
}

void TestDialogs::sendEnqueuesDurably()
{
    QVERIFY(m_fixture->open());
    m_fixture->network.setForcedOffline(true); // it stays in the outbox
    MainWindow window(m_fixture->context());
    ui::MessageDialog *dialog = window.messages()->showMessageDialog();
    fillValidMessage(*dialog);
    dialog->sendButton()->click();
    QTRY_VERIFY(!window.messages()->messageDialog());
    QVERIFY(window.statusBar()->currentMessage().contains(QStringLiteral("outbox")));
    QVERIFY(!m_fixture->outbox->draft());

    Outbox reopened(m_fixture->paths.outboxFile()); // another connection: it is on disk
    QVERIFY(reopened.open());
    const QList<OutboxMessage> all = reopened.all();
    QCOMPARE(all.size(), 1);
    QCOMPARE(all.first().state, OutboxMessage::State::Queued);
    QCOMPARE(all.first().content.name, QStringLiteral("Li Wei"));
    QCOMPARE(all.first().content.message, QStringLiteral("When does line 27 open?"));
    QVERIFY(all.first().content.consent);

    // Opened again, the form is empty: a sent message is no draft.
    QVERIFY(window.messages()->showMessageDialog()->nameEdit()->text().isEmpty());
}

void TestDialogs::outboxStatesAndActions()
{
    QVERIFY(m_fixture->open());
    Outbox &outbox = *m_fixture->outbox;
    MessageDraft draft{QStringLiteral("Li Wei"), QStringLiteral("li@example.com"),
                       QStringLiteral("Queued one"), QStringLiteral("Still waiting here."), true};
    const QString queued = outbox.enqueue(draft);
    draft.subject = QStringLiteral("Sent one");
    const QString sent = outbox.enqueue(draft);
    QVERIFY(outbox.markSent(sent));
    draft.subject = QStringLiteral("Failed one");
    const QString failed = outbox.enqueue(draft);
    QVERIFY(outbox.markFailed(failed, QStringLiteral("403 Forbidden")));

    ui::OutboxWindow window(outbox, *m_fixture->sender);
    ui::OutboxModel *model = window.model();
    QCOMPARE(model->rowCount(), 3);
    const auto stateOf = [&](const QString &id) {
        return model->index(model->rowOf(id), ui::OutboxModel::StateColumn).data().toString();
    };
    QCOMPARE(stateOf(queued), QStringLiteral("Queued"));
    QCOMPARE(stateOf(sent), QStringLiteral("Sent"));
    QCOMPARE(stateOf(failed), QStringLiteral("Failed"));
    QCOMPARE(model->index(model->rowOf(failed), ui::OutboxModel::ErrorColumn).data().toString(),
             QStringLiteral("403 Forbidden"));

    QVERIFY(window.selectMessage(sent));
    QVERIFY(!window.retryButton()->isEnabled());
    QVERIFY(!window.emailButton()->isEnabled());
    QVERIFY(window.selectMessage(failed));
    QVERIFY(window.retryButton()->isEnabled());
    QVERIFY(window.emailButton()->isEnabled());
    QUrl opened;
    window.setUrlOpener([&](const QUrl &url) {
        opened = url;
        return true;
    });
    window.emailButton()->click();
    QCOMPARE(opened.scheme(), QStringLiteral("mailto"));
    QVERIFY(opened.toString(QUrl::FullyEncoded).contains(QStringLiteral("subject=Failed%20one")));

    window.retryButton()->click();
    QCOMPARE(outbox.message(failed)->state, OutboxMessage::State::Queued);
    QCOMPARE(stateOf(failed), QStringLiteral("Queued"));
    QVERIFY(window.selectMessage(sent));
    window.deleteButton()->click(); // delivered: a record, deleted without a question
    QCOMPARE(model->rowCount(), 2);
    QVERIFY(!outbox.message(sent));

    // Not delivered: asked first; No keeps it, Yes deletes it.
    QStringList asked;
    bool answer = false;
    window.setDeleteConfirmer([&](const OutboxMessage &message) {
        asked << message.id;
        return answer;
    });
    QVERIFY(window.selectMessage(failed));
    window.deleteButton()->click();
    QCOMPARE(asked, QStringList{failed});
    QVERIFY(outbox.message(failed));
    answer = true;
    window.deleteButton()->click();
    QVERIFY(!outbox.message(failed));
    QCOMPARE(model->rowCount(), 1);
}

// The window updates live as the sender delivers: queued becomes sent without a click.
void TestDialogs::outboxFollowsSender()
{
    test::TestHttpServer server;
    server.route("/contact", [](const test::HttpRequest &) {
        return test::HttpResponse::withStatus(201, "{}");
    });
    QVERIFY(server.start());
    QVERIFY(m_fixture->open());
    m_fixture->sender->setEndpoint(server.url(QStringLiteral("/contact")));
    const QString id =
        m_fixture->outbox->enqueue({QStringLiteral("Li Wei"), QStringLiteral("li@example.com"),
                                    QString(), QStringLiteral("Hello from the tests."), true});
    ui::OutboxWindow window(*m_fixture->outbox, *m_fixture->sender);
    ui::OutboxModel *model = window.model();
    QCOMPARE(model->index(0, ui::OutboxModel::StateColumn).data().toString(),
             QStringLiteral("Queued"));
    m_fixture->sender->setOnline(true);
    QTRY_COMPARE_WITH_TIMEOUT(model->index(0, ui::OutboxModel::StateColumn).data().toString(),
                              QStringLiteral("Sent"), 10000);
    QCOMPARE(server.requestCount("/contact"), 1);
    QCOMPARE(server.lastRequest("/contact").header("idempotency-key"), id.toUtf8());
}

// A refused message is not only in the Outbox: the window says so, with the server's reason (a
// standard one translated), and opens the Outbox from there. A badge counts those waiting; a
// delivered one is reported too.
void TestDialogs::theWindowSaysWhatBecameOfAMessage()
{
    test::TestHttpServer server;
    int answers = 0;
    server.route("/contact", [&answers](const test::HttpRequest &) {
        return ++answers == 1 ? test::HttpResponse::withStatus(422)
                              : test::HttpResponse::withStatus(201, "{}");
    });
    QVERIFY(server.start());
    QVERIFY(m_fixture->open());
    m_fixture->settings->setContactEndpoint(server.url(QStringLiteral("/contact")));
    m_fixture->sender->setEndpoint(server.url(QStringLiteral("/contact")));
    m_fixture->network.setForcedOffline(true);
    MainWindow window(m_fixture->context());
    window.show();
    ui::MessageNotice *notice = window.messages()->notice();
    ui::MessageDialog *dialog = window.messages()->showMessageDialog();
    fillValidMessage(*dialog);
    dialog->sendButton()->click();
    QTRY_VERIFY(notice->waitingBadge()->isVisible());
    QVERIFY2(notice->waitingBadge()->text().contains(QLatin1String("1 message")),
             qPrintable(notice->waitingBadge()->text()));

    window.messages()->start();
    m_fixture->network.setForcedOffline(false);
    m_fixture->sender->setOnline(true);
    QTRY_VERIFY_WITH_TIMEOUT(notice->noticeLabel()->isVisible(), 10000);
    const QString refused = notice->noticeLabel()->text();
    QVERIFY2(refused.contains(QLatin1String("was refused by the server")) &&
                 refused.contains(QLatin1String("(HTTP 422)")),
             qPrintable(refused));
    QVERIFY(notice->outboxButton()->isVisible());
    window.resize(1100, 700);
    QVERIFY(
        !test::saveScreenshot(window.statusBar(), QStringLiteral("message-refused-en")).isEmpty());
    QTRY_VERIFY(!notice->waitingBadge()->isVisible());
    notice->outboxButton()->click();
    QTRY_VERIFY(window.messages()->outboxWindow() &&
                window.messages()->outboxWindow()->isVisible());

    dialog = window.messages()->showMessageDialog();
    fillValidMessage(*dialog);
    dialog->sendButton()->click();
    QTRY_VERIFY_WITH_TIMEOUT(notice->noticeLabel()->text().contains(QLatin1String("delivered")),
                             10000);
    QVERIFY(!notice->outboxButton()->isVisible());
}

void TestDialogs::mailtoUrl()
{
    MessageDraft draft;
    draft.name = QStringLiteral("Li Wei");
    draft.email = QStringLiteral("li@example.com");
    draft.subject = QStringLiteral("Tickets & fares = 5+5?");
    draft.message = QStringLiteral("Line one\nLine two #3 重庆");
    const QUrl url = ui::mailtoUrl(QStringLiteral("service@ichongqing.info"), draft);
    QCOMPARE(url.toString(QUrl::FullyEncoded),
             QStringLiteral("mailto:service@ichongqing.info"
                            "?subject=Tickets%20%26%20fares%20%3D%205%2B5%3F"
                            "&body=Line%20one%0D%0ALine%20two%20%233%20%E9%87%8D%E5%BA%86"
                            "%0D%0A%0D%0A--%20%0D%0ALi%20Wei%0D%0Ali%40example.com"));
    QCOMPARE(QUrlQuery(url).queryItemValue(QStringLiteral("subject"), QUrl::FullyDecoded),
             draft.subject);

    draft.subject.clear(); // a subject line the mail client can show all the same
    QVERIFY(ui::mailtoUrl(QStringLiteral("service@ichongqing.info"), draft)
                .toString(QUrl::FullyEncoded)
                .contains(QStringLiteral("subject=Message%20from%20iChongqing%20Reader")));
}

ICHQ_UI_TEST_MAIN(TestDialogs)

#include "tst_dialogs.moc"
