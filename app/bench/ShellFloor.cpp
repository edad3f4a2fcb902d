#include "ShellFloor.h"

#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>

#include <sodium.h>

namespace rapport::bench::ShellFloor {

bool available()
{
    return !QStandardPaths::findExecutable(QStringLiteral("sqlcipher")).isEmpty();
}

Result<double> run(const QString& storePath, const QByteArray& preamble, const QStringList& statements)
{
    // Results go to /dev/null; the timer lines ("Run Time: real 0.123 user ... sys ...") come after each statement.
    QByteArray script = preamble;
    script += ".output /dev/null\n.timer on\n";
    for (const QString& statement : statements) {
        QString sql = statement.trimmed();
        if (!sql.endsWith(QLatin1Char(';'))) {
            sql += QLatin1Char(';');
        }
        script += sql.toUtf8() + '\n';
    }
    script += ".timer off\n.quit\n";

    QProcess shell;
    shell.setProcessChannelMode(QProcess::MergedChannels);
    shell.start(QStringLiteral("sqlcipher"), {QStringLiteral("-batch"), storePath});
    if (!shell.waitForStarted(10'000)) {
        sodium_memzero(script.data(), static_cast<std::size_t>(script.size()));
        return fail(ErrorCode::NotFound, QStringLiteral("the sqlcipher shell could not be started"));
    }
    shell.write(script);
    sodium_memzero(script.data(), static_cast<std::size_t>(script.size()));
    shell.closeWriteChannel();
    if (!shell.waitForFinished(600'000)) {
        shell.kill();
        return fail(ErrorCode::Internal, QStringLiteral("the sqlcipher shell did not finish"));
    }
    const QString output = QString::fromUtf8(shell.readAll());
    static const QRegularExpression timer(QStringLiteral("Run Time: real ([0-9.]+)"));
    double seconds = 0;
    int timed = 0;
    for (auto match = timer.globalMatch(output); match.hasNext();) {
        seconds += match.next().captured(1).toDouble();
        ++timed;
    }
    if (shell.exitCode() != 0 || timed < statements.size() || output.contains(QStringLiteral("Error"))) {
        return fail(ErrorCode::Internal, QStringLiteral("the sqlcipher shell failed: %1").arg(output.left(400)));
    }
    return seconds * 1000;
}

} // namespace rapport::bench::ShellFloor
