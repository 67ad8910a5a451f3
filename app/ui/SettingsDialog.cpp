#include "SettingsDialog.h"

#include "WrappedTextFit.h"

#include "AddressField.h"
#include "StorageSettings.h"
#include "common/AppInfo.h"
#include "outbox/MessageSender.h"

#include "common/DateText.h"
#include "common/Settings.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include <optional>

namespace ichq::ui {

SettingsDialog::SettingsDialog(Settings &settings, const ConsentState &consent,
                               const DataPaths &paths, QWidget *parent)
    : QDialog(parent), m_settings(settings), m_consent(consent),
      m_storage(new StorageSettings(settings)), m_paths(paths)
{
    setObjectName(QStringLiteral("settingsDialog"));
    // A standard button: Qt's own translation names it in every language.
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    // Return in the feed field takes the address; it does not close the dialog too.
    buttons->button(QDialogButtonBox::Close)->setAutoDefault(false);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(buildRefreshGroup());
    layout->addWidget(m_storage);
    layout->addWidget(buildCookieGroup());
    layout->addWidget(buildDataGroup());
    layout->addStretch(1);
    layout->addWidget(buttons);
    setMinimumWidth(580); // a feed's address, whole, beside its Restore Default button
    WrappedTextFit::install(this);
    retranslateUi();
    refreshConsent();
}

QWidget *SettingsDialog::buildRefreshGroup()
{
    m_refreshGroup = new QGroupBox;
    m_intervalLabel = new QLabel;
    m_interval = new QSpinBox;
    m_interval->setRange(0, 24 * 60);
    m_interval->setValue(m_settings.refreshIntervalMinutes());
    m_interval->setAccelerated(true);
    m_intervalLabel->setBuddy(m_interval);
    m_notify = new QCheckBox;
    m_notify->setChecked(m_settings.notifyNewArticles());
    connect(m_interval, &QSpinBox::valueChanged, this, &SettingsDialog::intervalChanged);
    connect(m_notify, &QCheckBox::toggled, this, &SettingsDialog::notifyChanged);

    auto *form = new QFormLayout(m_refreshGroup);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    // Addresses take the width there is, so a feed's address shows whole; the rest keep theirs.
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(m_intervalLabel, m_interval);
    form->addRow(m_notify);
    addWholeArticlesRow(form);
    addEditionRows(form);
    return m_refreshGroup;
}

// When the feed carries only summaries, the article's page gives the whole story offline.
void SettingsDialog::addWholeArticlesRow(QFormLayout *form)
{
    m_wholeArticlesLabel = new QLabel;
    m_wholeArticles = new QComboBox;
    m_wholeArticles->setObjectName(QStringLiteral("wholeArticles"));
    for (const WholeArticles mode :
         {WholeArticles::Always, WholeArticles::Auto, WholeArticles::Never})
        m_wholeArticles->addItem(QString(), int(mode));
    m_wholeArticles->setCurrentIndex(m_wholeArticles->findData(int(m_settings.wholeArticles())));
    m_wholeArticlesLabel->setBuddy(m_wholeArticles);
    connect(m_wholeArticles, &QComboBox::currentIndexChanged, this, [this] {
        emit wholeArticlesChanged(WholeArticles(m_wholeArticles->currentData().toInt()));
    });
    form->addRow(m_wholeArticlesLabel, m_wholeArticles);
}

// Each edition's feed (the Chinese one optional: the site publishes none we know of) and the
// address "Leave a message" sends to (https only, as MessageSender insists).
void SettingsDialog::addEditionRows(QFormLayout *form)
{
    m_englishFeed = addFeedField(form, QStringLiteral("en"));
    connect(m_englishFeed, &AddressField::committed, this, &SettingsDialog::englishFeedChanged);
    m_chineseFeed = addFeedField(form, QStringLiteral("zh"));
    connect(m_chineseFeed, &AddressField::committed, this, &SettingsDialog::chineseFeedChanged);

    const QUrl endpoint = m_settings.contactEndpoint();
    m_messageAddress = new AddressField(
        QStringLiteral("messageAddress"),
        endpoint == QUrl(defaultContactEndpoint()) ? QUrl() : endpoint,
        [](const QString &, const QUrl &url) {
            if (url.isEmpty())
                return QString(); // the site's own address
            return AddressField::isWebAddress(url) ? MessageSender::endpointProblem(url)
                                                   : tr("Enter a web address starting with "
                                                        "https://.");
        },
        this);
    connect(m_messageAddress, &AddressField::committed, this,
            &SettingsDialog::messageAddressChanged);
    m_messageAddress->addRows(form, false);
}

// The field shows the feed set in settings.ini, else the edition's built-in one (none in Chinese).
AddressField *SettingsDialog::addFeedField(QFormLayout *form, const QString &language)
{
    const QList<QUrl> configured = m_settings.configuredFeedsFor(language);
    const QList<QUrl> builtIn = builtInEditionFeeds(language);
    const QString name =
        language == u"zh" ? QStringLiteral("chineseFeed") : QStringLiteral("englishFeed");
    auto *field = new AddressField(
        name, configured.isEmpty() ? QUrl() : configured.constFirst(),
        [](const QString &, const QUrl &url) {
            return AddressField::isWebAddress(url)
                       ? QString()
                       : tr("Enter a web address starting with https:// or http://.");
        },
        this);
    field->offerDefault(builtIn.isEmpty() ? QUrl() : builtIn.constFirst());
    field->addRows(form);
    return field;
}

QLineEdit *SettingsDialog::chineseFeedField() const
{
    return m_chineseFeed->edit();
}

QLabel *SettingsDialog::chineseFeedError() const
{
    return m_chineseFeed->error();
}

QLineEdit *SettingsDialog::messageAddressField() const
{
    return m_messageAddress->edit();
}

QLabel *SettingsDialog::messageAddressError() const
{
    return m_messageAddress->error();
}

// Closing with an address that cannot be used keeps the dialog open with the error beside it,
// rather than drop what was typed without a word.
void SettingsDialog::done(int result)
{
    for (AddressField *field : {m_englishFeed, m_chineseFeed, m_messageAddress}) {
        if (!field->commit()) {
            field->edit()->setFocus(Qt::OtherFocusReason);
            return;
        }
    }
    QDialog::done(result);
}

QWidget *SettingsDialog::buildCookieGroup()
{
    m_cookieGroup = new QGroupBox;
    m_cookieText = wrappedLabel();
    m_accept = new QRadioButton;
    m_decline = new QRadioButton;
    m_consentInfo = wrappedLabel();
    m_consentInfo->setObjectName(QStringLiteral("consentInfo"));
    m_privacy = new QPushButton;
    m_privacy->setAutoDefault(false);
    // Exclusive by hand: neither is checked while the question is still open.
    auto *group = new QButtonGroup(this);
    group->addButton(m_accept);
    group->addButton(m_decline);
    connect(m_accept, &QRadioButton::clicked, this,
            [this] { emit cookieChoiceChanged(ConsentState::Cookies::Accepted); });
    connect(m_decline, &QRadioButton::clicked, this,
            [this] { emit cookieChoiceChanged(ConsentState::Cookies::Declined); });
    connect(m_privacy, &QPushButton::clicked, this, &SettingsDialog::privacyRequested);

    auto *layout = new QVBoxLayout(m_cookieGroup);
    layout->addWidget(m_cookieText);
    layout->addWidget(m_accept);
    layout->addWidget(m_decline);
    layout->addWidget(m_consentInfo);
    layout->addWidget(m_privacy, 0, Qt::AlignLeft);
    return m_cookieGroup;
}

QWidget *SettingsDialog::buildDataGroup()
{
    m_dataGroup = new QGroupBox;
    m_dataText = wrappedLabel();
    m_dataPath = wrappedLabel();
    m_dataPath->setText(QDir::toNativeSeparators(m_paths.root()));
    m_dataPath->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_delete = new QPushButton;
    m_delete->setAutoDefault(false);
    m_delete->setObjectName(QStringLiteral("deleteMyData"));
    connect(m_delete, &QPushButton::clicked, this, &SettingsDialog::deleteDataRequested);

    auto *layout = new QVBoxLayout(m_dataGroup);
    layout->addWidget(m_dataText);
    layout->addWidget(m_dataPath);
    layout->addWidget(m_delete, 0, Qt::AlignLeft);
    return m_dataGroup;
}

void SettingsDialog::setNotifyAvailable(bool available)
{
    m_notify->setEnabled(available);
}

void SettingsDialog::refreshConsent()
{
    const ConsentState::Cookies choice = m_consent.cookies();
    m_accept->setChecked(choice == ConsentState::Cookies::Accepted);
    m_decline->setChecked(choice == ConsentState::Cookies::Declined);
    if (choice == ConsentState::Cookies::Undecided) {
        m_consentInfo->setText(tr("You have not decided yet; cookies are kept in memory only."));
        return;
    }
    m_consentInfo->setText(tr("Decided on %1, for version %2 of the privacy statement.")
                               .arg(savedAtText(m_consent.decidedAt().toLocalTime()))
                               .arg(m_consent.decidedPolicyVersion()));
}

void SettingsDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void SettingsDialog::retranslateUi()
{
    setWindowTitle(tr("Settings"));
    m_refreshGroup->setTitle(tr("News"));
    m_intervalLabel->setText(tr("&Refresh every:"));
    //: After the number in the refresh interval box: "30 min"
    m_interval->setSuffix(tr(" min"));
    m_interval->setSpecialValueText(tr("Manually only"));
    m_interval->setToolTip(tr("0 means: only when you choose Refresh"));
    m_notify->setText(tr("&Notify about new articles"));
    m_wholeArticlesLabel->setText(tr("Download &whole articles:"));
    m_wholeArticles->setItemText(0, tr("Always"));
    m_wholeArticles->setItemText(1, tr("Only when the feed has summaries"));
    m_wholeArticles->setItemText(2, tr("Never"));
    m_wholeArticles->setToolTip(tr("Downloads each article's page, so the whole story with its "
                                   "photos can be read offline"));
    m_englishFeed->setTexts(tr("English edition &feed:"),
                            tr("For reading in English. Restore Default goes back to the "
                               "site's own feed."),
                            tr("Restore the English edition's default feed"));
    m_chineseFeed->setTexts(tr("Chinese &edition feed:"),
                            tr("For reading in Chinese. Leave empty to read the English "
                               "edition in both languages."),
                            tr("Restore the Chinese edition's default: no feed of its own"));
    m_messageAddress->setTexts(tr("&Message address:"), QString());
    m_messageAddress->edit()->setToolTip(
        tr("Where \"Leave a message\" sends. Leave empty for the site's own address."));
    m_cookieGroup->setTitle(tr("Cookies"));
    m_cookieText->setText(tr("The site www.ichongqing.info may set cookies when the reader fetches "
                             "news or sends a message."));
    m_accept->setText(tr("&Keep cookies on this computer"));
    m_decline->setText(tr("Keep cookies in &memory only (deletes stored cookies now)"));
    m_privacy->setText(tr("Privacy Statement…"));
    m_dataGroup->setTitle(tr("Your Data"));
    m_dataText->setText(tr("Everything the reader stores is in this folder: articles, images, "
                           "settings, cookies and your messages."));
    m_delete->setText(tr("&Delete My Data…"));
    refreshConsent();
}

} // namespace ichq::ui
