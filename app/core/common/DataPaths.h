#pragma once

#include <QString>

namespace ichq {

// Where the app keeps what it stores. One root holds everything, so --data-dir or ICHQ_DATA_DIR
// moves the whole store and tests never touch a user's data.
class DataPaths
{
public:
    // explicitDir wins, then $ICHQ_DATA_DIR, then QStandardPaths::AppDataLocation.
    static DataPaths resolve(const QString &explicitDir = {});
    explicit DataPaths(const QString &root);

    QString root() const { return m_root; }
    QString databaseFile() const; // <root>/reader.sqlite
    QString imageDir() const;     // <root>/images
    QString outboxFile() const;   // <root>/outbox.sqlite
    QString cookieFile() const;   // <root>/cookies.dat (only after cookies were accepted)
    QString settingsFile() const; // <root>/settings.ini
    bool ensureExists(QString *error = nullptr) const;

private:
    QString m_root;
};

} // namespace ichq
