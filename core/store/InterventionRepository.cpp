#include "InterventionRepository.h"

#include "Database.h"
#include "Store.h"
#include "StoreAccess.h"
#include "common/CoreTr.h"

#include <QHash>

namespace rapport {
namespace {

QString dateText(const QDate& date)
{
    return date.toString(Qt::ISODate);
}

} // namespace

InterventionRepository::InterventionRepository(Store& store)
    : m_store(store)
{
}

Result<Intervention> InterventionRepository::add(const Intervention& intervention)
{
    Intervention stored = intervention;
    stored.id = QUuid::createUuid();
    stored.createdAt = m_store.clock().now();
    stored.updatedAt = stored.createdAt;
    stored.teams.sort();
    stored.teams.removeDuplicates();
    Database& db = StoreAccess::database(m_store);
    auto transaction = Transaction::begin(db);
    if (!transaction) {
        return tl::unexpected(transaction.error());
    }
    auto insert = db.cached(
        QStringLiteral("INSERT INTO hr_interventions (id, title, kind, starts_on, ends_on, created_at, updated_at) "
                       "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)"));
    if (!insert) {
        return tl::unexpected(insert.error());
    }
    insert->bind(1, stored.id)
        .bind(2, stored.title)
        .bind(3, interventionKindName(stored.kind))
        .bind(4, dateText(stored.start))
        .bind(6, stored.createdAt)
        .bind(7, stored.updatedAt);
    if (stored.end) {
        insert->bind(5, dateText(*stored.end));
    } else {
        insert->bindNull(5);
    }
    RAPPORT_TRY(insert->run());
    auto team = db.cached(QStringLiteral("INSERT INTO hr_intervention_teams (intervention_id, team) VALUES (?1, ?2)"));
    if (!team) {
        return tl::unexpected(team.error());
    }
    for (const QString& name : std::as_const(stored.teams)) {
        team->bind(1, stored.id).bind(2, name);
        RAPPORT_TRY(team->run());
        team->reset();
    }
    RAPPORT_TRY(transaction->commit());
    StoreAccess::changed(m_store, StoreChange(StoreChange::Kind::Interventions, {}));
    return stored;
}

Result<QList<Intervention>> InterventionRepository::list()
{
    Database& db = StoreAccess::database(m_store);
    auto select = db.cached(QStringLiteral("SELECT id, title, kind, starts_on, ends_on, created_at, updated_at "
                                           "FROM hr_interventions ORDER BY starts_on, title, id"));
    if (!select) {
        return tl::unexpected(select.error());
    }
    QList<Intervention> interventions;
    QHash<QUuid, qsizetype> positions;
    for (;;) {
        auto stepped = select->step();
        if (!stepped) {
            return tl::unexpected(stepped.error());
        }
        if (*stepped == StepResult::Done) {
            break;
        }
        Intervention intervention;
        intervention.id = select->uuid(0);
        intervention.title = select->text(1);
        intervention.kind = interventionKindFromName(select->text(2)).value_or(Intervention::Kind::Other);
        intervention.start = QDate::fromString(select->text(3), Qt::ISODate);
        if (!select->isNull(4)) {
            intervention.end = QDate::fromString(select->text(4), Qt::ISODate);
        }
        intervention.createdAt = select->time(5);
        intervention.updatedAt = select->time(6);
        positions.insert(intervention.id, interventions.size());
        interventions.append(intervention);
    }
    auto teams = db.cached(
        QStringLiteral("SELECT intervention_id, team FROM hr_intervention_teams ORDER BY intervention_id, team"));
    if (!teams) {
        return tl::unexpected(teams.error());
    }
    for (;;) {
        auto stepped = teams->step();
        if (!stepped) {
            return tl::unexpected(stepped.error());
        }
        if (*stepped == StepResult::Done) {
            break;
        }
        const auto position = positions.constFind(teams->uuid(0));
        if (position != positions.constEnd()) {
            interventions[*position].teams.append(teams->text(1));
        }
    }
    return interventions;
}

Result<Intervention> InterventionRepository::find(const QUuid& id)
{
    auto all = list();
    if (!all) {
        return tl::unexpected(all.error());
    }
    for (const Intervention& intervention : std::as_const(*all)) {
        if (intervention.id == id) {
            return intervention;
        }
    }
    return fail(ErrorCode::NotFound, CoreTr::tr("There is no intervention %1.").arg(id.toString(QUuid::WithoutBraces)));
}

Result<void> InterventionRepository::remove(const QUuid& id)
{
    Database& db = StoreAccess::database(m_store);
    auto remove = db.cached(QStringLiteral("DELETE FROM hr_interventions WHERE id = ?1"));
    if (!remove) {
        return tl::unexpected(remove.error());
    }
    remove->bind(1, id);
    RAPPORT_TRY(remove->run());
    if (db.changes() == 0) {
        return fail(ErrorCode::NotFound,
                    CoreTr::tr("There is no intervention %1.").arg(id.toString(QUuid::WithoutBraces)));
    }
    StoreAccess::changed(m_store, StoreChange(StoreChange::Kind::Interventions, {}));
    return {};
}

} // namespace rapport
