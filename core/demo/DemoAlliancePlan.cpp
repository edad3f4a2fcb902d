#include "DemoAlliancePlan.h"

#include "DemoAnswers.h"
#include "DemoPeriod.h"
#include "DemoRandom.h"
#include "DemoSubmissionBatch.h"
#include "instruments/InstrumentDefinition.h"

#include <QHash>

#include <algorithm>
#include <utility>

namespace rapport {
namespace {

constexpr qint64 MsPerSecond = DemoPeriod::MsPerSecond;
constexpr qint64 MsPerMinute = DemoPeriod::MsPerMinute;
constexpr qint64 MsPerHour = DemoPeriod::MsPerHour;

/** Per-item levels from per-dimension ones: the bond is felt first, partnership builds, confidence varies. */
void planDimensions(DemoAlliancePlan& plan, const InstrumentDefinition& definition, DemoRandom& random)
{
    QHash<QString, std::pair<double, double>> dimensions; // id → (offset, growth)
    for (const Dimension& dimension : definition.dimensions) {
        double offset = random.normal(0, 0.3);
        double growth = 0.1;
        if (dimension.id == QLatin1String("bond")) {
            offset += 0.25;
        } else if (dimension.id == QLatin1String("partnership")) {
            offset -= 0.1;
            growth = 0.5;
        } else if (dimension.id == QLatin1String("confidence")) {
            growth = 0.3;
        }
        dimensions.insert(dimension.id, {offset, growth});
    }
    plan.itemOffset.clear();
    plan.itemGrowth.clear();
    for (const InstrumentItem& item : definition.items) {
        const auto found = dimensions.constFind(item.dimension);
        plan.itemOffset.append(found == dimensions.cend() ? 0.0 : found->first);
        plan.itemGrowth.append(found == dimensions.cend() ? 0.2 : found->second);
    }
}

} // namespace

DemoAlliancePlan::Fit DemoAlliancePlan::randomFit(DemoRandom& random)
{
    const double r = random.uniform();
    return r < 0.10 ? Fit::Poor : r < 0.30 ? Fit::Fair : Fit::Good;
}

DemoAlliancePlan DemoAlliancePlan::make(Fit fit,
                                        const DemoPeriod& period,
                                        double professionalEffect,
                                        const InstrumentDefinition& definition,
                                        DemoRandom& random)
{
    DemoAlliancePlan plan;
    plan.fit = fit;
    plan.professional = professionalEffect;
    switch (fit) {
    case Fit::Good:
        plan.start = random.normal(5.0, 0.45);
        plan.gain = random.uniform(0.4, 1.3);
        break;
    case Fit::Fair:
        plan.start = random.normal(4.3, 0.4);
        plan.gain = random.uniform(0.0, 0.8);
        break;
    case Fit::Poor:
        plan.start = random.normal(2.9, 0.45);
        plan.gain = random.uniform(-0.5, 0.3);
        break;
    }
    const double cadence = random.uniform();
    plan.cadence = cadence < 0.45 ? 7 : cadence < 0.80 ? 14 : 28;
    plan.firstDay = random.between(0, std::max(0, period.days - 21));
    if (fit == Fit::Poor) {
        plan.maxSessions = random.between(3, 8); // a poor fit rarely lasts
        plan.surveyChance = 0.7;
    } else {
        plan.maxSessions = random.chance(0.35) ? 0 : random.between(4, 24);
    }
    plan.weekday = random.between(1, 5);
    plan.sessionStart = random.between(8 * 2, 17 * 2) * 30 * MsPerMinute; // on the hour or half past, 8:00–17:00
    planDimensions(plan, definition, random);
    return plan;
}

Result<int> DemoAlliancePlan::addSeries(const DemoPeriod& period,
                                        const QUuid& clientId,
                                        const QUuid& professionalId,
                                        DemoAnswers& answers,
                                        DemoRandom& random,
                                        DemoSubmissionBatch& batch) const
{
    const InstrumentDefinition& definition = answers.definition();
    const double low = definition.scale.min;
    const double span = definition.scale.max - definition.scale.min;
    const qsizetype itemCount = definition.items.size();
    QList<double> values(itemCount);

    int day = firstDay;
    while (period.dayOfWeek(day) != weekday) {
        ++day;
    }
    int sessions = 0;
    int surveys = 0;
    double unfamiliarity = 1.0; // shrinks with every session
    double drift = 0;
    while (day <= period.days && (maxSessions == 0 || sessions < maxSessions)) {
        int sessionDay = day;
        if (!regular && period.dayOfWeek(day) <= 4 && random.chance(0.08)) {
            ++sessionDay; // moved to the next day
        }
        if (period.at(sessionDay, sessionStart) >= period.untilMs) {
            break;
        }
        ++sessions;
        if (random.chance(surveyChance)) {
            // Most answer right after the 50-minute session, some in the evening.
            qint64 msOfDay = sessionStart + 50 * MsPerMinute + random.between(2, 90) * MsPerMinute;
            if (sessionStart < 16 * MsPerHour && random.chance(0.25)) {
                msOfDay = random.between(18 * 60, 22 * 60) * MsPerMinute;
            }
            msOfDay += random.between(0, 59) * MsPerSecond;
            const qint64 at = period.at(sessionDay, msOfDay);
            if (at >= period.untilMs) {
                break;
            }
            const double overall = std::clamp(start + gain * (1.0 - unfamiliarity) + professional + drift, 1.0, 7.0);
            for (qsizetype i = 0; i < itemCount; ++i) {
                const double level
                    = std::clamp(overall + itemOffset.value(i) - itemGrowth.value(i) * unfamiliarity, 1.0, 7.0);
                values[i] = low + (level - 1.0) / 6.0 * span;
            }
            Submission submission = DemoSubmissionBatch::make(clientId, definition, at);
            submission.professionalId = professionalId;
            submission.answers = answers.forItemValues(values, 0.45 * span / 6.0, random);
            auto score = answers.score(submission.answers);
            if (!score) {
                return tl::unexpected(score.error());
            }
            submission.score = *score;
            RAPPORT_TRY(batch.add(std::move(submission)));
            ++surveys;
        }
        drift = 0.5 * drift + random.normal(0, 0.2);
        unfamiliarity *= 0.8;
        day += cadence;
        if (!regular && random.chance(0.1)) {
            day += 7; // a holiday, a cancelled session
        }
    }
    return surveys;
}

} // namespace rapport
