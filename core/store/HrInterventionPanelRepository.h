#pragma once

#include "analytics/HrInterventionPanel.h"
#include "common/Error.h"

#include <QList>
#include <QMap>

namespace rapport {

class Store;

/**
 * What the before/after panels of interventions need from the store (docs/hr-anonymity.md, rule 11): the change
 * counts of the people who answered in both windows, grouped by team (no person's id or value leaves SQLite), and the
 * frozen panels (table hr_intervention_panels).
 */
class HrInterventionPanelRepository
{
public:
    explicit HrInterventionPanelRepository(Store& store);

    /**
     * For the clients with a `instrumentId` answer in both windows: how many per team ("" for none) improved (their
     * mean over the after-window's answers at least `meaningfulChange` above that over the before-window's), declined
     * (at least that much below) or stayed stable.
     */
    [[nodiscard]] Result<QList<HrInterventionRules::ChangeCell>>
    changeCells(const QString& instrumentId, const HrInterventionWindows& windows, double meaningfulChange);
    /** Every frozen panel's figures, by key. */
    [[nodiscard]] Result<QMap<QString, QByteArray>> frozen();
    /** Freezes a panel; a key frozen already keeps its first figures (they are what HR has seen). */
    [[nodiscard]] Result<void> freeze(const QString& key, const QDateTime& at, const QByteArray& figures);

private:
    Store& m_store;
};

} // namespace rapport
