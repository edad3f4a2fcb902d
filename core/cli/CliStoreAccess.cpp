#include "CliStoreAccess.h"

#include "CliContext.h"
#include "common/CoreTr.h"

#include <QFile>

#include <sodium.h>

namespace rapport::cli {

void addPassphraseOption(QCommandLineParser& parser)
{
    parser.addOption(QCommandLineOption(
        QStringLiteral("passphrase-file"),
        CoreTr::tr("Read the store passphrase from the first line of FILE (default: $RAPPORT_PASSPHRASE)."),
        QStringLiteral("FILE")));
}

QString storePath(const CliContext& context)
{
    return context.storePath.isEmpty() ? Store::defaultPath() : context.storePath;
}

Result<SecureBytes> readPassphrase(const CliContext& context,
                                   const QCommandLineParser& parser,
                                   const QString& option,
                                   const QString& variable)
{
    QByteArray bytes;
    if (parser.isSet(option)) {
        QFile file(parser.value(option));
        if (!file.open(QIODevice::ReadOnly)) {
            return fail(ErrorCode::NotFound,
                        CoreTr::tr("The passphrase file %1 cannot be read.").arg(parser.value(option)));
        }
        bytes = file.readLine(64 * 1024);
        while (bytes.endsWith('\n') || bytes.endsWith('\r')) {
            bytes.chop(1);
        }
    } else if (context.environment().contains(variable)) {
        bytes = context.environment().value(variable).toUtf8();
    } else {
        return fail(ErrorCode::InvalidArgument,
                    CoreTr::tr("No passphrase given: use --%1 FILE or set %2.").arg(option, variable));
    }
    if (bytes.isEmpty()) {
        return fail(ErrorCode::InvalidArgument, CoreTr::tr("The passphrase is empty."));
    }
    return SecureBytes::takeFrom(bytes);
}

Result<std::unique_ptr<Store>> openStore(const CliContext& context, const QCommandLineParser& parser)
{
    auto passphrase = readPassphrase(context, parser);
    if (!passphrase) {
        return tl::unexpected(passphrase.error());
    }
    return Store::open(storePath(context), *passphrase);
}

} // namespace rapport::cli
