#pragma once

#include "common/Error.h"

#include <QDateTime>
#include <QUuid>

namespace rapport {

class InstrumentRegistry;
class Store;

/** What demo organisation to make. The same options (seed included) always make the same organisation. */
struct DemoOptions
{
    /** Employees in the programme (clients), 1–1,000,000. */
    int employees = 40;
    /** Therapists and coaches, 1–10,000 and no more than there are employees. */
    int professionals = 6;
    /** How far back the history goes, 1–120 months. */
    int months = 12;
    /** Decides every name, team, answer, score and time. */
    quint32 seed = 1;
    /** The end of the history; when invalid, the store clock's now (and the times are then not reproducible). */
    QDateTime until;
    /** HR people, 0–1,000. */
    int hrPeople = 1;
    /** Administrators, 0–1,000. */
    int admins = 1;
};

/** What DemoGenerator::fill() added. */
struct DemoSummary
{
    int employees = 0;
    int professionals = 0;
    int connections = 0;
    int wellbeingSubmissions = 0;
    int allianceSubmissions = 0;
    /** Entries written to the sharing audit log, including those of accepted share requests. */
    int sharingChanges = 0;
    /** Share requests left waiting for the client's answer. */
    int pendingRequests = 0;
    /** A connected client who answers regularly and shares both scores, with a long history: for screenshots. */
    QUuid showcaseClient;
};

/**
 * Fills a store with a realistic, reproducible demo organisation: employees in teams, professionals, HR people and
 * administrators; connections between clients and professionals; fortnightly-to-three-weekly Wellbeing Index
 * submissions following personal courses (stable, improving, declining, a dip and recovery); Professional Alliance
 * surveys after most sessions; a mix of sharing choices with their audit log; and share requests, some pending.
 *
 * Chance comes only from a QRandomGenerator seeded with DemoOptions::seed, so one seed always gives the same names,
 * teams, answers, scores and submission times (given `until`). Ids and the times the store stamps on people,
 * connections, sharing changes and requests come from the store itself and differ between runs.
 */
class DemoGenerator
{
public:
    explicit DemoGenerator(DemoOptions options);

    [[nodiscard]] const DemoOptions& options() const { return m_options; }

    /** Fails with OutOfRange naming the first option outside its range. */
    [[nodiscard]] static Result<void> validate(const DemoOptions& options);

    /**
     * Adds the organisation to `store` in one transaction: either all of it is added or, on any error, none of it.
     * Needs the Wellbeing Index and Professional Alliance instruments in `registry` (NotFound otherwise).
     */
    [[nodiscard]] Result<DemoSummary> fill(Store& store, const InstrumentRegistry& registry) const;

private:
    DemoOptions m_options;
};

/**
 * Adds one client with `years` of fortnightly Wellbeing Index submissions and, with each of `professionalCount` new
 * professionals, weekly sessions each followed by a Professional Alliance survey, ending at `until` (the store
 * clock's now when invalid). The client shares both scores. Meant for benchmarks of long series (5 years with 3
 * professionals gives about 130 wellbeing and 780 alliance submissions). Years 1–50, professionals 1–100
 * (OutOfRange otherwise). Returns the client's id.
 */
[[nodiscard]] Result<QUuid> addLongHistoryClient(Store& store,
                                                 const InstrumentRegistry& registry,
                                                 int years,
                                                 int professionalCount,
                                                 quint32 seed,
                                                 const QDateTime& until = QDateTime());

} // namespace rapport
