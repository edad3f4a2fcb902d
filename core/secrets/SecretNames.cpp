#include "SecretNames.h"

#include <QUrl>

namespace rapport::SecretNames {

QString hubPassword(const QString& hubUrl)
{
    const QUrl url(hubUrl, QUrl::StrictMode);
    if (!url.isValid() || url.userName().isEmpty() || url.host().isEmpty()) {
        return {};
    }
    constexpr int PostgresPort = 5432;
    // The host as QUrl normalises it (lower case), so the same hub written two ways finds one entry.
    return QStringLiteral("hub-password:%1@%2:%3").arg(url.userName(), url.host()).arg(url.port(PostgresPort));
}

QString backupPassphrase(const QString& storeKeychainId)
{
    return QStringLiteral("backup-passphrase:") + storeKeychainId;
}

} // namespace rapport::SecretNames
