#pragma once

#include "common/Error.h"

namespace rapport::hub {

class HubConnection;

/** The organisation's settings on the hub that an admin may change (hub schema 13): the HR minimum group size k. */
class HubOrganisationSettings
{
public:
    /** The smallest and largest k the hub accepts. */
    static constexpr int MinimumGroupSizeFloor = 5;
    static constexpr int MinimumGroupSizeCeiling = 1000;

    explicit HubOrganisationSettings(HubConnection& connection);

    /** k as the hub's HR figures use it (5 when never set). */
    [[nodiscard]] Result<int> minimumGroupSize();
    /** Sets k (5–1000; InvalidArgument otherwise); it applies from the next published month. */
    [[nodiscard]] Result<void> setMinimumGroupSize(int k);

private:
    HubConnection& m_connection;
};

} // namespace rapport::hub
