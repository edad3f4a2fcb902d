#include "CliContext.h"

namespace rapport::cli {

CliContext::CliContext(QTextStream& out, QTextStream& err, QProcessEnvironment environment)
    : m_out(out)
    , m_err(err)
    , m_environment(std::move(environment))
{
}

void CliContext::printJson(const QJsonDocument& document)
{
    m_out << QString::fromUtf8(document.toJson(QJsonDocument::Compact)) << '\n';
    m_out.flush();
}

int CliContext::reportError(const Error& error)
{
    m_err << "rapport-cli: " << error.message << '\n';
    m_err.flush();
    return exitCodeFor(error.code);
}

int CliContext::reportUsage(const QString& message)
{
    m_err << "rapport-cli: " << message << '\n'
          << QCoreApplication::translate("Rapport", "Try 'rapport-cli --help' for more information.") << '\n';
    m_err.flush();
    return ExitUsage;
}

std::optional<int>
CliContext::parse(QCommandLineParser& parser, const QString& commandName, const QStringList& arguments)
{
    const QCommandLineOption helpOption(QStringList {QStringLiteral("h"), QStringLiteral("help")},
                                        QCoreApplication::translate("Rapport", "Show this help."));
    parser.addOption(helpOption);
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    QStringList withProgram = arguments;
    withProgram.prepend(QStringLiteral("rapport-cli ") + commandName);
    if (!parser.parse(withProgram)) {
        return reportUsage(parser.errorText());
    }
    if (parser.isSet(helpOption)) {
        QString help = parser.helpText();
        // QCommandLineParser names the running executable in its usage line, not the command: name the command.
        const qsizetype usageEnd = help.indexOf(QLatin1Char('\n'));
        const QString usage = help.left(usageEnd);
        const qsizetype optionsAt = usage.indexOf(QStringLiteral(" ["));
        help.replace(
            0,
            usageEnd,
            QCoreApplication::translate("Rapport", "Usage: %1%2")
                .arg(QStringLiteral("rapport-cli ") + commandName, optionsAt >= 0 ? usage.mid(optionsAt) : QString()));
        m_out << help;
        m_out.flush();
        return ExitOk;
    }
    return std::nullopt;
}

std::optional<QString> CliContext::subcommand(const QStringList& arguments, const QStringList& allowed, int& exitCode)
{
    const QString expected = allowed.join(QStringLiteral(", "));
    if (arguments.isEmpty() || arguments.first().startsWith(QLatin1Char('-'))) {
        if (!arguments.isEmpty()
            && (arguments.first() == QStringLiteral("--help") || arguments.first() == QStringLiteral("-h"))) {
            m_out << QCoreApplication::translate("Rapport", "Subcommands: %1").arg(expected) << '\n';
            m_out.flush();
            exitCode = ExitOk;
            return std::nullopt;
        }
        exitCode = reportUsage(QCoreApplication::translate("Rapport", "expected one of: %1").arg(expected));
        return std::nullopt;
    }
    if (!allowed.contains(arguments.first())) {
        exitCode = reportUsage(QCoreApplication::translate("Rapport", "unknown subcommand '%1'; expected one of: %2")
                                   .arg(arguments.first(), expected));
        return std::nullopt;
    }
    return arguments.first();
}

int CliContext::exitCodeFor(ErrorCode code)
{
    switch (code) {
    case ErrorCode::InvalidArgument:
    case ErrorCode::OutOfRange:
    case ErrorCode::Incomplete:
    case ErrorCode::SecretRequired:
        return ExitUsage;
    case ErrorCode::WrongPassphrase:
        return ExitWrongPassphrase;
    case ErrorCode::CorruptFile:
    case ErrorCode::ForeignFile:
        return ExitCorrupt;
    case ErrorCode::NewerSchema:
        return ExitIncompatible;
    case ErrorCode::Busy:
        return ExitBusy;
    case ErrorCode::Unreachable:
        return ExitUnreachable;
    default:
        return ExitFailure;
    }
}

} // namespace rapport::cli
