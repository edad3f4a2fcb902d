#include "DemoWellbeingPlan.h"

#include "DemoAnswers.h"
#include "DemoPeriod.h"
#include "DemoRandom.h"
#include "DemoSubmissionBatch.h"

#include <algorithm>

namespace rapport {
namespace {

double smoothStep(double from, double to, double x)
{
    if (to <= from) {
        return x < from ? 0.0 : 1.0;
    }
    const double s = std::clamp((x - from) / (to - from), 0.0, 1.0);
    return s * s * (3.0 - 2.0 * s);
}

DemoWellbeingPlan::Habit randomHabit(DemoRandom& random)
{
    using Habit = DemoWellbeingPlan::Habit;
    const double r = random.uniform();
    return r < 0.30 ? Habit::Morning : r < 0.50 ? Habit::Lunch : r < 0.85 ? Habit::Evening : Habit::Anytime;
}

/** Milliseconds into the day: mostly within the person's habit, sometimes whenever. */
qint64 timeOfDay(DemoWellbeingPlan::Habit habit, DemoRandom& random)
{
    using Habit = DemoWellbeingPlan::Habit;
    if (!random.chance(0.75)) {
        habit = Habit::Anytime;
    }
    int fromMinute = 0;
    int toMinute = 0;
    switch (habit) {
    case Habit::Morning:
        fromMinute = 7 * 60 + 10;
        toMinute = 9 * 60 + 45;
        break;
    case Habit::Lunch:
        fromMinute = 11 * 60 + 50;
        toMinute = 13 * 60 + 40;
        break;
    case Habit::Evening:
        fromMinute = 18 * 60 + 30;
        toMinute = 22 * 60 + 40;
        break;
    case Habit::Anytime:
        fromMinute = 8 * 60;
        toMinute = 21 * 60 + 30;
        break;
    }
    return random.between(fromMinute, toMinute) * DemoPeriod::MsPerMinute
        + random.between(0, 59) * DemoPeriod::MsPerSecond;
}

} // namespace

DemoWellbeingPlan DemoWellbeingPlan::make(Course course, qsizetype itemCount, DemoRandom& random)
{
    DemoWellbeingPlan plan;
    plan.course = course;
    plan.habit = randomHabit(random);
    switch (course) {
    case Course::Stable:
        plan.baseline = std::clamp(random.normal(62, 13), 18.0, 90.0);
        break;
    case Course::Improving:
    case Course::Declining: {
        // A change of 20–40 points (the instrument counts 10 as meaningful), over a third to three quarters of
        // the history.
        plan.change = random.uniform(20, 40);
        const double low
            = std::clamp(random.normal(course == Course::Improving ? 38 : 45, 10), 8.0, 92.0 - plan.change);
        plan.baseline = course == Course::Improving ? low : low + plan.change;
        plan.onset = random.uniform(0.0, 0.35);
        plan.settle = std::min(1.0, plan.onset + random.uniform(0.35, 0.75));
        break;
    }
    case Course::DipAndRecovery:
        plan.baseline = std::clamp(random.normal(64, 9), 45.0, 88.0);
        plan.change = random.uniform(20, std::min(40.0, plan.baseline - 8));
        plan.onset = random.uniform(0.3, 0.7);
        plan.settle = random.uniform(0.12, 0.25);
        break;
    }
    plan.itemBias.resize(itemCount);
    double mean = 0;
    for (double& bias : plan.itemBias) {
        bias = random.normal(0, 0.5);
        mean += bias;
    }
    mean /= static_cast<double>(std::max<qsizetype>(1, itemCount));
    for (double& bias : plan.itemBias) {
        bias -= mean; // a bias moves answers between items, not the score
    }
    return plan;
}

double DemoWellbeingPlan::intended(double t) const
{
    switch (course) {
    case Course::Stable:
        return baseline;
    case Course::Improving:
        return baseline + change * smoothStep(onset, settle, t);
    case Course::Declining:
        return baseline - change * smoothStep(onset, settle, t);
    case Course::DipAndRecovery: {
        const double x = (t - onset) / settle;
        const double bump = x * x < 1.0 ? (1.0 - x * x) * (1.0 - x * x) : 0.0;
        return baseline - change * bump;
    }
    }
    return baseline;
}

int DemoWellbeingPlan::nextInterval(DemoRandom& random) const
{
    if (fixedInterval > 0) {
        return fixedInterval;
    }
    // The reminder comes after 14 days; most answer within a few days of it, nobody later than a week.
    const double delay = random.normal(0, 2.6);
    return 14 + std::min(7, static_cast<int>(delay < 0 ? -delay : delay));
}

Result<int> DemoWellbeingPlan::addSeries(const DemoPeriod& period,
                                         const QUuid& personId,
                                         DemoAnswers& answers,
                                         DemoRandom& random,
                                         DemoSubmissionBatch& batch) const
{
    const InstrumentDefinition& definition = answers.definition();
    int count = 0;
    double mood = 0; // ups and downs carry over a little into the next answers
    for (int day = firstDay; day <= lastDay; day += nextInterval(random)) {
        const qint64 at = period.at(day, timeOfDay(habit, random));
        if (at >= period.untilMs) {
            break;
        }
        mood = 0.6 * mood + random.normal(0, 3.0);
        const double points = std::clamp(intended(period.fraction(day)) + mood + random.normal(0, 2.5), 0.0, 100.0);
        Submission submission = DemoSubmissionBatch::make(personId, definition, at);
        submission.answers = answers.forScore(
            definition.scoreMin + points / 100.0 * (definition.scoreMax - definition.scoreMin), itemBias, random);
        auto score = answers.score(submission.answers);
        if (!score) {
            return tl::unexpected(score.error());
        }
        submission.score = *score;
        RAPPORT_TRY(batch.add(std::move(submission)));
        ++count;
    }
    return count;
}

} // namespace rapport
