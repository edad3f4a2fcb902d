#include "Error.h"

namespace rapport {

QString errorCodeName(ErrorCode code)
{
    switch (code) {
    case ErrorCode::InvalidArgument:
        return QStringLiteral("invalid-argument");
    case ErrorCode::OutOfRange:
        return QStringLiteral("out-of-range");
    case ErrorCode::Incomplete:
        return QStringLiteral("incomplete");
    case ErrorCode::InvalidDefinition:
        return QStringLiteral("invalid-definition");
    case ErrorCode::NotFound:
        return QStringLiteral("not-found");
    case ErrorCode::AlreadyExists:
        return QStringLiteral("already-exists");
    case ErrorCode::WrongPassphrase:
        return QStringLiteral("wrong-passphrase");
    case ErrorCode::CorruptFile:
        return QStringLiteral("corrupt-file");
    case ErrorCode::ForeignFile:
        return QStringLiteral("foreign-file");
    case ErrorCode::NewerSchema:
        return QStringLiteral("newer-schema");
    case ErrorCode::Busy:
        return QStringLiteral("busy");
    case ErrorCode::DiskFull:
        return QStringLiteral("disk-full");
    case ErrorCode::ReadOnly:
        return QStringLiteral("read-only");
    case ErrorCode::PermissionDenied:
        return QStringLiteral("permission-denied");
    case ErrorCode::SecretRequired:
        return QStringLiteral("secret-required");
    case ErrorCode::NotConfigured:
        return QStringLiteral("not-configured");
    case ErrorCode::Cancelled:
        return QStringLiteral("cancelled");
    case ErrorCode::Io:
        return QStringLiteral("io");
    case ErrorCode::Unreachable:
        return QStringLiteral("unreachable");
    case ErrorCode::Insecure:
        return QStringLiteral("insecure");
    case ErrorCode::Expired:
        return QStringLiteral("expired");
    case ErrorCode::KeychainUnavailable:
        return QStringLiteral("keychain-unavailable");
    case ErrorCode::Internal:
        return QStringLiteral("internal");
    }
    return QStringLiteral("internal");
}

QString Error::codeName() const
{
    return errorCodeName(code);
}

} // namespace rapport
