#include "Role.h"

#include "common/CoreTr.h"

namespace rapport {

QString roleName(Role role)
{
    switch (role) {
    case Role::Client:
        return QStringLiteral("client");
    case Role::Professional:
        return QStringLiteral("professional");
    case Role::Hr:
        return QStringLiteral("hr");
    case Role::Admin:
        return QStringLiteral("admin");
    }
    return {};
}

std::optional<Role> roleFromName(const QString& name)
{
    for (Role role : {Role::Client, Role::Professional, Role::Hr, Role::Admin}) {
        if (roleName(role) == name) {
            return role;
        }
    }
    return std::nullopt;
}

QString roleDisplayName(Role role)
{
    switch (role) {
    case Role::Client:
        return CoreTr::tr("Client");
    case Role::Professional:
        return CoreTr::tr("Professional");
    case Role::Hr:
        return CoreTr::tr("HR");
    case Role::Admin:
        return CoreTr::tr("Administrator");
    }
    return {};
}

} // namespace rapport
