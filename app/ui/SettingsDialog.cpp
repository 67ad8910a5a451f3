#include "SettingsDialog.h"

#include "common/DateText.h"
#include "common/Settings.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace ichq::ui {

namespace {

QLabel *wrappedLabel()
{
    auto *label = new QLabel;
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    return label;
}

} // namespace

SettingsDialog::SettingsDialog(Settings &settings, const ConsentState &consent,
                               const DataPaths &paths, QWidget *parent)
    : QDialog(parent), m_settings(settings), m_consent(consent), m_paths(paths)
{
    setObjectName(QStringLiteral("settingsDialog"));
    // A standard button: Qt's own translation names it in every language.
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(buildRefreshGroup());
    layout->addWidget(buildCookieGroup());
    layout->addWidget(buildDataGroup());
    layout->addStretch(1);
    layout->addWidget(buttons);
    setMinimumWidth(500);
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
    form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    form->addRow(m_intervalLabel, m_interval);
    form->addRow(m_notify);
    return m_refreshGroup;
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
