#include "ExportFileName.h"

#include <QCoreApplication>
#include <QDir>
#include <QRegularExpression>

namespace ichq::ui {

namespace {

constexpr int kMaxNameLength = 120;

} // namespace

QString suggestedPdfPath(const QString &title, const QString &folder)
{
    static const QRegularExpression refused(QStringLiteral("[\\\\/:*?\"<>|\\x00-\\x1f]"));
    QString name = title;
    name.replace(refused, QStringLiteral(" "));
    name = name.simplified().left(kMaxNameLength).trimmed();
    // A leading dot hides the file; trailing dots and spaces are dropped by Windows.
    while (name.startsWith(QLatin1Char('.')))
        name.remove(0, 1);
    while (name.endsWith(QLatin1Char('.')))
        name.chop(1);
    name = name.trimmed();
    if (name.isEmpty())
        name = QCoreApplication::translate("ExportFileName", "article");
    return QDir(folder).filePath(name + QStringLiteral(".pdf"));
}

QString withPdfSuffix(const QString &path)
{
    if (path.isEmpty() || path.endsWith(QStringLiteral(".pdf"), Qt::CaseInsensitive))
        return path;
    return path + QStringLiteral(".pdf");
}

} // namespace ichq::ui
