#pragma once

#include "common/Error.h"

#include <QList>
#include <QUuid>

namespace rapport {

class DemoAnswers;
class DemoRandom;
class DemoSubmissionBatch;
struct DemoPeriod;

/**
 * One person's Wellbeing Index history in a demo: the course their wellbeing takes (in points, 0–100, mapped onto
 * the instrument's score range), the days they answer on and the time of day they tend to answer at.
 */
struct DemoWellbeingPlan
{
    /** The shape of someone's wellbeing over the history. */
    enum class Course
    {
        Stable,
        Improving,
        Declining,
        DipAndRecovery,
    };

    /** When in the day someone tends to fill in a questionnaire. */
    enum class Habit
    {
        Morning,
        Lunch,
        Evening,
        Anytime,
    };

    Course course = Course::Stable;
    double baseline = 60; ///< points where the course starts (dip: where it stays apart from the dip)
    double change = 0; ///< improving/declining: the total change; dip: its depth
    double onset = 0; ///< fraction of the history where the change starts (dip: its centre)
    double settle = 1; ///< fraction where the change is complete (dip: its half-width)
    int firstDay = 0; ///< the first day of the period they answer on
    int lastDay = 0; ///< no answers after this day
    int fixedInterval = 0; ///< days between answers; 0 = 14–21 days, mostly soon after the fortnightly reminder
    Habit habit = Habit::Evening;
    QList<double> itemBias; ///< per item, in scale points, summing to zero (some sleep badly, some lack time...)

    /** A random plan with `course`, for an instrument with `itemCount` items; the days are left to the caller. */
    [[nodiscard]] static DemoWellbeingPlan make(Course course, qsizetype itemCount, DemoRandom& random);

    /** The intended points at fraction `t` (0–1) of the history, before day-to-day ups and downs. */
    [[nodiscard]] double intended(double t) const;
    /** Days until the next answer. */
    [[nodiscard]] int nextInterval(DemoRandom& random) const;

    /** Adds the series to `batch` with answers from `answers`; returns how many submissions it has. */
    [[nodiscard]] Result<int> addSeries(const DemoPeriod& period,
                                        const QUuid& personId,
                                        DemoAnswers& answers,
                                        DemoRandom& random,
                                        DemoSubmissionBatch& batch) const;
};

} // namespace rapport
