#pragma once

#include "analytics/HrSnapshot.h"
#include "common/Error.h"

#include <QList>

namespace rapport {

class Store;

/**
 * The published HR snapshots (schema v8): one per closed calendar month, written once and never changed, so that
 * every later view shows HR the same figures for that month (HrPublication decides what goes in).
 */
class HrSnapshotRepository
{
public:
    explicit HrSnapshotRepository(Store& store);

    /** Every published snapshot, oldest month first. */
    [[nodiscard]] Result<QList<HrSnapshot>> all();
    /** Publishes `snapshot`; a month published already keeps its first figures (they are what HR has seen). */
    [[nodiscard]] Result<void> publish(const HrSnapshot& snapshot);

private:
    Store& m_store;
};

} // namespace rapport
