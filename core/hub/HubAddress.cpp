#include "HubAddress.h"

#include "common/CoreTr.h"

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
        return fail(ErrorCode::NotFound,
                    CoreTr::tr("No hub is configured: set %1 to postgresql://LOGIN@HOST:PORT/DATABASE.")
                        .arg(UrlVariable));
    }
    return parse(uri);
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
