#include "HubAddress.h"

#include "common/CoreTr.h"

#include <QRegularExpression>
#include <QUrl>
#include <QUrlQuery>

namespace rapport::hub {

Result<HubAddress> HubAddress::parse(const QString& uri)
{
    const QUrl url(uri.trimmed(), QUrl::StrictMode);
    if (!url.isValid()
        || (url.scheme() != QStringLiteral("postgresql") && url.scheme() != QStringLiteral("postgres"))) {
        return fail(ErrorCode::InvalidArgument,
                    CoreTr::tr("'%1' is not a hub address: expected postgresql://LOGIN@HOST:PORT/DATABASE.")
                        .arg(url.toString(QUrl::RemovePassword)));
    }
    if (!url.password().isEmpty()) {
        return fail(ErrorCode::InvalidArgument,
                    CoreTr::tr("The hub address must not contain a password: put it in PGPASSWORD, ~/.pgpass or the "
                               "file named by PGPASSFILE."));
    }
    HubAddress address;
    address.host = url.host(QUrl::FullyDecoded);
    address.port = url.port(-1);
    address.login = url.userName(QUrl::FullyDecoded);
    address.database = url.path(QUrl::FullyDecoded);
    if (address.database.startsWith(QLatin1Char('/'))) {
        address.database.remove(0, 1);
    }
    const auto items = QUrlQuery(url).queryItems(QUrl::FullyDecoded);
    for (const auto& [key, value] : items) {
        // QPSQL joins its options with ';' and libpq's keywords are plain words: refuse anything else.
        bool plainKey = !key.isEmpty();
        for (const QChar c : key) {
            plainKey = plainKey && (c.isLetterOrNumber() || c == QLatin1Char('_'));
        }
        if (!plainKey || value.contains(QLatin1Char(';'))) {
            return fail(ErrorCode::InvalidArgument,
                        CoreTr::tr("The hub address has an invalid parameter '%1'.").arg(key));
        }
        if (key == QStringLiteral("password")) {
            return fail(ErrorCode::InvalidArgument,
                        CoreTr::tr("The hub address must not contain a password: put it in PGPASSWORD, ~/.pgpass or "
                                   "the file named by PGPASSFILE."));
        }
        address.parameters.append({key, value});
    }
    return address;
}

Result<HubAddress> HubAddress::fromEnvironment(const QProcessEnvironment& environment)
{
    const QString uri = environment.value(UrlVariable);
    if (uri.trimmed().isEmpty()) {
        return fail(
            ErrorCode::NotFound,
            CoreTr::tr("No hub is configured: set %1 to postgresql://LOGIN@HOST:PORT/DATABASE.").arg(UrlVariable));
    }
    return parse(uri);
}

namespace {

bool isThisComputer(const QString& host)
{
    if (host.isEmpty() || host.startsWith(QLatin1Char('/')) || host.startsWith(QLatin1Char('@'))) {
        return true; // libpq's local socket (a directory, or an abstract socket name)
    }
    if (host.compare(QStringLiteral("localhost"), Qt::CaseInsensitive) == 0) {
        return true;
    }
    // 127.0.0.0/8 and ::1, written out (Qt Network is not linked for this).
    static const QRegularExpression loopbackV4(QStringLiteral("^127(\\.(25[0-5]|2[0-4]\\d|1?\\d?\\d)){3}$"));
    QString bare = host;
    if (bare.startsWith(QLatin1Char('[')) && bare.endsWith(QLatin1Char(']'))) {
        bare = bare.mid(1, bare.size() - 2);
    }
    return loopbackV4.match(bare).hasMatch() || bare == QStringLiteral("::1")
        || bare == QStringLiteral("0:0:0:0:0:0:0:1");
}

} // namespace

Result<void> HubAddress::requireSecureTransport(const QProcessEnvironment& environment) const
{
    QString hosts = host;
    QString mode = environment.value(QStringLiteral("PGSSLMODE"));
    for (const auto& [key, value] : parameters) {
        if (key == QStringLiteral("sslmode")) {
            mode = value;
        } else if (key == QStringLiteral("host")) {
            hosts = value;
        }
    }
    if (hosts.isEmpty()) {
        hosts = environment.value(QStringLiteral("PGHOST"));
    }
    mode = mode.trimmed().toLower();
    if (mode == QStringLiteral("verify-full") || mode == QStringLiteral("verify-ca")) {
        return {};
    }
    for (const QString& each : hosts.split(QLatin1Char(','))) {
        if (!isThisComputer(each.trimmed())) {
            return fail(ErrorCode::Insecure,
                        CoreTr::tr("Rapport will not connect to the hub at %1 with sslmode=%2: over a network the "
                                   "connection must be encrypted and the server's certificate checked, or someone on "
                                   "the way could read or change what is sent. Add sslmode=verify-full and "
                                   "sslrootcert=FILE (your organisation's CA certificate) to the hub address.")
                            .arg(each.trimmed(), mode.isEmpty() ? QStringLiteral("prefer") : mode));
        }
    }
    return {};
}

QString HubAddress::toUri() const
{
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setHost(host);
    url.setPort(port);
    url.setUserName(login);
    url.setPath(QLatin1Char('/') + database);
    if (!parameters.isEmpty()) {
        QUrlQuery query;
        query.setQueryItems(parameters);
        url.setQuery(query);
    }
    return url.toString();
}

} // namespace rapport::hub
