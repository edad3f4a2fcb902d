#pragma once

#include <QByteArray>
#include <QString>

namespace rapport::test {

/** Reads a whole file; empty when it does not exist. */
QByteArray readAll(const QString& path);

/** The SHA-256 of a whole file, to prove it was not changed. */
QByteArray fileHash(const QString& path);

} // namespace rapport::test
