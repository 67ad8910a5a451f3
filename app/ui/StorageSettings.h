#pragma once

#include "store/StoreStats.h"

#include <QGroupBox>

#include <optional>

class QComboBox;
class QLabel;
class QPushButton;
class QSpinBox;

namespace ichq {
class Settings;
}

namespace ichq::ui {

// The Storage part of Settings: how long articles are kept, how much room the photos may take,
// what the store holds now, and "Clean up now". Changes are stored in Settings at once; the
// cleanup itself is asked for with cleanupRequested().
class StorageSettings : public QGroupBox
{
    Q_OBJECT
public:
    explicit StorageSettings(Settings &settings, QWidget *parent = nullptr);

    void setStats(const ichq::StoreStats &stats);
    void setCleanupRunning(bool running);
    void showCleanupResult(const QString &sentence);

    QComboBox *keepBox() const { return m_keep; }
    QSpinBox *photoLimitBox() const { return m_photoLimit; }
    QLabel *statsLabel() const { return m_stats; }
    QPushButton *cleanupButton() const { return m_cleanup; }
    QLabel *resultLabel() const { return m_result; }

signals:
    void cleanupRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void fillKeepChoices();
    void retranslateUi();
    QString statsText() const;

    Settings &m_settings;
    QLabel *m_keepLabel;
    QComboBox *m_keep;
    QLabel *m_photoLimitLabel;
    QSpinBox *m_photoLimit;
    QLabel *m_starredNote;
    QLabel *m_stats;
    QPushButton *m_cleanup;
    QLabel *m_result;
    // The figures last shown, kept so a language switch writes them again.
    std::optional<StoreStats> m_figures;
};

} // namespace ichq::ui
