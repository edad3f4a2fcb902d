#pragma once

#include <QProcessEnvironment>
#include <QStringList>
#include <QTextStream>

namespace rapport::cli {

/**
 * Runs rapport-cli with `arguments` (the program name first, as QCoreApplication::arguments() gives it),
 * writing to `out`/`err`, and returns the process exit code. Tests call this directly.
 */
int run(const QStringList& arguments, QTextStream& out, QTextStream& err,
        const QProcessEnvironment& environment = QProcessEnvironment::systemEnvironment());

/** Runs with the process's standard output and error. */
int run(const QStringList& arguments);

} // namespace rapport::cli
