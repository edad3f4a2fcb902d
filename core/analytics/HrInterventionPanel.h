#pragma once

#include "analytics/HrSnapshot.h"
#include "domain/Intervention.h"
#include "instruments/InstrumentDefinition.h"

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QMap>

#include <optional>

namespace rapport {

/**
 * The windows of a before/after panel, in whole calendar months (docs/hr-anonymity.md, rule 11): the figures of an
 * intervention are built from published months only, so a window is a run of months, never a free date range.
 */
struct HrInterventionWindows
{
    QDate beforeFrom; ///< first month of the before-window (the first day of the month)
    QDate beforeTo; ///< last month of the before-window
    QDate afterFrom; ///< first month of the after-window: the first month starting on or after start + lag
    QDate afterTo; ///< last month of the after-window
    /** The day the after-window's last month is published: the panel is complete (and frozen) from then on. */
    [[nodiscard]] QDate availableFrom() const { return afterTo.addMonths(1); }
    /** "2026-01..2026-02|2026-04..2026-05": the same windows give the same key. */
    [[nodiscard]] QString key() const;
};

/** How long the windows are, as HR configures them in weeks; they are snapped to whole months. */
struct HrInterventionWindowSettings
{
    int weeksBefore = 8;
    int lagWeeks = 2;
    int weeksAfter = 8;

    static inline const QString WeeksBeforeSetting = QStringLiteral("hr.interventionWeeksBefore");
    static inline const QString LagWeeksSetting = QStringLiteral("hr.interventionLagWeeks");
    static inline const QString WeeksAfterSetting = QStringLiteral("hr.interventionWeeksAfter");
    /** Longest window, in months. */
    static constexpr int MaxMonths = 12;

    /** Whole months for `weeks` (rounded to the nearest month, at least one, at most MaxMonths). */
    [[nodiscard]] static int monthsFor(int weeks);
    /** The windows of an intervention starting on `start`. */
    [[nodiscard]] HrInterventionWindows windowsFor(const QDate& start) const;
};

/** One window's figures, each empty when it cannot be shown (a month of the window unpublished or withheld). */
struct HrInterventionWindowFigures
{
    int months = 0; ///< months in the window
    int publishedMonths = 0; ///< of which published so far
    std::optional<double> wellbeingMean; ///< over the window's person-months (each month's mean, weighted by its n)
    std::optional<double> participantsPerMonth; ///< the months' participants, averaged
    std::optional<double> participationRate; ///< the months' participation rates, averaged (organisation scope only)
    std::optional<double> allianceMean; ///< the months' alliance means, weighted by their clients (organisation only)
};

/** Of the people who answered in both windows: how their own mean changed (the instrument's meaningful change). */
struct HrInterventionChanges
{
    std::optional<qint64> people;
    std::optional<qint64> improved;
    std::optional<qint64> stable;
    std::optional<qint64> declined;
};

/** The before/after panel of one intervention, as HR sees it. */
struct HrInterventionPanel
{
    Intervention intervention;
    HrInterventionWindows windows;
    bool complete = false; ///< the after-window is published: the figures are final and frozen
    HrInterventionWindowFigures before;
    HrInterventionWindowFigures after;
    HrInterventionChanges changes; ///< only when complete
    /** Participation differs a lot between the windows (by more than a third): read the change with care. */
    bool participationShift = false;
};

/**
 * The rules of the panels that need no store (so the hub's port and the tests use the same): window figures from
 * published monthly snapshots, suppression of the change counts, and the overlap rule between panels.
 */
namespace HrInterventionRules {

/** The person-level change groups the store (or the hub) counts for one window pair: per team ("" none) and way. */
struct ChangeCell
{
    QString team;
    qint64 improved = 0;
    qint64 stable = 0;
    qint64 declined = 0;
    [[nodiscard]] qint64 people() const { return improved + stable + declined; }
};

/**
 * A window's figures from the published months in `snapshots`, for the organisation (`teams` empty) or the sum of
 * the named teams' rows. A figure is shown only when every month of the window is published and shows it (rule 11).
 */
[[nodiscard]] HrInterventionWindowFigures windowFigures(const QList<HrSnapshot>& snapshots,
                                                        const QDate& from,
                                                        const QDate& to,
                                                        const QStringList& teams,
                                                        const InstrumentDefinition& wellbeing,
                                                        const InstrumentDefinition* alliance);

/** The scope's change counts with rules 2, 3 and 5 applied (fewer than k, cover, one-way partitions). */
[[nodiscard]] HrInterventionChanges changesFor(const QList<ChangeCell>& cells, const QStringList& teams, int k);

/**
 * The overlap rule between the change counts of panels over the same windows: `shown` are the scopes (teams; empty
 * for the organisation) already published with counts, `candidate` the one to publish, `cells` the cohort's people
 * per team. True when some combination of the cohorts' counts would cover 1 to k−1 people (so the candidate's
 * counts are withheld).
 */
[[nodiscard]] bool
overlapDiscloses(const QList<QStringList>& shown, const QStringList& candidate, const QList<ChangeCell>& cells, int k);

/** Whether participation differs by more than a third between the windows. */
[[nodiscard]] bool participationShift(const HrInterventionWindowFigures& before,
                                      const HrInterventionWindowFigures& after);

/** The frozen figures of a panel (windows, both windows' figures, the change counts), as stored and on the hub. */
[[nodiscard]] QByteArray frozenToJson(const HrInterventionPanel& panel);
/** frozenToJson() read back into `panel` (its figures; the intervention is the caller's). */
void readFrozen(const QByteArray& json, HrInterventionPanel& panel);
/** The storage key of a panel: its windows and its scope. */
[[nodiscard]] QString panelKey(const HrInterventionWindows& windows, const QStringList& teams);

/** A panel in the JSON of `rapport-cli view hr --json` ("interventions"). */
[[nodiscard]] QJsonObject panelToJson(const HrInterventionPanel& panel);

} // namespace HrInterventionRules
} // namespace rapport
