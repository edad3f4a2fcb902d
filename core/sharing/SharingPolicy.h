#pragma once

#include "common/Error.h"
#include "domain/Person.h"
#include "domain/SharingState.h"
#include "domain/Submission.h"

#include <QList>

namespace rapport {

class Store;

/** What one viewer may see of one client's scores. */
struct ClientAccess
{
    bool wellbeing = false; ///< the client's Wellbeing Index series
    bool allAlliance = false; ///< alliance surveys about every professional (the client themself only)
    QUuid allianceProfessional; ///< alliance surveys about this professional only (a professional, while shared)

    [[nodiscard]] bool seesAnyScore() const { return wellbeing || allAlliance || !allianceProfessional.isNull(); }
    [[nodiscard]] bool seesAllianceAbout(const QUuid& professionalId) const
    {
        return allAlliance || (!allianceProfessional.isNull() && allianceProfessional == professionalId);
    }
    friend bool operator==(const ClientAccess&, const ClientAccess&) = default;
};

/**
 * The one place that answers "what may viewer V see of client C". Every view of individual scores in Rapport reads
 * through it:
 * - a client sees all of their own data;
 * - a professional connected with the client sees the client's alliance surveys about *that professional* while
 *   the client shares alliance, and the wellbeing series while the client shares wellbeing;
 * - HR, admins, other clients and unconnected professionals see no individual score at all.
 * Sharing is read from the store on every call, so turning it off takes effect at once.
 */
class SharingPolicy
{
public:
    explicit SharingPolicy(Store& store);

    /** The rule itself, as a pure function of its inputs. */
    [[nodiscard]] static ClientAccess
    decide(const Person& viewer, const Person& client, const SharingState& sharing, bool connected);

    [[nodiscard]] Result<ClientAccess> access(const Person& viewer, const QUuid& clientId);
    /** The client's wellbeing submissions the viewer may see, oldest first; empty when none may be seen. */
    [[nodiscard]] Result<QList<Submission>> wellbeing(const Person& viewer, const QUuid& clientId);
    /** The client's alliance submissions about `professionalId` the viewer may see, oldest first. */
    [[nodiscard]] Result<QList<Submission>>
    alliance(const Person& viewer, const QUuid& clientId, const QUuid& professionalId);

private:
    Store& m_store;
};

} // namespace rapport
