#pragma once

#include <QString>

#include <tl/expected.hpp>

namespace rapport {

/** What went wrong, as something code can branch on. The message is for people. */
enum class ErrorCode
{
    InvalidArgument, ///< malformed input (an answer list, a date, an option)
    OutOfRange, ///< a value outside what the instrument or setting allows
    Incomplete, ///< required answers or fields are missing
    InvalidDefinition, ///< an instrument definition file is not valid
    NotFound, ///< no such instrument, person, store, request...
    AlreadyExists, ///< refusing to overwrite something that exists
    WrongPassphrase, ///< the passphrase does not unlock the store or backup
    CorruptFile, ///< the file is damaged, truncated or altered
    ForeignFile, ///< the file is not a Rapport file
    NewerSchema, ///< written by a newer Rapport than this one
    Busy, ///< another Rapport process holds the store
    DiskFull, ///< no space left to write
    ReadOnly, ///< the location cannot be written
    PermissionDenied, ///< the current person may not do this
    SecretRequired, ///< a passphrase or password is needed and none was given (ask for one, then try again)
    NotConfigured, ///< a feature that needs setting up first (automatic backups without a folder)
    Cancelled, ///< the user stopped the operation
    Io, ///< any other input/output failure
    Unreachable, ///< the hub (a PostgreSQL server) cannot be reached: offline, nothing was lost
    Insecure, ///< refused before connecting: the connection would not be encrypted and verified
    Expired, ///< a one-time invitation that ran out, was used or was revoked (ask for a new one)
    KeychainUnavailable, ///< no system keychain (secret service) answers: ask for the secret and keep it in memory
    Internal, ///< a bug: an invariant did not hold
};

/** An error travelling as a value: a code to branch on plus a translated, user-readable message. */
struct Error
{
    ErrorCode code = ErrorCode::Internal;
    QString message;

    /** Stable, untranslated name of the code, for logs and JSON output. */
    [[nodiscard]] QString codeName() const;
};

/** The outcome of a fallible operation: the value, or an Error. */
template <typename T>
using Result = tl::expected<T, Error>;

/** Shorthand for returning a failure: `return fail(ErrorCode::NotFound, tr("..."));`. */
[[nodiscard]] inline tl::unexpected<Error> fail(ErrorCode code, QString message)
{
    return tl::unexpected<Error>(Error {code, std::move(message)});
}

[[nodiscard]] QString errorCodeName(ErrorCode code);

/** Returns the error of `expr` (any Result) from the enclosing function when it failed; goes on otherwise. */
#define RAPPORT_TRY(expr)                                                                                              \
    do {                                                                                                               \
        if (auto&& rapportTried_ = (expr); !rapportTried_) {                                                           \
            return tl::unexpected(rapportTried_.error());                                                              \
        }                                                                                                              \
    } while (false)

} // namespace rapport
