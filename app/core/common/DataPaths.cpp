#include "DataPaths.h"

#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>

namespace ichq {

DataPaths DataPaths::resolve(const QString &explicitDir)
{
    if (!explicitDir.isEmpty())
        return DataPaths(explicitDir);
    const QString fromEnv = qEnvironmentVariable("ICHQ_DATA_DIR");
    if (!fromEnv.isEmpty())
        return DataPaths(fromEnv);
    return DataPaths(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation));
}

DataPaths::DataPaths(const QString &root) : m_root(QDir::cleanPath(QDir(root).absolutePath())) {}

QString DataPaths::databaseFile() const
{
    return m_root + QStringLiteral("/reader.sqlite");
}

QString DataPaths::imageDir() const
{
    return m_root + QStringLiteral("/images");
}

QString DataPaths::outboxFile() const
{
    return m_root + QStringLiteral("/outbox.sqlite");
}

QString DataPaths::cookieFile() const
{
    return m_root + QStringLiteral("/cookies.dat");
}

QString DataPaths::settingsFile() const
{
    return m_root + QStringLiteral("/settings.ini");
}

bool DataPaths::ensureExists(QString *error) const
{
    if (QDir().mkpath(imageDir()))
        return true;
    if (error)
        *error = QCoreApplication::translate("DataPaths", "Cannot create the data folder %1.")
                     .arg(QDir::toNativeSeparators(m_root));
    return false;
}

} // namespace ichq
