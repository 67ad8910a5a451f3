#pragma once

#include "common/DataPaths.h"
#include "common/WholeArticles.h"
#include "privacy/ConsentState.h"

#include <QDialog>
#include <QUrl>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QSpinBox;

namespace ichq {
class Settings;
}

namespace ichq::ui {

class AddressField;
class StorageSettings;

// Preferences: refresh interval, notifications, each edition's news feed, storage (retention,
// the photo limit, "Clean up now"), the cookie choice and "Delete my data". Every change applies at
// once (no OK/Apply): the dialog only reports it; whoever opened it acts. An address counts when
// typed out (Return, leaving the field, closing) or restored to its default.
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    SettingsDialog(Settings &settings, const ConsentState &consent, const DataPaths &paths,
                   QWidget *parent = nullptr);

    void setNotifyAvailable(bool available);
    void refreshConsent(); // shows the stored decision again

    QSpinBox *intervalBox() const { return m_interval; }
    QCheckBox *notifyBox() const { return m_notify; }
    QComboBox *wholeArticlesBox() const { return m_wholeArticles; }
    AddressField *englishFeed() const { return m_englishFeed; }
    AddressField *chineseFeed() const { return m_chineseFeed; }
    QLineEdit *chineseFeedField() const;
    QLabel *chineseFeedError() const;
    QLineEdit *messageAddressField() const;
    QLabel *messageAddressError() const;
    QRadioButton *acceptButton() const { return m_accept; }
    QRadioButton *declineButton() const { return m_decline; }
    QLabel *consentLabel() const { return m_consentInfo; }
    QPushButton *deleteButton() const { return m_delete; }
    StorageSettings *storage() const { return m_storage; }

signals:
    void intervalChanged(int minutes);
    void notifyChanged(bool on);
    void wholeArticlesChanged(ichq::WholeArticles mode);
    void englishFeedChanged(const QUrl &feed);        // empty: the site's built-in feed
    void chineseFeedChanged(const QUrl &feed);        // empty: none, the English edition then
    void messageAddressChanged(const QUrl &endpoint); // empty: the site's own address
    void cookieChoiceChanged(ichq::ConsentState::Cookies choice);
    void privacyRequested();
    void deleteDataRequested();

public slots:
    void done(int result) override;

protected:
    void changeEvent(QEvent *event) override;

private:
    QWidget *buildRefreshGroup();
    void addEditionRows(QFormLayout *form);
    AddressField *addFeedField(QFormLayout *form, const QString &language);
    void addWholeArticlesRow(QFormLayout *form);
    QWidget *buildCookieGroup();
    QWidget *buildDataGroup();
    void retranslateUi();

    Settings &m_settings;
    const ConsentState &m_consent;
    StorageSettings *m_storage;
    DataPaths m_paths;
    QGroupBox *m_refreshGroup = nullptr;
    QGroupBox *m_cookieGroup = nullptr;
    QGroupBox *m_dataGroup = nullptr;
    QLabel *m_intervalLabel = nullptr;
    QSpinBox *m_interval = nullptr;
    QCheckBox *m_notify = nullptr;
    QLabel *m_wholeArticlesLabel = nullptr;
    QComboBox *m_wholeArticles = nullptr;
    AddressField *m_englishFeed = nullptr;
    AddressField *m_chineseFeed = nullptr;
    AddressField *m_messageAddress = nullptr;
    QLabel *m_cookieText = nullptr;
    QRadioButton *m_accept = nullptr;
    QRadioButton *m_decline = nullptr;
    QLabel *m_consentInfo = nullptr;
    QPushButton *m_privacy = nullptr;
    QLabel *m_dataText = nullptr;
    QLabel *m_dataPath = nullptr;
    QPushButton *m_delete = nullptr;
};

} // namespace ichq::ui
