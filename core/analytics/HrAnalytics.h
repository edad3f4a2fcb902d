#pragma once

#include "analytics/HrInputs.h"
#include "analytics/HrReport.h"
#include "common/Error.h"
#include "instruments/InstrumentDefinition.h"

#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>

#include <optional>

namespace rapport {

class InstrumentRegistry;
class Store;

/** The raw figures of the HR dashboard as the store computes them: small groups included, nothing suppressed yet. */
struct HrRawFigures
{
    QList<HrTeamHeadcount> employees;
    QList<HrPersonGroup> participants; ///< of the Wellbeing Index
    QList<HrMonthFigures> monthly; ///< of the Wellbeing Index
    HrAllianceFigures alliance;
    /** Participants in the recent window when it is not the sum of the groups' `recent` (a period's snapshot). */
    std::optional<qint64> recentParticipants;
};

/** People behind one candidate figure: how many, and the sum of their scores where the figure is a mean. */
struct HrGroup
{
    qint64 people = 0;
    double sum = 0;
};

/**
 * Where Rapport decides what HR may see. It turns raw figures into an HrReport by applying the anonymity rules
 * (docs/hr-anonymity.md), with k the organisation's minimum group size (at least 5). The hub's
 * rapport.hr_period_figures() is the same rules in PL/pgSQL, reading the same numbers (HrParameters); the
 * conformance suite (tests/core/hub/TestHrConformance.cpp) holds the two to identical output:
 *
 * - Organisation gate: with fewer than k participants every figure is suppressed.
 * - A figure (count, mean, month, team row, alliance figure) computed from fewer than k distinct people is
 *   suppressed; a count of zero counts as fewer than k.
 * - Complementary suppression, wherever groups partition a total that is also shown (brackets and trend
 *   directions of the participants; teams and the untagged rest of the participants): while the suppressed groups
 *   together hold fewer than k people, or (for means) their combined mean would sit at an end of the scale, the
 *   next smallest shown group is suppressed as well (smallest first, ties in display order).
 * - A mean that rounds to the lowest or highest possible score is suppressed, since it would tell every one of its
 *   people's score; the alliance dimension means are shown all together or not at all.
 * - Means are rounded to one decimal more than the instrument reports.
 * - Overlap: no linear combination of a month with the organisation and the teams may touch 1 to k−1 people
 *   (HrOverlapRule); the smallest month of such a combination is suppressed.
 */
class HrAnalytics
{
public:
    /** The smallest k there can be; the store setting may only raise it. */
    static constexpr int MinimumGroupSize = 5;
    /** The window of the recent-participation figure. */
    static constexpr int RecentDays = 90;
    /** Below this participation rate the report carries a caution. */
    static constexpr double LowParticipationRate = 0.30;
    /** The store setting holding an organisation's own k. */
    static inline const QString MinimumGroupSizeSetting = QStringLiteral("hr.minimumGroupSize");

    /** Which groups a suppression decision is about: plain counts, or people behind a mean score. */
    enum class GroupKind
    {
        /** Counts of a partition (brackets, trend directions): a zero is suppressed and needs cover like any. */
        Counts,
        /** Wellbeing means of teams: an empty group shows nothing, a group's mean must not be at a scale end. */
        WellbeingMeans,
    };

    /**
     * The rules for `k` (raised to MinimumGroupSize when lower) over these instruments. `alliance` may be absent
     * (an organisation's own instrument set without it): the alliance figures are then suppressed.
     */
    HrAnalytics(InstrumentDefinition wellbeing, std::optional<InstrumentDefinition> alliance, int k);

    [[nodiscard]] int minimumGroupSize() const { return m_k; }

    /** k from the store setting MinimumGroupSizeSetting, at least MinimumGroupSize (also when unset or invalid). */
    [[nodiscard]] static Result<int> minimumGroupSize(Store& store);
    /** k from a setting's text: the number rounded up and raised to MinimumGroupSize; not a number gives that. */
    [[nodiscard]] static int minimumGroupSizeFrom(const QString& setting);

    /** The figures of the store, in grouped SQL; `asOf` sets the recent-participation window. */
    [[nodiscard]] static Result<HrRawFigures> query(Store& store,
                                                    const InstrumentDefinition& wellbeing,
                                                    const std::optional<InstrumentDefinition>& alliance,
                                                    const QDateTime& asOf);

    /**
     * The HR report of `store` as HR may see it: the published snapshots of the closed months (HrPublication:
     * any month closed since the last view is published first), never figures computed from the open month.
     */
    [[nodiscard]] static Result<HrReport> load(Store& store, const InstrumentRegistry& registry);
    /** The rules applied to the store's figures as of its clock's now (query() then report()): not published. */
    [[nodiscard]] static Result<HrReport> loadLive(Store& store, const InstrumentRegistry& registry);

    /** Applies every rule to `raw`. */
    [[nodiscard]] HrReport report(const HrRawFigures& raw, const QDateTime& asOf) const;

    /**
     * Which of `groups` to suppress (true = suppressed), with complementary suppression. `alwaysHidden` is a group
     * that is part of the shown total but never shown on its own (participants without a team).
     */
    [[nodiscard]] QList<bool>
    suppressGroups(const QList<HrGroup>& groups, GroupKind kind, const HrGroup& alwaysHidden = {}) const;

    /** How a suppressed figure is shown to people: "fewer than 5 responses". */
    [[nodiscard]] static QString suppressedText(int k);

private:
    [[nodiscard]] std::optional<double> shownMean(const InstrumentDefinition& definition, const HrGroup& group) const;
    [[nodiscard]] bool isRevealingMean(const InstrumentDefinition& definition, double mean) const;
    void fillAlliance(HrReport& report, const HrAllianceFigures& raw) const;
    void applyOverlapRule(HrReport& report,
                          const QMap<QDate, HrMonthFigures>& months,
                          const QMap<QString, QMap<QDate, qint64>>& byTeamAndLatestMonth) const;

    InstrumentDefinition m_wellbeing;
    std::optional<InstrumentDefinition> m_alliance;
    int m_k;
};

} // namespace rapport
