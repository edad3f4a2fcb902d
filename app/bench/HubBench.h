#pragma once

#include "BenchStores.h"
#include "common/Error.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace rapport {
class InstrumentRegistry;
}

namespace rapport::bench {

/** What the hub's benchmarks measure on: the same stores as the local figures, and the local HR times to compare. */
struct HubBenchInput
{
    const InstrumentRegistry* registry = nullptr;
    QList<BenchStore> stores; ///< one per organisation size, each copied into its own hub database
    int reference = 0; ///< the size the sync figures are measured at
    QHash<int, double> localReportMs; ///< HrAnalytics::load by size, measured in the same run
    QString workDir;
    int runs = 5;
    bool quick = false;
};

/**
 * The paths an organisation waits on, against a throwaway PostgreSQL cluster on loopback (PgTestCluster, as in the
 * hub tests): the hub's HR report by size and against the local one, the first sync of the five-year client on a new
 * machine, an incremental sync after one submission, a professional's first pull, and many clients syncing at once.
 * Every person logs in with their own login, so row-level security and the submission checks are part of each figure.
 */
class HubBench
{
public:
    /** Why the hub figures cannot be measured here (no PostgreSQL server, or built without the test support). */
    [[nodiscard]] static QString unavailableReason();

    [[nodiscard]] static Result<QJsonObject> run(const HubBenchInput& input);
};

} // namespace rapport::bench
