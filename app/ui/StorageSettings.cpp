#include "StorageSettings.h"

#include "WrappedTextFit.h"

#include "common/Settings.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>

namespace ichq::ui {

namespace {

// The choices of "Keep articles for", in days; 0 is forever.
const QList<int> kKeepChoices{30, 90, 365, 0};

} // namespace

StorageSettings::StorageSettings(Settings &settings, QWidget *parent)
    : QGroupBox(parent), m_settings(settings), m_keepLabel(new QLabel), m_keep(new QComboBox),
      m_photoLimitLabel(new QLabel), m_photoLimit(new QSpinBox), m_starredNote(wrappedLabel()),
      m_stats(wrappedLabel()), m_cleanup(new QPushButton), m_result(wrappedLabel())
{
    setObjectName(QStringLiteral("storageSettings"));
    m_keep->setObjectName(QStringLiteral("keepArticles"));
    m_photoLimit->setObjectName(QStringLiteral("photoLimit"));
    m_stats->setObjectName(QStringLiteral("storeStats"));
    m_cleanup->setObjectName(QStringLiteral("cleanUpNow"));
    m_result->setObjectName(QStringLiteral("cleanupResult"));
    m_keepLabel->setBuddy(m_keep);
    m_photoLimitLabel->setBuddy(m_photoLimit);
    m_photoLimit->setRange(0, 1000);
    m_photoLimit->setValue(settings.photoLimitGigabytes());
    m_cleanup->setAutoDefault(false);
    m_stats->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_result->hide();
    m_stats->hide(); // until there are figures
    fillKeepChoices();

    connect(m_keep, &QComboBox::activated, this,
            [this](int index) { m_settings.setKeepArticlesDays(m_keep->itemData(index).toInt()); });
    connect(m_photoLimit, &QSpinBox::valueChanged, this,
            [this](int gigabytes) { m_settings.setPhotoLimitGigabytes(gigabytes); });
    connect(m_cleanup, &QPushButton::clicked, this, &StorageSettings::cleanupRequested);

    auto *form = new QFormLayout(this);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    form->addRow(m_keepLabel, m_keep);
    form->addRow(m_photoLimitLabel, m_photoLimit);
    form->addRow(m_starredNote);
    form->addRow(m_stats);
    auto *cleanupRow = new QHBoxLayout;
    cleanupRow->addWidget(m_cleanup, 0, Qt::AlignLeft | Qt::AlignTop);
    cleanupRow->addWidget(m_result, 1);
    form->addRow(cleanupRow);
    retranslateUi();
}

// A value set by hand in settings.ini that is not one of the choices is shown as it is.
void StorageSettings::fillKeepChoices()
{
    QList<int> choices = kKeepChoices;
    const int current = m_settings.keepArticlesDays();
    if (!choices.contains(current))
        choices.insert(choices.size() - 1, current);
    m_keep->clear();
    for (const int days : std::as_const(choices))
        m_keep->addItem(QString(), days);
    m_keep->setCurrentIndex(int(choices.indexOf(current)));
}

void StorageSettings::setStats(const StoreStats &stats)
{
    m_figures = stats;
    m_stats->setText(statsText());
    m_stats->show();
}

void StorageSettings::setCleanupRunning(bool running)
{
    m_cleanup->setEnabled(!running);
    if (running) {
        m_result->setText(tr("Cleaning up…"));
        m_result->show();
    }
}

void StorageSettings::showCleanupResult(const QString &sentence)
{
    m_cleanup->setEnabled(true);
    m_result->setText(sentence);
    m_result->show();
}

QString StorageSettings::statsText() const
{
    if (!m_figures)
        return {};
    const StoreStats &s = *m_figures;
    const QLocale locale;
    QString text = tr("Stored now: %n article(s) (%1 unread, %2 starred)", nullptr, s.articles)
                       .arg(s.unread)
                       .arg(s.starred) +
                   QStringLiteral(" · ") + tr("%n photo(s)", nullptr, s.images) +
                   QStringLiteral(" (") + locale.formattedDataSize(s.imageBytes) +
                   QStringLiteral(") · ") +
                   tr("article store %1").arg(locale.formattedDataSize(s.databaseBytes));
    if (s.oldest.isValid()) {
        const auto day = [&locale](const QDateTime &time) {
            return locale.toString(time.toLocalTime().date(), QLocale::ShortFormat);
        };
        text += QStringLiteral(" · ") + tr("from %1 to %2").arg(day(s.oldest), day(s.newest));
    }
    return text;
}

void StorageSettings::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QGroupBox::changeEvent(event);
}

void StorageSettings::retranslateUi()
{
    setTitle(tr("Storage"));
    m_keepLabel->setText(tr("Keep &articles for:"));
    for (int i = 0; i < m_keep->count(); ++i) {
        const int days = m_keep->itemData(i).toInt();
        QString name;
        switch (days) {
        case 0:
            name = tr("Forever");
            break;
        case 30:
            name = tr("1 month");
            break;
        case 90:
            name = tr("3 months");
            break;
        case 365:
            name = tr("1 year");
            break;
        default:
            name = tr("%n day(s)", nullptr, days);
        }
        m_keep->setItemText(i, name);
    }
    m_photoLimitLabel->setText(tr("&Photos: at most"));
    //: After the number in the photo limit box: "2 GB"
    m_photoLimit->setSuffix(tr(" GB"));
    m_photoLimit->setSpecialValueText(tr("No limit"));
    m_photoLimit->setToolTip(tr("Over the limit, the photos of the oldest read articles are "
                                "deleted first; they are downloaded again when you open the "
                                "article online."));
    m_starredNote->setText(tr("Starred articles are always kept. Older articles and their "
                              "photos are deleted after each refresh."));
    m_cleanup->setText(tr("&Clean Up Now"));
    m_stats->setText(statsText());
}

} // namespace ichq::ui
