#pragma once

#include <QtGlobal>

namespace rapport::hub {

/** Test seams for the hub exchange: make a push stop part-way, as a dropped connection would. */
struct SyncFaults
{
    /** Stop with an Unreachable error once this many rows reached the hub; negative: never. */
    qsizetype abortPushAfterRows = -1;
};

} // namespace rapport::hub
