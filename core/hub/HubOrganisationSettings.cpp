#include "HubOrganisationSettings.h"

#include "HubConnection.h"
#include "common/CoreTr.h"

namespace rapport::hub {

HubOrganisationSettings::HubOrganisationSettings(HubConnection& connection)
    : m_connection(connection)
{
}

Result<int> HubOrganisationSettings::minimumGroupSize()
{
    auto query = m_connection.exec(QStringLiteral("SELECT rapport.minimum_group_size()"));
    if (!query) {
        return tl::unexpected(query.error());
    }
    if (!query->next()) {
        return fail(ErrorCode::Internal, CoreTr::tr("The hub did not say its minimum group size."));
    }
    return query->value(0).toInt();
}

Result<void> HubOrganisationSettings::setMinimumGroupSize(int k)
{
    if (k < MinimumGroupSizeFloor || k > MinimumGroupSizeCeiling) {
        return fail(ErrorCode::InvalidArgument,
                    CoreTr::tr("The minimum group size is a whole number from %1 to %2.")
                        .arg(MinimumGroupSizeFloor)
                        .arg(MinimumGroupSizeCeiling));
    }
    auto query = m_connection.exec(QStringLiteral("SELECT rapport.set_minimum_group_size(?)"), {QVariant(k)});
    if (!query) {
        return tl::unexpected(query.error());
    }
    return {};
}

} // namespace rapport::hub
