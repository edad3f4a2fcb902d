#pragma once

#include "cli/CliApplication.h"

#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QTextStream>

namespace rapport::test {

/** What one rapport-cli run printed. */
struct CliRun
{
    int exitCode = -1;
    QString out;
    QString err;
};

/** Runs rapport-cli in-process with `words` and `environment`. */
inline CliRun runCli(const QStringList& words, const QProcessEnvironment& environment)
{
    CliRun run;
    QTextStream out(&run.out);
    QTextStream err(&run.err);
    run.exitCode
        = cli::run(QStringList {QStringLiteral("rapport-cli")} + words, cli::standardCommands(), out, err, environment);
    out.flush();
    err.flush();
    return run;
}

} // namespace rapport::test
