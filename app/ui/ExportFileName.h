#pragma once

#include <QString>

namespace ichq::ui {

// Export as PDF proposes "<title>.pdf" in the given folder (the user's Documents): the title
// without the characters Windows, macOS or Linux refuse in a file name, at most 120 characters,
// "article" when nothing is left.
QString suggestedPdfPath(const QString &title, const QString &folder);

// A chosen name without ".pdf" (any case) gets it: a file that opens as what it is.
QString withPdfSuffix(const QString &path);

} // namespace ichq::ui
