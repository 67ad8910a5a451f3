#pragma once

#include <QByteArray>
#include <QString>

namespace ichq::cli {

// UTF-8 to stdout / stderr, whatever the locale says.
void printOut(const QString &line);
void printOutRaw(const QByteArray &bytes);
void printErr(const QString &line);

} // namespace ichq::cli
