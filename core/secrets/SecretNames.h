#pragma once

#include <QString>

namespace rapport::SecretNames {

/**
 * The service every Rapport keychain entry is filed under (what a keychain manager shows as the application).
 * The entry names below carry only what tells one secret from another: never a person's name, never a score.
 */
inline constexpr char Service[] = "Rapport";

/**
 * `hub-password:LOGIN@HOST:PORT` for the hub login in `hubUrl` (postgresql://LOGIN@HOST:PORT/DB?...). PostgreSQL
 * logins belong to the server, not to one database, so the database and the connection options are left out: two
 * stores joined to the same login share one entry, as they share the password. Empty when `hubUrl` names no login
 * or no host.
 */
[[nodiscard]] QString hubPassword(const QString& hubUrl);

/** `backup-passphrase:ID`, for the scheduled backups of the store whose keychain id is `storeKeychainId`. */
[[nodiscard]] QString backupPassphrase(const QString& storeKeychainId);

} // namespace rapport::SecretNames
