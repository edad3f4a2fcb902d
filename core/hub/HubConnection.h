#pragma once

#include "common/Error.h"
#include "hub/HubAddress.h"

#include <QProcessEnvironment>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariantList>

#include <memory>

class QSqlError;

namespace rapport::hub {

/**
 * One open connection to a hub, through Qt's PostgreSQL driver (QPSQL). Each object has its own QSqlDatabase
 * connection name, closed and removed when the object goes. Every PostgreSQL error comes back as an Error:
 * unreachable hub → Io, refused or unverifiable TLS → Insecure, failed login → PermissionDenied, refused by a privilege
 * or policy → PermissionDenied, missing driver → NotFound.
 */
class HubConnection
{
public:
    /** The Qt SQL driver used. */
    static inline const QString DriverName = QStringLiteral("QPSQL");

    ~HubConnection();
    HubConnection(const HubConnection&) = delete;
    HubConnection& operator=(const HubConnection&) = delete;

    /**
     * Connects to `address`. The password comes only from the environment: PGPASSWORD or PGPASSFILE of
     * `environment` when set there, otherwise libpq reads PGPASSWORD, ~/.pgpass or PGPASSFILE itself.
     */
    [[nodiscard]] static Result<std::unique_ptr<HubConnection>>
    open(const HubAddress& address, const QProcessEnvironment& environment = QProcessEnvironment::systemEnvironment());
    /** Connects to the hub named by RAPPORT_HUB_URL in `environment`. */
    [[nodiscard]] static Result<std::unique_ptr<HubConnection>>
    openFromEnvironment(const QProcessEnvironment& environment);

    [[nodiscard]] const HubAddress& address() const { return m_address; }
    /** The PostgreSQL role this connection logged in as. */
    [[nodiscard]] QString login() const { return m_login; }
    [[nodiscard]] QSqlDatabase database() const;

    /** Runs one statement with positional `?` values; the query is positioned before its first row. */
    [[nodiscard]] Result<QSqlQuery> exec(const QString& sql, const QVariantList& values = {});
    /** Runs a script of several statements without parameters (a migration), one statement at a time. */
    [[nodiscard]] Result<void> execScript(const QString& sql);

    [[nodiscard]] Result<void> begin();
    [[nodiscard]] Result<void> commit();
    void rollback();

    /** Turns a QPSQL error into an Error, branching on its SQLSTATE. */
    [[nodiscard]] static Error errorFrom(const QSqlError& error, const QString& context);

private:
    HubConnection(HubAddress address, QString connectionName);

    HubAddress m_address;
    QString m_connectionName;
    QString m_login;
};

/** Rolls back on destruction unless committed. */
class HubTransaction
{
public:
    [[nodiscard]] static Result<HubTransaction> begin(HubConnection& connection);
    HubTransaction(HubTransaction&& other) noexcept;
    HubTransaction& operator=(HubTransaction&&) = delete;
    HubTransaction(const HubTransaction&) = delete;
    HubTransaction& operator=(const HubTransaction&) = delete;
    ~HubTransaction();

    [[nodiscard]] Result<void> commit();

private:
    explicit HubTransaction(HubConnection& connection);
    HubConnection* m_connection;
    bool m_open = true;
};

} // namespace rapport::hub
