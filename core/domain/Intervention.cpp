#include "Intervention.h"

#include "common/CoreTr.h"

namespace rapport {

QList<Intervention::Kind> interventionKinds()
{
    using Kind = Intervention::Kind;
    return {Kind::ManagerCheckIns, Kind::WellnessSessions, Kind::ProviderChange, Kind::WorkloadChange, Kind::Other};
}

QString interventionKindName(Intervention::Kind kind)
{
    switch (kind) {
    case Intervention::Kind::ManagerCheckIns:
        return QStringLiteral("manager-check-ins");
    case Intervention::Kind::WellnessSessions:
        return QStringLiteral("wellness-sessions");
    case Intervention::Kind::ProviderChange:
        return QStringLiteral("provider-change");
    case Intervention::Kind::WorkloadChange:
        return QStringLiteral("workload-change");
    case Intervention::Kind::Other:
        return QStringLiteral("other");
    }
    return {};
}

std::optional<Intervention::Kind> interventionKindFromName(const QString& name)
{
    for (Intervention::Kind kind : interventionKinds()) {
        if (interventionKindName(kind) == name) {
            return kind;
        }
    }
    return std::nullopt;
}

QString interventionKindDisplayName(Intervention::Kind kind)
{
    switch (kind) {
    case Intervention::Kind::ManagerCheckIns:
        return CoreTr::tr("Manager check-ins");
    case Intervention::Kind::WellnessSessions:
        return CoreTr::tr("Wellness sessions");
    case Intervention::Kind::ProviderChange:
        return CoreTr::tr("Provider change");
    case Intervention::Kind::WorkloadChange:
        return CoreTr::tr("Workload change");
    case Intervention::Kind::Other:
        return CoreTr::tr("Other");
    }
    return {};
}

} // namespace rapport
