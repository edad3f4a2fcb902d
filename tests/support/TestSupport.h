#pragma once

#include <QByteArray>
#include <QString>

namespace rapport::test {

/** Reads a whole file; empty when it does not exist. */
QByteArray readAll(const QString& path);

} // namespace rapport::test
