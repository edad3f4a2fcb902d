#include "common/ApplicationIdentity.h"

#include <QCoreApplication>
#include <QSettings>

namespace rapport::ApplicationIdentity {

namespace {
const QString OrganizationName = QStringLiteral("Rapport");
} // namespace

QString id()
{
    return QStringLiteral(RAPPORT_APP_ID);
}

QString organizationDomain()
{
    return QStringLiteral("rapportapp.github.io");
}

void apply(const QString& applicationName)
{
    QCoreApplication::setApplicationName(applicationName);
    QCoreApplication::setOrganizationName(OrganizationName);
    QCoreApplication::setOrganizationDomain(organizationDomain());
}

void adoptSettingsFromBeforeTheId()
{
    QSettings current;
    // The constructor with an organisation *name* and no domain is how the settings were opened before 0.1.
    QSettings earlier(OrganizationName, QCoreApplication::applicationName());
    if (current.fileName() == earlier.fileName() || !current.allKeys().isEmpty()) {
        return;
    }
    const QStringList keys = earlier.allKeys();
    for (const QString& key : keys) {
        current.setValue(key, earlier.value(key));
    }
    current.sync();
}

} // namespace rapport::ApplicationIdentity
