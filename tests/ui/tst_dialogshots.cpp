#include "UiTestSupport.h"

#include "store/StoreStats.h"
#include "ui/AddressField.h"
#include "ui/ConsentDialog.h"
#include "ui/EmptyState.h"
#include "ui/MessageDialog.h"
#include "ui/OfflineBanner.h"
#include "ui/OutboxModel.h"
#include "ui/OutboxWindow.h"
#include "ui/PrivacyDialog.h"
#include "ui/SettingsDialog.h"
#include "ui/StorageSettings.h"

#include <QCheckBox>
#include <QLayout>
#include <QLibraryInfo>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTextBrowser>
#include <QTranslator>
#include <QTreeView>

using namespace ichq;

// Pictures of every dialog in English, then in Chinese after switching the language at run time
// (the dialogs retranslate themselves; none is rebuilt), for a person to look at.
class TestDialogShots : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void englishThenChinese();

private:
    void buildDialogs();
    void buildFeedFailure();
    void fillOutbox();
    void showAll();
    void shootAll(const QString &language);
    bool switchToChinese();

    test::ReaderFixture m_fixture;
    test::ReaderFixture m_emptyFixture; // for the empty form: no draft
    QTranslator m_ours;
    QTranslator m_qts;
    std::unique_ptr<ui::ConsentDialog> m_consent;
    std::unique_ptr<ui::PrivacyDialog> m_privacy;
    std::unique_ptr<ui::MessageDialog> m_emptyForm;
    std::unique_ptr<ui::MessageDialog> m_errorForm;
    std::unique_ptr<ui::OutboxWindow> m_outbox;
    std::unique_ptr<ui::SettingsDialog> m_settings;
    std::unique_ptr<ui::SettingsDialog> m_settingsError; // an English feed it refuses
    std::unique_ptr<ui::EmptyState> m_empty;             // the feed failed: Retry, Settings…
    std::unique_ptr<ui::OfflineBanner> m_banner;         // the same, above stored articles
};

void TestDialogShots::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QVERIFY(m_fixture.open(30));
    QVERIFY(m_emptyFixture.open());
    m_fixture.consent->decide(ConsentState::Cookies::Accepted);
    fillOutbox();
    buildDialogs();
}

void TestDialogShots::cleanupTestCase()
{
    QCoreApplication::removeTranslator(&m_ours);
    QCoreApplication::removeTranslator(&m_qts);
    QLocale::setDefault(QLocale::c());
}

void TestDialogShots::fillOutbox()
{
    Outbox &outbox = *m_fixture.outbox;
    MessageDraft draft{QStringLiteral("Li Wei"), QStringLiteral("li.wei@example.com"),
                       QStringLiteral("When does metro line 27 open?"),
                       QStringLiteral("Hello, I read your article about line 27. When will the "
                                      "section to the airport open?"),
                       true};
    const QString failed = outbox.enqueue(draft);
    outbox.markFailed(failed, QStringLiteral("The server refused the message (403 Forbidden)."));
    draft.subject = QStringLiteral("Thank you for the Hongyadong photos");
    const QString sent = outbox.enqueue(draft);
    outbox.markSent(sent);
    draft.subject = QStringLiteral("A news tip: new ferry on the Yangtze");
    const QString waiting = outbox.enqueue(draft);
    outbox.markAttempt(waiting);
    outbox.defer(waiting, QStringLiteral("Connection refused"),
                 QDateTime::currentDateTimeUtc().addSecs(60));
    draft.subject.clear();
    outbox.enqueue(draft);
}

void TestDialogShots::buildDialogs()
{
    m_consent = std::make_unique<ui::ConsentDialog>();
    m_privacy = std::make_unique<ui::PrivacyDialog>(m_fixture.paths);
    m_emptyForm = std::make_unique<ui::MessageDialog>(*m_emptyFixture.outbox);
    m_errorForm = std::make_unique<ui::MessageDialog>(*m_fixture.outbox);
    m_outbox = std::make_unique<ui::OutboxWindow>(*m_fixture.outbox, *m_fixture.sender);
    m_settings = std::make_unique<ui::SettingsDialog>(*m_fixture.settings, *m_fixture.consent,
                                                      m_fixture.paths);
    m_settingsError = std::make_unique<ui::SettingsDialog>(*m_fixture.settings, *m_fixture.consent,
                                                           m_fixture.paths);
    StoreStats stats;
    QVERIFY(readStoreStats(m_fixture.database, &stats));
    m_settings->storage()->setStats(stats);
    m_settingsError->storage()->setStats(stats);
    buildFeedFailure();
    showAll();
    QLineEdit *feed = m_settingsError->englishFeed()->edit();
    feed->clear();
    QTest::keyClicks(feed, QStringLiteral("ftp://news.example.com/feed"));
    QTest::keyClick(feed, Qt::Key_Return);
    // A form a hurried user sent half done: every kind of error at once, and what is missing.
    ui::MessageDialog &form = *m_errorForm;
    QTest::keyClicks(form.emailEdit(), QStringLiteral("li.wei@example"));
    QTest::keyClicks(form.subjectEdit(), QStringLiteral("Metro"));
    QTest::keyClicks(form.messageEdit(), QStringLiteral("Hello?"));
    form.sendButton()->click();
    // The failed one: its row offers "Send by Email Instead".
    m_outbox->view()->setCurrentIndex(
        m_outbox->model()->index(m_outbox->model()->rowCount() - 1, 0));
}

// What the window shows when the feed failed, each part on its own, at a window's width.
void TestDialogShots::buildFeedFailure()
{
    const auto error = [] {
        return QCoreApplication::translate("ichq::Fetcher",
                                           "%1 is temporarily unavailable (HTTP 503).")
            .arg(QStringLiteral("www.ichongqing.info"));
    };
    m_empty = std::make_unique<ui::EmptyState>();
    m_empty->setReason(ui::EmptyState::Reason::Failed, error);
    m_empty->resize(760, 460);
    m_banner = std::make_unique<ui::OfflineBanner>();
    m_banner->showError(error);
    m_banner->resize(900, m_banner->sizeHint().height());
}

void TestDialogShots::showAll()
{
    for (QWidget *widget : std::initializer_list<QWidget *>{
             m_consent.get(), m_privacy.get(), m_emptyForm.get(), m_errorForm.get(), m_outbox.get(),
             m_settings.get(), m_settingsError.get(), m_empty.get(), m_banner.get()}) {
        widget->show();
        QVERIFY(QTest::qWaitForWindowExposed(widget));
    }
}

void TestDialogShots::shootAll(const QString &language)
{
    // The windows settle as a running event loop lets them (relayout, fitting wrapped text).
    QTest::qWait(100);
    const QList<QPair<QWidget *, QString>> shots{
        {m_consent.get(), QStringLiteral("consent")},
        {m_privacy.get(), QStringLiteral("privacy")},
        {m_emptyForm.get(), QStringLiteral("message-empty")},
        {m_errorForm.get(), QStringLiteral("message-errors")},
        {m_outbox.get(), QStringLiteral("outbox")},
        {m_settings.get(), QStringLiteral("settings")},
        {m_settingsError.get(), QStringLiteral("settings-feed-error")},
        {m_empty.get(), QStringLiteral("empty-failed")},
        {m_banner.get(), QStringLiteral("banner-failed")}};
    for (const auto &[widget, name] : shots) {
        // Whatever the language, nothing is squeezed below what its layout asks for at the
        // width it has (wrapped text needs more height when narrower).
        QLayout *layout = widget->layout();
        const int neededHeight = layout && layout->hasHeightForWidth()
                                     ? layout->totalHeightForWidth(widget->width())
                                     : widget->minimumSizeHint().height();
        QVERIFY2(widget->width() >= widget->minimumSizeHint().width() &&
                     widget->height() >= neededHeight,
                 qPrintable(QStringLiteral("%1 %2x%3 needs %4x%5")
                                .arg(name)
                                .arg(widget->width())
                                .arg(widget->height())
                                .arg(widget->minimumSizeHint().width())
                                .arg(neededHeight)));
        QVERIFY(!test::saveScreenshot(widget, QStringLiteral("dialog-%1-%2").arg(name, language))
                     .isEmpty());
    }
}

bool TestDialogShots::switchToChinese()
{
    const QLocale chinese(QLocale::Chinese, QLocale::China);
    QLocale::setDefault(chinese);
    if (!m_ours.load(QStringLiteral(ICHQ_ZH_QM)))
        return false;
    QCoreApplication::installTranslator(&m_ours);
    if (m_qts.load(chinese, QStringLiteral("qtbase"), QStringLiteral("_"),
                   QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(&m_qts);
    QCoreApplication::processEvents(); // the LanguageChange events
    return true;
}

void TestDialogShots::englishThenChinese()
{
    shootAll(QStringLiteral("en"));
    QVERIFY(m_privacy->browser()->toPlainText().contains(QStringLiteral("No tracking")));
    QVERIFY(m_privacy->browser()->toPlainText().contains(
        QDir::toNativeSeparators(m_fixture.paths.root())));
    QVERIFY(switchToChinese());
    shootAll(QStringLiteral("zh"));
    // The statement follows the language without reopening the dialog.
    QVERIFY(m_privacy->browser()->toPlainText().contains(QStringLiteral("不进行任何跟踪")));
}

ICHQ_UI_TEST_MAIN(TestDialogShots)

#include "tst_dialogshots.moc"
