#pragma once

#include "common/Error.h"

#include <QList>
#include <QPair>
#include <QProcessEnvironment>
#include <QString>

namespace rapport::hub {

/**
 * Where a hub is and who connects to it, from a libpq-style connection URI:
 * `postgresql://LOGIN@HOST:PORT/DATABASE?sslmode=verify-full&...`. Passwords are never part of it: libpq takes them
 * from PGPASSWORD, ~/.pgpass or PGPASSFILE.
 */
struct HubAddress
{
    /** The environment variable holding the hub's URI. */
    static inline const QString UrlVariable = QStringLiteral("RAPPORT_HUB_URL");

    QString host; ///< empty: libpq's default (PGHOST or the local socket)
    int port = -1; ///< -1: libpq's default
    QString database; ///< empty: libpq's default (the login's name)
    QString login; ///< empty: libpq's default (PGUSER or the system user)
    /** libpq connection parameters from the query string (sslmode, sslrootcert, connect_timeout, ...). */
    QList<QPair<QString, QString>> parameters;

    /** Parses a `postgresql://` or `postgres://` URI; refuses one that carries a password. */
    [[nodiscard]] static Result<HubAddress> parse(const QString& uri);
    /** The address in RAPPORT_HUB_URL of `environment`; NotFound when it is not set. */
    [[nodiscard]] static Result<HubAddress> fromEnvironment(const QProcessEnvironment& environment);

    /**
     * Refuses, before anything is sent, a hub reached over the network without an encrypted, verified connection:
     * any host other than this computer (the local socket, localhost, 127.0.0.0/8, ::1) needs sslmode=verify-full or
     * verify-ca, from the address or PGSSLMODE. libpq's default, prefer, falls back to plain text and can be
     * downgraded by anyone on the path; require encrypts but trusts any certificate. Fails with Insecure.
     */
    [[nodiscard]] Result<void> requireSecureTransport(const QProcessEnvironment& environment) const;

    /** The URI again (no password, since it never has one), for messages. */
    [[nodiscard]] QString toUri() const;
};

} // namespace rapport::hub
