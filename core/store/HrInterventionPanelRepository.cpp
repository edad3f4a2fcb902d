#include "HrInterventionPanelRepository.h"

#include "Database.h"
#include "Store.h"
#include "StoreAccess.h"

namespace rapport {

HrInterventionPanelRepository::HrInterventionPanelRepository(Store& store)
    : m_store(store)
{
}

Result<QList<HrInterventionRules::ChangeCell>> HrInterventionPanelRepository::changeCells(
    const QString& instrumentId, const HrInterventionWindows& windows, double meaningfulChange)
{
    // Each person's mean over all their answers in a window, from the per-person month summaries (hr_person_months,
    // kept by the triggers of schema 4). A tiny tolerance keeps a change of exactly the threshold a change, as in
    // computeTrend().
    auto select = StoreAccess::database(m_store).cached(QStringLiteral(
        "WITH before AS (SELECT person_id, total(sum_score) / sum(n) AS v FROM hr_person_months "
        "  WHERE instrument_id = ?1 AND month >= ?2 AND month <= ?3 GROUP BY person_id), "
        "after AS (SELECT person_id, total(sum_score) / sum(n) AS v FROM hr_person_months "
        "  WHERE instrument_id = ?1 AND month >= ?4 AND month <= ?5 GROUP BY person_id), "
        "changes AS (SELECT coalesce(p.team, '') AS team, "
        "  CASE WHEN a.v - b.v >= ?6 - 1e-9 THEN 1 WHEN a.v - b.v <= -?6 + 1e-9 THEN -1 ELSE 0 END AS way "
        "  FROM before b JOIN after a ON a.person_id = b.person_id "
        "  JOIN people p ON p.id = b.person_id AND p.role = 'client') "
        "SELECT team, sum(way = 1), sum(way = 0), sum(way = -1) FROM changes GROUP BY team ORDER BY team"));
    if (!select) {
        return tl::unexpected(select.error());
    }
    const QString format = QStringLiteral("yyyy-MM");
    select->bind(1, instrumentId)
        .bind(2, windows.beforeFrom.toString(format))
        .bind(3, windows.beforeTo.toString(format))
        .bind(4, windows.afterFrom.toString(format))
        .bind(5, windows.afterTo.toString(format))
        .bind(6, meaningfulChange > 0 ? meaningfulChange : 0.0);
    QList<HrInterventionRules::ChangeCell> cells;
    for (;;) {
        auto stepped = select->step();
        if (!stepped) {
            return tl::unexpected(stepped.error());
        }
        if (*stepped == StepResult::Done) {
            break;
        }
        cells.append({select->text(0), select->integer(1), select->integer(2), select->integer(3)});
    }
    return cells;
}

Result<QMap<QString, QByteArray>> HrInterventionPanelRepository::frozen()
{
    auto select = StoreAccess::database(m_store).cached(
        QStringLiteral("SELECT panel_key, figures FROM hr_intervention_panels ORDER BY panel_key"));
    if (!select) {
        return tl::unexpected(select.error());
    }
    QMap<QString, QByteArray> panels;
    for (;;) {
        auto stepped = select->step();
        if (!stepped) {
            return tl::unexpected(stepped.error());
        }
        if (*stepped == StepResult::Done) {
            break;
        }
        panels.insert(select->text(0), select->text(1).toUtf8());
    }
    return panels;
}

Result<void> HrInterventionPanelRepository::freeze(const QString& key, const QDateTime& at, const QByteArray& figures)
{
    auto insert = StoreAccess::database(m_store).cached(QStringLiteral(
        "INSERT OR IGNORE INTO hr_intervention_panels (panel_key, published_at, figures) VALUES (?1, ?2, ?3)"));
    if (!insert) {
        return tl::unexpected(insert.error());
    }
    insert->bind(1, key).bind(2, at).bind(3, QString::fromUtf8(figures));
    // Derived figures only, as for the monthly snapshots: no change is reported.
    return insert->run();
}

} // namespace rapport
