#pragma once

#include "common/Error.h"

#include <QList>
#include <QUuid>

namespace rapport {

class DemoAnswers;
class DemoRandom;
class DemoSubmissionBatch;
struct DemoPeriod;
struct InstrumentDefinition;

/**
 * The sessions of one client–professional connection in a demo, and the Professional Alliance the client reports
 * after them. Levels are on the survey's 1–7 reference and mapped onto the instrument's scale: each dimension has
 * its own level (the bond is felt early, partnership builds over the first sessions), and the whole tends to grow
 * as the relationship builds, except in a poor fit.
 */
struct DemoAlliancePlan
{
    /** How well the client and the professional work together. */
    enum class Fit
    {
        Good,
        Fair,
        Poor,
    };

    Fit fit = Fit::Good;
    double start = 5.0; ///< the alliance after the first session
    double gain = 0.8; ///< how much it grows as the relationship builds
    double professional = 0; ///< this professional's general effect
    QList<double> itemOffset; ///< per item: its dimension's level relative to the whole
    QList<double> itemGrowth; ///< per item: how far below its settled level it starts
    int firstDay = 0; ///< sessions start on the first `weekday` from this day of the period
    int maxSessions = 0; ///< 0 = ongoing until the end of the history
    int cadence = 7; ///< days between sessions
    int weekday = 2; ///< the usual session day, 1 = Monday
    qint64 sessionStart = 10 * 60 * 60 * 1000; ///< milliseconds into the day
    double surveyChance = 0.85; ///< of a survey after a session
    bool regular = false; ///< never a skipped week or a moved session (benchmark histories)

    /** Good for most, fair for some, poor for a few. */
    [[nodiscard]] static Fit randomFit(DemoRandom& random);
    /** A random plan for a connection with `fit`, with a professional whose alliances tend to be `professionalEffect`
     * points better than average, somewhere in `period`. */
    [[nodiscard]] static DemoAlliancePlan make(Fit fit,
                                               const DemoPeriod& period,
                                               double professionalEffect,
                                               const InstrumentDefinition& definition,
                                               DemoRandom& random);

    /** Adds the surveys to `batch` with answers from `answers`; returns how many there are. */
    [[nodiscard]] Result<int> addSeries(const DemoPeriod& period,
                                        const QUuid& clientId,
                                        const QUuid& professionalId,
                                        DemoAnswers& answers,
                                        DemoRandom& random,
                                        DemoSubmissionBatch& batch) const;
};

} // namespace rapport
