#include "Interventions.h"

#include "common/CoreTr.h"
#include "store/InterventionRepository.h"
#include "store/PersonRepository.h"
#include "store/Store.h"

#include <QSet>

namespace rapport {

Interventions::Interventions(Store& store)
    : m_store(store)
{
}

Result<void> Interventions::checkActor(const QUuid& actor)
{
    auto person = m_store.people().find(actor);
    if (!person) {
        if (person.error().code == ErrorCode::NotFound) {
            return fail(ErrorCode::PermissionDenied,
                        CoreTr::tr("Only HR people and administrators record interventions, and %1 is no one in "
                                   "this store.")
                            .arg(actor.toString(QUuid::WithoutBraces)));
        }
        return tl::unexpected(person.error());
    }
    if (person->role != Role::Hr && person->role != Role::Admin) {
        return fail(ErrorCode::PermissionDenied, CoreTr::tr("Only HR people and administrators record interventions."));
    }
    return {};
}

Result<QStringList> Interventions::teams()
{
    auto clients = m_store.people().list(Role::Client);
    if (!clients) {
        return tl::unexpected(clients.error());
    }
    QSet<QString> names;
    for (const Person& client : std::as_const(*clients)) {
        if (!client.team.trimmed().isEmpty()) {
            names.insert(client.team);
        }
    }
    QStringList sorted(names.begin(), names.end());
    sorted.sort();
    return sorted;
}

Result<Intervention> Interventions::add(const QUuid& actor, const InterventionDraft& draft)
{
    RAPPORT_TRY(checkActor(actor));
    Intervention intervention;
    intervention.title = draft.title.simplified();
    intervention.kind = draft.kind;
    intervention.start = draft.start;
    intervention.end = draft.end;
    if (intervention.title.isEmpty()) {
        return fail(ErrorCode::Incomplete, CoreTr::tr("An intervention needs a title."));
    }
    if (intervention.title.size() > MaxTitleLength) {
        return fail(ErrorCode::OutOfRange,
                    CoreTr::tr("The title is %1 characters long; keep it to %2.")
                        .arg(intervention.title.size())
                        .arg(MaxTitleLength));
    }
    if (!intervention.start.isValid()) {
        return fail(ErrorCode::Incomplete, CoreTr::tr("An intervention needs a start date."));
    }
    if (intervention.end && !intervention.end->isValid()) {
        intervention.end.reset();
    }
    if (intervention.end && *intervention.end < intervention.start) {
        return fail(ErrorCode::OutOfRange,
                    CoreTr::tr("The end date (%1) is before the start date (%2).")
                        .arg(intervention.end->toString(Qt::ISODate), intervention.start.toString(Qt::ISODate)));
    }
    QStringList named;
    for (const QString& team : draft.teams) {
        if (!team.trimmed().isEmpty()) {
            named.append(team.trimmed());
        }
    }
    if (!named.isEmpty()) {
        auto known = teams();
        if (!known) {
            return tl::unexpected(known.error());
        }
        for (const QString& team : std::as_const(named)) {
            if (!known->contains(team)) {
                return fail(ErrorCode::NotFound,
                            known->isEmpty()
                                ? CoreTr::tr("There is no team '%1': no one in this store has a team yet.").arg(team)
                                : CoreTr::tr("There is no team '%1'. The teams are: %2.")
                                      .arg(team, known->join(QStringLiteral(", "))));
            }
        }
    }
    named.sort();
    named.removeDuplicates();
    intervention.teams = named;
    return InterventionRepository(m_store).add(intervention);
}

Result<QList<Intervention>> Interventions::list()
{
    return InterventionRepository(m_store).list();
}

Result<void> Interventions::remove(const QUuid& actor, const QUuid& id)
{
    RAPPORT_TRY(checkActor(actor));
    return InterventionRepository(m_store).remove(id);
}

} // namespace rapport
