#include "HrSnapshotRepository.h"

#include "Database.h"
#include "Store.h"
#include "StoreAccess.h"

namespace rapport {

HrSnapshotRepository::HrSnapshotRepository(Store& store)
    : m_store(store)
{
}

Result<QList<HrSnapshot>> HrSnapshotRepository::all()
{
    auto select = StoreAccess::database(m_store).cached(
        QStringLiteral("SELECT month, published_at, figures FROM hr_snapshots ORDER BY month"));
    if (!select) {
        return tl::unexpected(select.error());
    }
    QList<HrSnapshot> snapshots;
    for (;;) {
        auto stepped = select->step();
        if (!stepped) {
            return tl::unexpected(stepped.error());
        }
        if (*stepped == StepResult::Done) {
            break;
        }
        const QDate month = QDate::fromString(select->text(0) + QStringLiteral("-01"), Qt::ISODate);
        if (month.isValid()) {
            snapshots.append(HrSnapshot {month, fromStoredTime(select->integer(1)), select->text(2).toUtf8()});
        }
    }
    return snapshots;
}

Result<void> HrSnapshotRepository::publish(const HrSnapshot& snapshot)
{
    // OR IGNORE: the first publication of a month stands; a second one (another instance, a retry) changes nothing.
    auto insert = StoreAccess::database(m_store).cached(
        QStringLiteral("INSERT OR IGNORE INTO hr_snapshots (month, published_at, figures) VALUES (?1, ?2, ?3)"));
    if (!insert) {
        return tl::unexpected(insert.error());
    }
    insert->bind(1, snapshot.month.toString(QStringLiteral("yyyy-MM")))
        .bind(2, snapshot.publishedAt)
        .bind(3, QString::fromUtf8(snapshot.figures));
    auto done = insert->step();
    if (!done) {
        return tl::unexpected(done.error());
    }
    // Derived figures only: no screen reloads because a month was published, so no change is reported.
    return {};
}

} // namespace rapport
