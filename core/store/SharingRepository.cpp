#include "SharingRepository.h"

#include "Database.h"
#include "PersonRepository.h"
#include "Store.h"
#include "StoreAccess.h"
#include "common/CoreTr.h"

namespace rapport {

SharingRepository::SharingRepository(Store& store)
    : m_store(store)
{
}

Result<SharingState> SharingRepository::state(const QUuid& clientId)
{
    auto select = StoreAccess::database(m_store).cached(
        QStringLiteral("SELECT metric, enabled FROM sharing_settings WHERE client_id = ?1"));
    if (!select) {
        return tl::unexpected(select.error());
    }
    select->bind(1, clientId);
    SharingState state;
    for (;;) {
        auto stepped = select->step();
        if (!stepped) {
            return tl::unexpected(stepped.error());
        }
        if (*stepped == StepResult::Done) {
            return state;
        }
        const bool enabled = select->integer(1) == 1;
        if (metricFromName(select->text(0)) == Metric::Alliance) {
            state.alliance = enabled;
        } else if (metricFromName(select->text(0)) == Metric::Wellbeing) {
            state.wellbeing = enabled;
        }
    }
}

Result<std::optional<SharingChange>>
SharingRepository::set(const QUuid& clientId, Metric metric, bool on, const QUuid& changedBy)
{
    auto transaction = Transaction::begin(StoreAccess::database(m_store));
    if (!transaction) {
        return tl::unexpected(transaction.error());
    }
    auto change = setWithinTransaction(clientId, metric, on, changedBy);
    if (!change) {
        return change;
    }
    RAPPORT_TRY(transaction->commit());
    if (*change) {
        StoreAccess::changed(m_store, StoreChange(StoreChange::Kind::Sharing, {clientId}));
    }
    return change;
}

Result<std::optional<SharingChange>>
SharingRepository::setWithinTransaction(const QUuid& clientId, Metric metric, bool on, const QUuid& changedBy)
{
    auto client = m_store.people().find(clientId);
    if (!client) {
        return tl::unexpected(client.error());
    }
    if (client->role != Role::Client) {
        return fail(ErrorCode::InvalidArgument, CoreTr::tr("Only clients have sharing settings."));
    }
    if (changedBy != clientId) {
        return fail(ErrorCode::PermissionDenied, CoreTr::tr("Only the client can change what they share."));
    }
    auto current = state(clientId);
    if (!current) {
        return tl::unexpected(current.error());
    }
    const bool before = current->isOn(metric);
    if (before == on) {
        return std::optional<SharingChange>();
    }
    SharingChange change {QUuid::createUuid(), clientId, metric, before, on, changedBy, m_store.clock().now()};
    Database& db = StoreAccess::database(m_store);
    auto update = db.cached(QStringLiteral(
        "INSERT OR REPLACE INTO sharing_settings (client_id, metric, enabled, created_at, updated_at) "
        "VALUES (?1, ?2, ?3, coalesce((SELECT created_at FROM sharing_settings WHERE client_id = ?1 AND metric = ?2), "
        "?4), ?4)"));
    if (!update) {
        return tl::unexpected(update.error());
    }
    update->bind(1, clientId).bind(2, metricName(metric)).bind(3, on).bind(4, change.at);
    RAPPORT_TRY(update->run());
    auto audit = db.cached(QStringLiteral(
        "INSERT INTO sharing_audit (id, client_id, metric, old_value, new_value, changed_by, changed_at, created_at, "
        "updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?7, ?7)"));
    if (!audit) {
        return tl::unexpected(audit.error());
    }
    audit->bind(1, change.id)
        .bind(2, clientId)
        .bind(3, metricName(metric))
        .bind(4, before)
        .bind(5, on)
        .bind(6, changedBy)
        .bind(7, change.at);
    RAPPORT_TRY(audit->run());
    return std::optional<SharingChange>(change);
}

Result<QList<SharingChange>> SharingRepository::log(const QUuid& clientId)
{
    auto select = StoreAccess::database(m_store).cached(
        QStringLiteral("SELECT id, client_id, metric, old_value, new_value, changed_by, changed_at FROM sharing_audit "
                       "WHERE client_id = ?1 ORDER BY changed_at, rowid"));
    if (!select) {
        return tl::unexpected(select.error());
    }
    select->bind(1, clientId);
    QList<SharingChange> changes;
    for (;;) {
        auto stepped = select->step();
        if (!stepped) {
            return tl::unexpected(stepped.error());
        }
        if (*stepped == StepResult::Done) {
            return changes;
        }
        changes.append({select->uuid(0),
                        select->uuid(1),
                        metricFromName(select->text(2)).value_or(Metric::Alliance),
                        select->integer(3) == 1,
                        select->integer(4) == 1,
                        select->uuid(5),
                        select->time(6)});
    }
}

} // namespace rapport
