#pragma once

#include "common/Error.h"
#include "domain/Intervention.h"

#include <QList>

namespace rapport {

class Store;

/**
 * The interventions HR recorded (tables hr_interventions and hr_intervention_teams). Checks of meaning (who may
 * record, which teams exist) are the Interventions service's; the repository keeps what the schema guarantees.
 */
class InterventionRepository
{
public:
    explicit InterventionRepository(Store& store);

    /** Records `intervention` with a new id and the store's clock; returns it as stored. */
    [[nodiscard]] Result<Intervention> add(const Intervention& intervention);
    /** Every intervention, by start date, then title. */
    [[nodiscard]] Result<QList<Intervention>> list();
    /** The intervention `id`, or NotFound. */
    [[nodiscard]] Result<Intervention> find(const QUuid& id);
    /** Removes the intervention `id` and its teams; NotFound when there is none. */
    [[nodiscard]] Result<void> remove(const QUuid& id);

private:
    Store& m_store;
};

} // namespace rapport
