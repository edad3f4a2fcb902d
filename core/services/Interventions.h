#pragma once

#include "common/Error.h"
#include "domain/Intervention.h"

#include <QList>

namespace rapport {

class Store;

/** What HR (or an administrator) fills in to record an intervention. */
struct InterventionDraft
{
    QString title;
    Intervention::Kind kind = Intervention::Kind::Other;
    QDate start;
    std::optional<QDate> end;
    QStringList teams; ///< empty: the whole organisation
};

/**
 * Recording what the organisation did, so the HR figures before and after can be set side by side: HR people and
 * administrators add and remove interventions; anyone who sees the HR figures may list them (they hold no personal
 * data). The same use case serves the HR dashboard and `rapport-cli hr intervention`.
 */
class Interventions
{
public:
    /** Longest title accepted, in characters. */
    static constexpr qsizetype MaxTitleLength = 120;

    explicit Interventions(Store& store);

    /**
     * Records `draft` for `actor` (an HR person or an administrator; PermissionDenied otherwise). Refuses a blank
     * title or none (Incomplete), a title longer than MaxTitleLength or an end before the start (OutOfRange), no
     * start date (Incomplete) and a team no client of the store belongs to (NotFound, naming the teams there are).
     */
    [[nodiscard]] Result<Intervention> add(const QUuid& actor, const InterventionDraft& draft);
    /** Every intervention, by start date. */
    [[nodiscard]] Result<QList<Intervention>> list();
    /** Removes the intervention `id` for `actor` (HR or an administrator); NotFound when there is none. */
    [[nodiscard]] Result<void> remove(const QUuid& actor, const QUuid& id);
    /** The teams an intervention may name: those of the store's clients, sorted. */
    [[nodiscard]] Result<QStringList> teams();

private:
    [[nodiscard]] Result<void> checkActor(const QUuid& actor);

    Store& m_store;
};

} // namespace rapport
