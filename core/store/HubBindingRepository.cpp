#include "HubBindingRepository.h"

#include "Database.h"
#include "PersonRepository.h"
#include "Store.h"
#include "StoreAccess.h"
#include "common/CoreTr.h"
#include "domain/Metric.h"

namespace rapport {

HubBindingRepository::HubBindingRepository(Store& store)
    : m_store(store)
{
}

Result<std::optional<HubBinding>> HubBindingRepository::binding()
{
    auto select = StoreAccess::database(m_store).cached(QStringLiteral(
        "SELECT person_id, login, hub_url, role, joined_at, last_synced_at FROM hub_binding WHERE singleton = 1"));
    if (!select) {
        return tl::unexpected(select.error());
    }
    auto stepped = select->step();
    if (!stepped) {
        return tl::unexpected(stepped.error());
    }
    if (*stepped != StepResult::Row) {
        return std::optional<HubBinding>();
    }
    HubBinding binding;
    binding.personId = select->uuid(0);
    binding.login = select->text(1);
    binding.hubUrl = select->text(2);
    binding.role = roleFromName(select->text(3)).value_or(Role::Client);
    binding.joinedAt = select->time(4);
    binding.lastSyncedAt = select->time(5);
    return std::optional<HubBinding>(binding);
}

Result<HubBinding> HubBindingRepository::bind(const HubBinding& binding, const Person& self)
{
    if (binding.personId.isNull() || binding.personId != self.id || binding.role != self.role) {
        return fail(ErrorCode::Internal, CoreTr::tr("The hub person and the binding do not match."));
    }
    auto existing = this->binding();
    if (!existing) {
        return tl::unexpected(existing.error());
    }
    if (*existing && (*existing)->personId != binding.personId) {
        return fail(ErrorCode::AlreadyExists,
                    CoreTr::tr("This store is already joined to another hub person (login %1). Use a new store "
                               "(rapport-cli init) for %2.")
                        .arg((*existing)->login, binding.login));
    }
    Database& db = StoreAccess::database(m_store);
    auto transaction = Transaction::begin(db);
    if (!transaction) {
        return tl::unexpected(transaction.error());
    }
    auto local = m_store.people().find(self.id);
    if (local && local->role != self.role) {
        return fail(ErrorCode::AlreadyExists,
                    CoreTr::tr("This store already holds that id for someone in another "
                               "role; it cannot be joined to this hub person."));
    }
    if (!local && local.error().code != ErrorCode::NotFound) {
        return tl::unexpected(local.error());
    }
    if (!local) {
        auto insert = db.cached(QStringLiteral(
            "INSERT INTO people (id, name, role, team, created_at, updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6)"));
        if (!insert) {
            return tl::unexpected(insert.error());
        }
        insert->bind(1, self.id)
            .bind(2, self.name)
            .bind(3, roleName(self.role))
            .bind(4, self.team.isEmpty() ? QString() : self.team)
            .bind(5, self.createdAt)
            .bind(6, self.updatedAt);
        RAPPORT_TRY(insert->run());
        if (self.role == Role::Client) {
            // Off, dated when the person was created on the hub: any choice the hub holds is newer and wins when
            // the join's pull applies it.
            auto sharing = db.cached(QStringLiteral(
                "INSERT OR IGNORE INTO sharing_settings (client_id, metric, enabled, created_at, updated_at) "
                "VALUES (?1, ?2, 0, ?3, ?3)"));
            if (!sharing) {
                return tl::unexpected(sharing.error());
            }
            for (Metric metric : {Metric::Alliance, Metric::Wellbeing}) {
                sharing->bind(1, self.id).bind(2, metricName(metric)).bind(3, self.createdAt);
                RAPPORT_TRY(sharing->run());
                sharing->reset();
            }
        }
    }
    const QDateTime now = m_store.clock().now();
    auto upsert = db.cached(QStringLiteral(
        "INSERT OR REPLACE INTO hub_binding (singleton, person_id, login, hub_url, role, joined_at, last_synced_at, "
        "created_at, updated_at) VALUES (1, ?1, ?2, ?3, ?4, coalesce((SELECT joined_at FROM hub_binding), ?5), "
        "(SELECT last_synced_at FROM hub_binding), coalesce((SELECT created_at FROM hub_binding), ?5), ?5)"));
    if (!upsert) {
        return tl::unexpected(upsert.error());
    }
    upsert->bind(1, binding.personId).bind(2, binding.login).bind(3, binding.hubUrl).bind(4, roleName(binding.role));
    upsert->bind(5, now);
    RAPPORT_TRY(upsert->run());
    RAPPORT_TRY(transaction->commit());
    StoreAccess::changed(m_store, StoreChange::everything());
    auto stored = this->binding();
    if (!stored) {
        return tl::unexpected(stored.error());
    }
    return **stored;
}

Result<void> HubBindingRepository::recordSync(const QDateTime& at)
{
    auto update = StoreAccess::database(m_store).cached(
        QStringLiteral("UPDATE hub_binding SET last_synced_at = ?1, updated_at = ?1 WHERE singleton = 1"));
    if (!update) {
        return tl::unexpected(update.error());
    }
    update->bind(1, at);
    // Bookkeeping, not data: no `changed` signal (views would refresh for nothing).
    return update->run();
}

} // namespace rapport
