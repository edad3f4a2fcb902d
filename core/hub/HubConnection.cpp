#include "HubConnection.h"

#include "common/CoreTr.h"
#include "hub/SqlScript.h"

#include <QAtomicInteger>
#include <QSqlDriver>
#include <QSqlError>
#include <QStringList>

namespace rapport::hub {
namespace {

QString nextConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("rapport-hub-%1").arg(counter.fetchAndAddRelaxed(1) + 1);
}

/** A libpq connection-string value, quoted (QPSQL passes its options through as they are). */
QString quoted(QString value)
{
    value.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    value.replace(QLatin1Char('\''), QStringLiteral("\\'"));
    return QLatin1Char('\'') + value + QLatin1Char('\'');
}

bool mentionsAny(const QString& text, const QStringList& needles)
{
    for (const QString& needle : needles) {
        if (text.contains(needle, Qt::CaseInsensitive)) {
            return true;
        }
    }
    return false;
}

/** Classifies a failed connection attempt from libpq's message (it has no SQLSTATE then). */
Error connectionError(const QSqlError& error, const HubAddress& address)
{
    const QString text = error.databaseText().trimmed().isEmpty() ? error.text() : error.databaseText().trimmed();
    const QString where = address.toUri();
    // First: "root certificate file ... does not exist" is about TLS, not a missing login.
    if (mentionsAny(text,
                    {QStringLiteral("does not support SSL"),
                     QStringLiteral("certificate"),
                     QStringLiteral("SSL error:"),
                     QStringLiteral("tlsv1 alert"),
                     QStringLiteral("SSL negotiation")})) {
        return Error {ErrorCode::Insecure,
                      CoreTr::tr("The hub at %1 did not make an encrypted connection with a certificate Rapport could "
                                 "check: %2")
                          .arg(where, text)};
    }
    if (mentionsAny(text,
                    {QStringLiteral("password authentication failed"),
                     QStringLiteral("no password supplied"),
                     QStringLiteral("authentication failed"),
                     QStringLiteral("does not exist"),
                     QStringLiteral("not permitted to log in"),
                     QStringLiteral("no pg_hba.conf entry"),
                     QStringLiteral("permission denied")})) {
        return Error {ErrorCode::PermissionDenied,
                      CoreTr::tr("The hub at %1 refused the login (check the login name and the password in "
                                 "PGPASSWORD, ~/.pgpass or PGPASSFILE): %2")
                          .arg(where, text)};
    }
    return Error {ErrorCode::Io, CoreTr::tr("The hub at %1 cannot be reached: %2").arg(where, text)};
}

} // namespace

HubConnection::HubConnection(HubAddress address, QString connectionName)
    : m_address(std::move(address))
    , m_connectionName(std::move(connectionName))
{
}

HubConnection::~HubConnection()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isValid()) {
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

Result<std::unique_ptr<HubConnection>> HubConnection::open(const HubAddress& address,
                                                           const QProcessEnvironment& environment)
{
    if (!QSqlDatabase::isDriverAvailable(DriverName)) {
        return fail(ErrorCode::NotFound,
                    CoreTr::tr("Qt's PostgreSQL driver (QPSQL) is not installed, so Rapport cannot reach a hub. On "
                               "Debian and Ubuntu, install the package libqt6sql6-psql."));
    }
    // Before anything leaves this computer: no plain or unverified connection to a hub elsewhere.
    RAPPORT_TRY(address.requireSecureTransport(environment));
    const QString name = nextConnectionName();
    // Owned from here, so the connection name is removed whatever happens below.
    std::unique_ptr<HubConnection> connection(new HubConnection(address, name));
    QSqlDatabase db = QSqlDatabase::addDatabase(DriverName, name);
    if (!address.host.isEmpty()) {
        db.setHostName(address.host);
    }
    if (address.port > 0) {
        db.setPort(address.port);
    }
    if (!address.database.isEmpty()) {
        db.setDatabaseName(address.database);
    }
    if (!address.login.isEmpty()) {
        db.setUserName(address.login);
    }
    // The password never comes from the command line or the URI. PGPASSWORD/PGPASSFILE of the given environment
    // are handed to libpq explicitly, since it reads only the process environment on its own.
    const QString password = environment.value(QStringLiteral("PGPASSWORD"));
    if (!password.isEmpty()) {
        db.setPassword(password);
    }
    QStringList options;
    const QString passFile = environment.value(QStringLiteral("PGPASSFILE"));
    if (!passFile.isEmpty()) {
        options.append(QStringLiteral("passfile=") + quoted(passFile));
    }
    bool hasTimeout = false;
    for (const auto& [key, value] : address.parameters) {
        options.append(key + QLatin1Char('=') + quoted(value));
        hasTimeout = hasTimeout || key == QStringLiteral("connect_timeout");
    }
    if (!hasTimeout) {
        // An unreachable hub should fail soon, not after the operating system's TCP timeout.
        options.append(QStringLiteral("connect_timeout=10"));
    }
    options.append(QStringLiteral("application_name=rapport"));
    db.setConnectOptions(options.join(QLatin1Char(';')));
    if (!db.open()) {
        return tl::unexpected(connectionError(db.lastError(), address));
    }
    auto who = connection->exec(QStringLiteral("SELECT current_user"));
    if (!who) {
        return tl::unexpected(who.error());
    }
    if (who->next()) {
        connection->m_login = who->value(0).toString();
    }
    return connection;
}

Result<std::unique_ptr<HubConnection>> HubConnection::openFromEnvironment(const QProcessEnvironment& environment)
{
    auto address = HubAddress::fromEnvironment(environment);
    if (!address) {
        return tl::unexpected(address.error());
    }
    return open(*address, environment);
}

QSqlDatabase HubConnection::database() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

Error HubConnection::errorFrom(const QSqlError& error, const QString& context)
{
    const QString state = error.nativeErrorCode();
    const QString text = error.databaseText().trimmed().isEmpty() ? error.text() : error.databaseText().trimmed();
    const QString message = context.isEmpty() ? text : context + QStringLiteral(": ") + text;
    ErrorCode code = ErrorCode::Io;
    if (state == QStringLiteral("42501") || state.startsWith(QStringLiteral("28"))) {
        code = ErrorCode::PermissionDenied; // insufficient privilege, row-level security, invalid authorization
    } else if (state == QStringLiteral("23505") || state == QStringLiteral("42710")) {
        code = ErrorCode::AlreadyExists; // unique violation, duplicate object (a role)
    } else if (state == QStringLiteral("23503") || state == QStringLiteral("P0002")
               || state == QStringLiteral("42704")) {
        code = ErrorCode::NotFound; // foreign key, no data found, undefined object
    } else if (state.startsWith(QStringLiteral("22")) || state == QStringLiteral("23514")
               || state == QStringLiteral("23502")) {
        code = ErrorCode::InvalidArgument; // data exceptions, check and not-null violations
    } else if (state == QStringLiteral("40001") || state == QStringLiteral("40P01")
               || state == QStringLiteral("55P03")) {
        code = ErrorCode::Busy; // serialization failure, deadlock, lock not available
    } else if (state.startsWith(QStringLiteral("08")) || state.startsWith(QStringLiteral("57")) || state.isEmpty()) {
        code = ErrorCode::Io; // connection lost, server shutting down, or no answer at all
    } else if (state.startsWith(QStringLiteral("42"))) {
        code = ErrorCode::Internal; // a syntax or undefined-object error in our own SQL
    }
    return Error {code, message};
}

Result<QSqlQuery> HubConnection::exec(const QString& sql, const QVariantList& values)
{
    QSqlQuery query(database());
    query.setForwardOnly(true);
    if (values.isEmpty()) {
        if (!query.exec(sql)) {
            return tl::unexpected(errorFrom(query.lastError(), CoreTr::tr("The hub refused a request")));
        }
        return query;
    }
    if (!query.prepare(sql)) {
        return tl::unexpected(errorFrom(query.lastError(), CoreTr::tr("The hub refused a request")));
    }
    for (const QVariant& value : values) {
        query.addBindValue(value);
    }
    if (!query.exec()) {
        return tl::unexpected(errorFrom(query.lastError(), CoreTr::tr("The hub refused a request")));
    }
    return query;
}

Result<void> HubConnection::execScript(const QString& sql)
{
    for (const QString& statement : splitSqlScript(sql)) {
        QSqlQuery query(database());
        if (!query.exec(statement)) {
            return tl::unexpected(errorFrom(query.lastError(), QString()));
        }
    }
    return {};
}

Result<void> HubConnection::begin()
{
    auto begun = exec(QStringLiteral("BEGIN"));
    if (!begun) {
        return tl::unexpected(begun.error());
    }
    return {};
}

Result<void> HubConnection::commit()
{
    auto committed = exec(QStringLiteral("COMMIT"));
    if (!committed) {
        return tl::unexpected(committed.error());
    }
    return {};
}

void HubConnection::rollback()
{
    (void)exec(QStringLiteral("ROLLBACK"));
}

Result<HubTransaction> HubTransaction::begin(HubConnection& connection)
{
    RAPPORT_TRY(connection.begin());
    return HubTransaction(connection);
}

HubTransaction::HubTransaction(HubConnection& connection)
    : m_connection(&connection)
{
}

HubTransaction::HubTransaction(HubTransaction&& other) noexcept
    : m_connection(other.m_connection)
    , m_open(other.m_open)
{
    other.m_open = false;
}

HubTransaction::~HubTransaction()
{
    if (m_open) {
        m_connection->rollback();
    }
}

Result<void> HubTransaction::commit()
{
    m_open = false;
    return m_connection->commit();
}

} // namespace rapport::hub
