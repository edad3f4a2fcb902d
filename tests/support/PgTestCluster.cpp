#include "PgTestCluster.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QVersionNumber>

#ifdef Q_OS_UNIX
#include <arpa/inet.h>
#include <csignal>
#include <netinet/in.h>
#include <pwd.h>
#include <sys/socket.h>
#include <sys/types.h>
#include <unistd.h>
#endif

namespace rapport::test {
namespace {

const QString ServerUser = QStringLiteral("postgres");
constexpr int ToolTimeoutMs = 60'000;
constexpr int StopTimeoutMs = 20'000;

bool hasServerTools(const QString& directory)
{
    return QFileInfo(directory + QStringLiteral("/initdb")).isExecutable()
        && QFileInfo(directory + QStringLiteral("/pg_ctl")).isExecutable()
        && QFileInfo(directory + QStringLiteral("/postgres")).isExecutable()
        && QFileInfo(directory + QStringLiteral("/psql")).isExecutable();
}

/** A port nobody listens on right now (the kernel's pick); racy in theory, so start() retries. */
int freePort()
{
#ifdef Q_OS_UNIX
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    if (fd >= 0) {
        sockaddr_in address {};
        address.sin_family = AF_INET;
        address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        address.sin_port = 0;
        socklen_t length = sizeof(address);
        int port = 0;
        if (::bind(fd, reinterpret_cast<sockaddr*>(&address), sizeof(address)) == 0
            && ::getsockname(fd, reinterpret_cast<sockaddr*>(&address), &length) == 0) {
            port = ntohs(address.sin_port);
        }
        ::close(fd);
        if (port > 0) {
            return port;
        }
    }
#endif
    return 20000 + static_cast<int>(QRandomGenerator::global()->bounded(20000));
}

QString passFileField(QString value)
{
    value.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    value.replace(QLatin1Char(':'), QStringLiteral("\\:"));
    return value;
}

/** Hands `path` to the server's system user (only when running as root). */
Result<void> handToServerUser(const QString& path)
{
#ifdef Q_OS_UNIX
    const passwd* user = ::getpwnam(ServerUser.toLocal8Bit().constData());
    if (user == nullptr) {
        return fail(ErrorCode::NotFound,
                    QStringLiteral("PostgreSQL refuses to run as root, and there is no '%1' system user to run it "
                                   "as (it comes with the postgresql package).")
                        .arg(ServerUser));
    }
    if (::chown(QFile::encodeName(path).constData(), user->pw_uid, user->pw_gid) != 0) {
        return fail(ErrorCode::Io, QStringLiteral("Cannot hand %1 to the %2 user.").arg(path, ServerUser));
    }
#else
    Q_UNUSED(path)
#endif
    return {};
}

} // namespace

PgTestCluster::PgTestCluster()
{
#ifdef Q_OS_UNIX
    m_asRoot = ::geteuid() == 0;
#endif
}

PgTestCluster::~PgTestCluster()
{
    stop();
}

QString PgTestCluster::binaryDirectory()
{
    const QString inPath = QStandardPaths::findExecutable(QStringLiteral("initdb"));
    if (!inPath.isEmpty()) {
        // A symlink in PATH (/usr/local/bin/initdb) may stand alone: look where it points.
        const QString directory = QFileInfo(QFileInfo(inPath).canonicalFilePath()).absolutePath();
        if (hasServerTools(directory)) {
            return directory;
        }
    }
    // Debian keeps the server binaries out of PATH, one folder per major version: take the newest.
    QDir versions(QStringLiteral("/usr/lib/postgresql"));
    QString best;
    QVersionNumber bestVersion;
    for (const QString& version : versions.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        const QString candidate = versions.filePath(version) + QStringLiteral("/bin");
        const QVersionNumber number = QVersionNumber::fromString(version);
        if (hasServerTools(candidate) && (best.isEmpty() || number > bestVersion)) {
            best = candidate;
            bestVersion = number;
        }
    }
    return best;
}

QString PgTestCluster::unavailableReason()
{
    if (binaryDirectory().isEmpty()) {
        return QStringLiteral("no PostgreSQL server binaries (initdb, pg_ctl, postgres) in PATH or "
                              "/usr/lib/postgresql/*/bin: install the postgresql package (scripts/install-deps)");
    }
    return QString();
}

QString PgTestCluster::randomPassword()
{
    static const QString alphabet = QStringLiteral("abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789");
    QString password;
    for (int i = 0; i < 24; ++i) {
        password.append(alphabet.at(QRandomGenerator::system()->bounded(static_cast<int>(alphabet.size()))));
    }
    return password;
}

Result<QString>
PgTestCluster::runTool(const QString& tool, const QStringList& arguments, int timeoutMs, bool asServerUser)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C"));
    environment.insert(QStringLiteral("PGPASSWORD"), m_superPassword);
    environment.remove(QStringLiteral("PGPASSFILE"));
    process.setProcessEnvironment(environment);
    if (m_folder) {
        process.setWorkingDirectory(m_folder->path());
    }
    const QString program = m_binaries + QLatin1Char('/') + tool;
    if (asServerUser && m_asRoot) {
        process.start(QStringLiteral("runuser"),
                      QStringList {QStringLiteral("-u"), ServerUser, QStringLiteral("--"), program} + arguments);
    } else {
        process.start(program, arguments);
    }
    if (!process.waitForStarted(10'000)) {
        return fail(ErrorCode::Io, QStringLiteral("Cannot start %1: %2").arg(program, process.errorString()));
    }
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished(5'000);
        return fail(ErrorCode::Io, QStringLiteral("%1 did not finish within %2 s").arg(tool).arg(timeoutMs / 1000));
    }
    const QString output = QString::fromLocal8Bit(process.readAll());
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        return fail(ErrorCode::Io,
                    QStringLiteral("%1 failed (exit %2): %3").arg(tool).arg(process.exitCode()).arg(output));
    }
    return output;
}

Result<void> PgTestCluster::start()
{
    if (m_running) {
        return {};
    }
    m_binaries = binaryDirectory();
    if (m_binaries.isEmpty()) {
        return fail(ErrorCode::NotFound, unavailableReason());
    }
    // As root the folder must be reachable by the server user: stay in /tmp, whatever TMPDIR says.
    const QString base = m_asRoot ? QStringLiteral("/tmp") : QDir::tempPath();
    m_folder = std::make_unique<QTemporaryDir>(base + QStringLiteral("/rapport-pg-XXXXXX"));
    if (!m_folder->isValid()) {
        return fail(ErrorCode::Io, QStringLiteral("Cannot create a temporary folder: %1").arg(m_folder->errorString()));
    }
    startWatchdog();
    const QString root = m_folder->path();
    const QString sockets = root + QStringLiteral("/socket");
    if (!QDir().mkpath(sockets)) {
        return fail(ErrorCode::Io, QStringLiteral("Cannot create %1").arg(sockets));
    }
    m_superPassword = randomPassword();
    const QString passwordFile = root + QStringLiteral("/superuser-password");
    {
        QFile file(passwordFile);
        if (!file.open(QIODevice::WriteOnly) || file.write(m_superPassword.toUtf8() + '\n') < 0) {
            return fail(ErrorCode::Io, QStringLiteral("Cannot write %1").arg(passwordFile));
        }
    }
    if (m_asRoot) {
        RAPPORT_TRY(handToServerUser(root));
        RAPPORT_TRY(handToServerUser(sockets));
        RAPPORT_TRY(handToServerUser(passwordFile));
    }
    auto initialised = runTool(QStringLiteral("initdb"),
                               {QStringLiteral("-D"),
                                root + QStringLiteral("/data"),
                                QStringLiteral("-U"),
                                superuser(),
                                QStringLiteral("--pwfile=") + passwordFile,
                                QStringLiteral("--auth=scram-sha-256"),
                                QStringLiteral("-E"),
                                QStringLiteral("UTF8"),
                                QStringLiteral("--locale=C"),
                                QStringLiteral("--no-sync")},
                               ToolTimeoutMs,
                               true);
    QFile::remove(passwordFile);
    if (!initialised) {
        return tl::unexpected(initialised.error());
    }
    // Loopback only, socket in our folder, and no durability: this cluster lives for one test run.
    QFile config(root + QStringLiteral("/data/postgresql.conf"));
    if (!config.open(QIODevice::Append | QIODevice::Text)) {
        return fail(ErrorCode::Io, QStringLiteral("Cannot configure the test cluster"));
    }
    config.write(QStringLiteral("\n# rapport test cluster\n"
                                "listen_addresses = '127.0.0.1'\n"
                                "unix_socket_directories = '%1'\n"
                                "fsync = off\nsynchronous_commit = off\nfull_page_writes = off\n"
                                "max_connections = %2\nshared_buffers = 32MB\n"
                                "password_encryption = 'scram-sha-256'\n")
                     .arg(sockets)
                     .arg(m_maxConnections)
                     .toUtf8());
    config.close();

    Result<void> started = fail(ErrorCode::Io, QString());
    for (int attempt = 0; attempt < 3; ++attempt) {
        started = tryStart();
        if (started) {
            m_running = true;
            return {};
        }
    }
    return started;
}

Result<void> PgTestCluster::tryStart()
{
    m_port = freePort();
    const QString root = m_folder->path();
    auto result = runTool(QStringLiteral("pg_ctl"),
                          {QStringLiteral("-D"),
                           root + QStringLiteral("/data"),
                           QStringLiteral("-l"),
                           root + QStringLiteral("/server.log"),
                           QStringLiteral("-w"),
                           QStringLiteral("-t"),
                           QStringLiteral("30"),
                           QStringLiteral("-o"),
                           QStringLiteral("-p %1").arg(m_port),
                           QStringLiteral("start")},
                          ToolTimeoutMs,
                          true);
    if (!result) {
        QFile log(root + QStringLiteral("/server.log"));
        const QString tail
            = log.open(QIODevice::ReadOnly) ? QString::fromLocal8Bit(log.readAll().right(2000)) : QString();
        // pg_ctl may give up while the server is still coming up: never leave one behind.
        (void)runTool(QStringLiteral("pg_ctl"),
                      {QStringLiteral("-D"),
                       root + QStringLiteral("/data"),
                       QStringLiteral("-m"),
                       QStringLiteral("immediate"),
                       QStringLiteral("-w"),
                       QStringLiteral("stop")},
                      StopTimeoutMs,
                      true);
        return fail(ErrorCode::Io, result.error().message + QStringLiteral("\nserver log:\n") + tail);
    }
    return {};
}

void PgTestCluster::startWatchdog()
{
#ifdef Q_OS_UNIX
    // A test that crashes or is killed never runs its destructors: a detached shell waits for this process to go,
    // then stops the cluster and deletes its folder. After a normal stop() it finds nothing left to do.
    const QString pgCtl = m_binaries + QStringLiteral("/pg_ctl");
    const QString stopCommand = (m_asRoot ? QStringLiteral("runuser -u %1 -- ").arg(ServerUser) : QString())
        + QStringLiteral("\"$2\" -D \"$3/data\" -m immediate -w -t 10 stop");
    const QString script
        = QStringLiteral("exec </dev/null >/dev/null 2>&1; while kill -0 \"$1\" 2>/dev/null; do sleep 1; done; "
                         "if [ -f \"$3/data/postmaster.pid\" ]; then %1; fi >/dev/null 2>&1; "
                         "rm -rf \"$3\"")
              .arg(stopCommand);
    QProcess::startDetached(QStringLiteral("/bin/sh"),
                            {QStringLiteral("-c"),
                             script,
                             QStringLiteral("pg-test-watchdog"),
                             QString::number(QCoreApplication::applicationPid()),
                             pgCtl,
                             m_folder->path()});
#endif
}

void PgTestCluster::stop()
{
    if (!m_folder) {
        return;
    }
    const QString data = m_folder->path() + QStringLiteral("/data");
    if (QFileInfo::exists(data + QStringLiteral("/postmaster.pid"))) {
        auto fast = runTool(QStringLiteral("pg_ctl"),
                            {QStringLiteral("-D"),
                             data,
                             QStringLiteral("-m"),
                             QStringLiteral("fast"),
                             QStringLiteral("-w"),
                             QStringLiteral("-t"),
                             QStringLiteral("15"),
                             QStringLiteral("stop")},
                            StopTimeoutMs,
                            true);
        if (!fast && QFileInfo::exists(data + QStringLiteral("/postmaster.pid"))) {
            (void)runTool(QStringLiteral("pg_ctl"),
                          {QStringLiteral("-D"),
                           data,
                           QStringLiteral("-m"),
                           QStringLiteral("immediate"),
                           QStringLiteral("-w"),
                           QStringLiteral("-t"),
                           QStringLiteral("10"),
                           QStringLiteral("stop")},
                          StopTimeoutMs,
                          true);
        }
#ifdef Q_OS_UNIX
        // Last resort: the postmaster's pid is the first line of postmaster.pid.
        QFile pidFile(data + QStringLiteral("/postmaster.pid"));
        if (pidFile.open(QIODevice::ReadOnly)) {
            const qint64 pid = pidFile.readLine().trimmed().toLongLong();
            if (pid > 0) {
                ::kill(static_cast<pid_t>(pid), SIGKILL);
            }
        }
#endif
    }
    m_running = false;
    m_folder.reset();
}

Result<QString> PgTestCluster::superSql(const QString& sql, const QString& database)
{
    if (!m_running) {
        return fail(ErrorCode::Internal, QStringLiteral("the test cluster is not running"));
    }
    auto output = runTool(QStringLiteral("psql"),
                          {QStringLiteral("-X"),
                           QStringLiteral("-q"),
                           QStringLiteral("-A"),
                           QStringLiteral("-t"),
                           QStringLiteral("-v"),
                           QStringLiteral("ON_ERROR_STOP=1"),
                           QStringLiteral("-h"),
                           host(),
                           QStringLiteral("-p"),
                           QString::number(m_port),
                           QStringLiteral("-U"),
                           superuser(),
                           QStringLiteral("-d"),
                           database,
                           QStringLiteral("-c"),
                           sql},
                          ToolTimeoutMs,
                          false);
    if (!output) {
        return tl::unexpected(output.error());
    }
    return output->trimmed();
}

Result<QString> PgTestCluster::createLogin(const QString& login, const QString& attributes)
{
    const QString password = randomPassword();
    auto created
        = superSql(QStringLiteral("CREATE ROLE \"%1\" LOGIN %2 PASSWORD '%3'").arg(login, attributes, password));
    if (!created) {
        return tl::unexpected(created.error());
    }
    RAPPORT_TRY(rememberPassword(login, password));
    return password;
}

Result<void> PgTestCluster::createDatabase(const QString& name, const QString& owner)
{
    auto created = superSql(QStringLiteral("CREATE DATABASE \"%1\" OWNER \"%2\"").arg(name, owner));
    if (!created) {
        return tl::unexpected(created.error());
    }
    return {};
}

Result<void> PgTestCluster::rememberPassword(const QString& login, const QString& password)
{
    if (!m_folder) {
        return fail(ErrorCode::Internal, QStringLiteral("the test cluster is not running"));
    }
    QFile file(passFile());
    if (!file.open(QIODevice::Append | QIODevice::Text)) {
        return fail(ErrorCode::Io, QStringLiteral("Cannot write %1").arg(passFile()));
    }
    // libpq ignores a password file that others may read.
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    file.write(QStringLiteral("%1:%2:*:%3:%4\n")
                   .arg(host())
                   .arg(m_port)
                   .arg(passFileField(login), passFileField(password))
                   .toUtf8());
    return {};
}

QString PgTestCluster::passFile() const
{
    return m_folder ? m_folder->path() + QStringLiteral("/pgpass") : QString();
}

QString PgTestCluster::url(const QString& login, const QString& database) const
{
    return QStringLiteral("postgresql://%1@%2:%3/%4?sslmode=disable").arg(login, host()).arg(m_port).arg(database);
}

QProcessEnvironment PgTestCluster::environmentFor(const QString& login, const QString& database) const
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("PGPASSWORD"));
    environment.insert(QStringLiteral("PGPASSFILE"), passFile());
    environment.insert(QStringLiteral("RAPPORT_HUB_URL"), url(login, database));
    return environment;
}

} // namespace rapport::test
