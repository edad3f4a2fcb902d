#pragma once

#include "common/Error.h"

#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

namespace rapport::test {

/**
 * A throwaway PostgreSQL cluster for tests: initdb in a temporary folder, listening on 127.0.0.1 only on a free
 * port (its Unix socket inside the folder), scram-sha-256 passwords for every TCP login so per-role logins are real.
 * Always stopped: by stop(), or by the destructor (fast shutdown, then immediate), or — when the test process
 * crashes or is killed — by a detached watchdog shell that waits for the process to end. PostgreSQL refuses to run as
 * root, so as root the cluster runs as the `postgres` system user (runuser) with the folder handed to it.
 *
 * One cluster per test executable keeps the suite quick (initdb takes about a second).
 */
class PgTestCluster
{
public:
    PgTestCluster();
    ~PgTestCluster();
    PgTestCluster(const PgTestCluster&) = delete;
    PgTestCluster& operator=(const PgTestCluster&) = delete;

    /** The folder with initdb, pg_ctl, postgres and psql: from PATH, else the newest /usr/lib/postgresql/N/bin. */
    [[nodiscard]] static QString binaryDirectory();
    /** Why the tests must be skipped (no PostgreSQL binaries at all), or empty when they can run. */
    [[nodiscard]] static QString unavailableReason();

    /** How many connections the server takes (before start(); default 40, the concurrent-sync benchmark needs more). */
    void setMaxConnections(int connections) { m_maxConnections = connections; }
    /** initdb, configure and start; bounded (about a minute at worst). */
    [[nodiscard]] Result<void> start();
    /** Stops the cluster (fast, then immediate); safe to call twice. */
    void stop();
    [[nodiscard]] bool isRunning() const { return m_running; }

    [[nodiscard]] static QString host() { return QStringLiteral("127.0.0.1"); }
    [[nodiscard]] int port() const { return m_port; }
    /** The cluster's superuser, for setting up owners and databases. */
    [[nodiscard]] static QString superuser() { return QStringLiteral("rapport_test_super"); }

    /** Runs SQL as the superuser in `database` (via psql, so the fixture needs no SQL driver). */
    [[nodiscard]] Result<QString> superSql(const QString& sql, const QString& database = QStringLiteral("postgres"));

    /**
     * Creates a LOGIN role with a random password (recorded in passFile()) and returns the password.
     * `attributes` such as "CREATEROLE" are added to CREATE ROLE.
     */
    [[nodiscard]] Result<QString> createLogin(const QString& login, const QString& attributes = QString());
    /** Creates a database owned by `owner`. */
    [[nodiscard]] Result<void> createDatabase(const QString& name, const QString& owner);
    /** Remembers a password for `login` in passFile() (for logins created by the code under test). */
    [[nodiscard]] Result<void> rememberPassword(const QString& login, const QString& password);

    /** A libpq .pgpass file with the password of every login created or remembered. */
    [[nodiscard]] QString passFile() const;
    /** `postgresql://login@127.0.0.1:port/database`. */
    [[nodiscard]] QString url(const QString& login, const QString& database) const;
    /** The system environment with RAPPORT_HUB_URL for `login` and PGPASSFILE set, and PGPASSWORD removed. */
    [[nodiscard]] QProcessEnvironment environmentFor(const QString& login, const QString& database) const;

    /** A fresh random password (letters and digits). */
    [[nodiscard]] static QString randomPassword();

private:
    [[nodiscard]] Result<QString>
    runTool(const QString& tool, const QStringList& arguments, int timeoutMs, bool asServerUser);
    [[nodiscard]] Result<void> tryStart();
    void startWatchdog();

    std::unique_ptr<QTemporaryDir> m_folder;
    QString m_binaries;
    QString m_superPassword;
    int m_port = 0;
    bool m_running = false;
    bool m_asRoot = false;
    int m_maxConnections = 40;
};

} // namespace rapport::test
