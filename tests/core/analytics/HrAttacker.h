#pragma once

// The attacker of the HR figures, shared by test_hr_attacker (the local rules) and test_hub_hr (the hub's
// rapport.hr_report()): random organisations as data, a store filled with one, and the attack itself, which reads
// every published mean as a linear equation over the individual values behind it. See TestHrAttacker.cpp.

#include "ResultTesting.h"
#include "analytics/HrAnalytics.h"
#include "crypto/KeyDerivation.h"
#include "crypto/SecureBytes.h"
#include "instruments/InstrumentIds.h"
#include "instruments/InstrumentRegistry.h"
#include "instruments/Trend.h"
#include "store/PersonRepository.h"
#include "store/Store.h"
#include "store/SubmissionRepository.h"

#include <QDir>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cmath>
#include <map>
#include <memory>
#include <numeric>
#include <optional>
#include <set>
#include <tuple>

namespace rapport::test::attacker {

inline const QDateTime Now(QDate(2026, 6, 20), QTime(12, 0), Qt::UTC);
inline constexpr qint64 Prime = 2147483647; // 2^31 − 1: exact arithmetic for the rank tests

struct PersonSpec
{
    int team = -1; ///< index into the team names; −1 for none
    QList<std::pair<QDateTime, int>> answers; ///< Wellbeing Index submissions: time and score
    bool erased = false; ///< removed with everything they submitted after answering
};

/** A random organisation, as data: what the store is filled with, and what the attacker knows to exist. */
struct OrgSpec
{
    quint32 seed = 0;
    QStringList teams;
    QList<PersonSpec> people;
};

inline QString describe(const OrgSpec& org)
{
    QStringList lines;
    lines << QStringLiteral("seed %1, teams [%2], %3 people:")
                 .arg(org.seed)
                 .arg(org.teams.join(QStringLiteral(", ")))
                 .arg(org.people.size());
    for (qsizetype i = 0; i < org.people.size(); ++i) {
        const PersonSpec& person = org.people.at(i);
        QStringList answers;
        for (const auto& [when, score] : person.answers) {
            answers << QStringLiteral("%1=%2").arg(when.toString(Qt::ISODate)).arg(score);
        }
        lines << QStringLiteral("  person %1 team %2%3: %4")
                     .arg(i)
                     .arg(person.team >= 0 ? org.teams.at(person.team) : QStringLiteral("-"))
                     .arg(person.erased ? QStringLiteral(" (erased)") : QString())
                     .arg(answers.join(QLatin1Char(' ')));
    }
    return lines.join(QLatin1Char('\n'));
}

/** Sparse, bursty participation over up to eight months, some people leaving, some never answering. */
inline OrgSpec randomOrganisation(quint32 seed, int mostPeople)
{
    QRandomGenerator random(seed);
    OrgSpec org;
    org.seed = seed;
    const int teamCount = random.bounded(9);
    for (int i = 0; i < teamCount; ++i) {
        org.teams << QStringLiteral("Team %1").arg(QChar(QLatin1Char('A' + i)));
    }
    const int months = 1 + random.bounded(8);
    QList<double> weights; // bursty: a few months draw most answers
    for (int i = 0; i < months; ++i) {
        weights << std::pow(random.generateDouble(), 3.0) + 0.02;
    }
    const int people = 5 + random.bounded(std::max(1, mostPeople - 4));
    const double participation = 0.3 + 0.7 * random.generateDouble();
    for (int i = 0; i < people; ++i) {
        PersonSpec person;
        person.team = teamCount > 0 && random.bounded(6) > 0 ? random.bounded(teamCount) : -1;
        if (random.generateDouble() < participation) {
            const int answers = 1 + random.bounded(4);
            for (int a = 0; a < answers; ++a) {
                double pick = random.generateDouble() * std::accumulate(weights.cbegin(), weights.cend(), 0.0);
                int month = 0;
                while (month + 1 < months && pick > weights.at(month)) {
                    pick -= weights.at(month);
                    ++month;
                }
                const QDate first = Now.date().addMonths(-(months - 1) + month);
                const QDate day(first.year(), first.month(), 1 + random.bounded(first.daysInMonth()));
                const QDateTime when(
                    std::min(day, Now.date()), QTime(8 + random.bounded(10), random.bounded(60)), Qt::UTC);
                person.answers.append({when, 4 * random.bounded(26)});
            }
        }
        person.erased = random.bounded(12) == 0;
        org.people.append(person);
    }
    return org;
}

/**
 * The kinds of unknowns an equation is over. Values are scores (a person's latest score, or their mean in a month);
 * the two indicator families are 0/1 unknowns, one per category and person and month, of which exactly one is 1 for
 * each person (their bracket, or their trend's direction), which the attacker knows too.
 */
enum class Family
{
    Values,
    Brackets, ///< categories: the instrument's brackets in order, then "in no bracket"
    Trends, ///< categories: improving, stable, declining
};

/** An indicator unknown's key: (person, month key × Categories + category). */
inline constexpr int Categories = 8;

/** One published figure as an equation: which people's values it adds up (and of which month, −1 for the latest). */
struct Equation
{
    QString figure;
    /// Values: (person, month key or −1 for the latest score) → coefficient; indicators: (person, month key ×
    /// Categories + category) → coefficient.
    std::map<std::pair<int, int>, qint64> terms;
    Family family = Family::Values;
};

struct Disclosure
{
    QString what;
};

inline qint64 mod(qint64 value)
{
    value %= Prime;
    return value < 0 ? value + Prime : value;
}

inline qint64 inverse(qint64 value)
{
    qint64 result = 1;
    qint64 base = mod(value);
    for (qint64 exponent = Prime - 2; exponent > 0; exponent >>= 1) {
        if (exponent & 1) {
            result = result * base % Prime;
        }
        base = base * base % Prime;
    }
    return result;
}

/** The rank of `rows` (dense, mod Prime). */
inline int rank(QList<QList<qint64>> rows)
{
    int found = 0;
    const int columns = rows.isEmpty() ? 0 : static_cast<int>(rows.first().size());
    for (int column = 0; column < columns && found < rows.size(); ++column) {
        int pivot = -1;
        for (int r = found; r < rows.size(); ++r) {
            if (rows.at(r).at(column) != 0) {
                pivot = r;
                break;
            }
        }
        if (pivot < 0) {
            continue;
        }
        rows.swapItemsAt(found, pivot);
        const qint64 scale = inverse(rows.at(found).at(column));
        for (int r = found + 1; r < rows.size(); ++r) {
            const qint64 factor = rows.at(r).at(column) * scale % Prime;
            if (factor == 0) {
                continue;
            }
            for (int c = column; c < columns; ++c) {
                rows[r][c] = mod(rows.at(r).at(c) - factor * rows.at(found).at(c));
            }
        }
        ++found;
    }
    return found;
}

/** A month as a key: months since year 0. */
inline int monthKey(const QDate& date)
{
    return date.year() * 12 + date.month() - 1;
}

/**
 * Reads `report` as the attacker would and returns the first disclosure, if any. `org` is the truth the store
 * was filled with; the attacker's unknowns are each participant's latest score (taken to equal their mean in their
 * latest month: the worst case) and their mean in each earlier month they answered.
 */
inline std::optional<Disclosure> attackEquations(const QList<Equation>& equations, int k);

inline std::optional<Disclosure> attack(const OrgSpec& org, const HrReport& report)
{
    const int k = report.minimumGroupSize;
    if (report.suppressed) {
        return std::nullopt;
    }
    // Who is a participant, their team, their latest month and the months they answered in.
    struct Participant
    {
        int team;
        int latestMonth;
        std::set<int> months;
    };
    std::map<int, Participant> participants;
    for (qsizetype i = 0; i < org.people.size(); ++i) {
        const PersonSpec& person = org.people.at(i);
        if (person.erased || person.answers.isEmpty()) {
            continue;
        }
        Participant participant {person.team, 0, {}};
        QDateTime latest;
        for (const auto& [when, score] : person.answers) {
            participant.months.insert(monthKey(when.date()));
            if (!latest.isValid() || when > latest) {
                latest = when;
            }
        }
        participant.latestMonth = monthKey(latest.date());
        participants.emplace(static_cast<int>(i), participant);
    }

    QList<Equation> equations;
    if (report.wellbeingMean) {
        Equation organisation {QStringLiteral("organisation mean"), {}};
        for (const auto& [id, participant] : participants) {
            organisation.terms[{id, -1}] = 1;
        }
        equations << organisation;
    }
    for (const HrTeam& team : report.teams) {
        if (!team.mean) {
            continue;
        }
        const int index = static_cast<int>(org.teams.indexOf(team.name));
        Equation row {QStringLiteral("team %1").arg(team.name), {}};
        for (const auto& [id, participant] : participants) {
            if (participant.team == index) {
                row.terms[{id, -1}] = 1;
            }
        }
        equations << row;
    }
    for (const HrMonth& month : report.monthly) {
        if (!month.mean) {
            continue;
        }
        const int key = monthKey(month.month);
        Equation row {QStringLiteral("month %1").arg(month.month.toString(QStringLiteral("yyyy-MM"))), {}};
        for (const auto& [id, participant] : participants) {
            if (participant.months.count(key)) {
                row.terms[{id, participant.latestMonth == key ? -1 : key}] = 1;
            }
        }
        equations << row;
    }
    return attackEquations(equations, k);
}

/** The first disclosure `equations` allow (one person solved for, or 1..k−1 people touched by ±1 combinations). */
inline std::optional<Disclosure> attackEquations(const QList<Equation>& equations, int k)
{
    if (equations.isEmpty()) {
        return std::nullopt;
    }

    // The unknowns, numbered; each belongs to one person.
    std::map<std::pair<int, int>, int> column;
    QList<int> owner;
    for (const Equation& equation : std::as_const(equations)) {
        for (const auto& [unknown, coefficient] : equation.terms) {
            if (column.emplace(unknown, static_cast<int>(owner.size())).second) {
                owner << unknown.first;
            }
        }
    }
    QList<QList<qint64>> matrix;
    for (const Equation& equation : std::as_const(equations)) {
        QList<qint64> row(owner.size(), 0);
        for (const auto& [unknown, coefficient] : equation.terms) {
            row[column.at(unknown)] = mod(coefficient);
        }
        matrix << row;
    }
    const int fullRank = rank(matrix);

    // One person: a combination of the equations that involves nobody else exists exactly when dropping that
    // person's unknowns lowers the rank.
    const std::set<int> everyone(owner.cbegin(), owner.cend());
    for (const int id : everyone) {
        QList<QList<qint64>> without = matrix;
        bool involved = false;
        for (QList<qint64>& row : without) {
            for (qsizetype c = 0; c < row.size(); ++c) {
                if (owner.at(c) == id) {
                    involved = involved || row.at(c) != 0;
                    row[c] = 0;
                }
            }
        }
        if (involved && rank(without) < fullRank) {
            return Disclosure {QStringLiteral("person %1 alone can be solved for from the published means").arg(id)};
        }
    }

    // Small groups: every combination of up to three published means with coefficients ±1.
    const qsizetype n = equations.size();
    const auto touched = [&](const QList<std::pair<qsizetype, qint64>>& chosen) {
        std::map<std::pair<int, int>, qint64> sum;
        for (const auto& [index, sign] : chosen) {
            for (const auto& [unknown, coefficient] : equations.at(index).terms) {
                sum[unknown] += sign * coefficient;
            }
        }
        std::set<int> people;
        for (const auto& [unknown, coefficient] : sum) {
            if (coefficient != 0) {
                people.insert(unknown.first);
            }
        }
        return people.size();
    };
    const auto check = [&](const QList<std::pair<qsizetype, qint64>>& chosen) -> std::optional<Disclosure> {
        const size_t people = touched(chosen);
        if (people >= 1 && people < static_cast<size_t>(k)) {
            QStringList names;
            for (const auto& [index, sign] : chosen) {
                names << (sign > 0 ? QStringLiteral("+") : QStringLiteral("−")) + equations.at(index).figure;
            }
            return Disclosure {
                QStringLiteral("%1 touches %2 people (k = %3)").arg(names.join(QLatin1Char(' '))).arg(people).arg(k)};
        }
        return std::nullopt;
    };
    for (qsizetype a = 0; a < n; ++a) {
        for (qsizetype b = a + 1; b < n; ++b) {
            for (const qint64 sb : {1, -1}) {
                if (auto found = check({{a, 1}, {b, sb}})) {
                    return found;
                }
                for (qsizetype c = b + 1; c < n; ++c) {
                    for (const qint64 sc : {1, -1}) {
                        if (auto found = check({{a, 1}, {b, sb}, {c, sc}})) {
                            return found;
                        }
                    }
                }
            }
        }
    }
    return std::nullopt;
}

/** The first day's start (UTC) of the month after the one with key `key`. */
inline QDateTime endOfMonth(int key)
{
    return QDateTime(QDate(key / 12, key % 12 + 1, 1).addMonths(1), QTime(0, 0), Qt::UTC);
}

/**
 * What the attacker reads from every snapshot HR could have seen (rule 10), and the truth behind it. Every month's
 * figures stand on that month's answers, so each month is a block of unknowns of its own: each participant's mean in
 * the month (the means), the bracket of that mean and the direction of their trend up to the month's end (the
 * counts, as sums of 0/1 indicators). Participation figures (employees, participants, recent participants, a team's
 * or a month's n) are over who answered when, which this attacker already knows (it is what lets it write the means'
 * equations): they add no unknown, so they are checked against the model instead, figure by figure, which keeps the
 * model honest ("exactly as the code computes them").
 */
struct PublishedFigures
{
    QList<Equation> equations;
    /// (family, person, month key) → the category that person really is in (their indicator that is 1).
    std::map<std::tuple<Family, int, int>, int> truth;
    /// Figures whose published value differs from what the model says the code computes: the model is wrong.
    QStringList mismatches;
};

/** The bracket category of a person's mean in a month, as the SQL of both engines decides it (no rounding). */
inline int bracketCategory(const InstrumentDefinition& wellbeing, double mean)
{
    for (qsizetype i = wellbeing.brackets.size() - 1; i >= 0; --i) {
        if (mean >= wellbeing.brackets.at(i).min) {
            return static_cast<int>(i);
        }
    }
    return static_cast<int>(wellbeing.brackets.size()); // in no bracket
}

inline PublishedFigures
publishedFigures(const OrgSpec& org, const QList<HrReport>& reports, const InstrumentDefinition& wellbeing)
{
    PublishedFigures out;
    // Who answered in which month, their mean in it, their trend at its end.
    std::map<int, std::map<int, QList<int>>> scoresIn; // month key → person → scores in the month
    qint64 employees = 0;
    for (qsizetype i = 0; i < org.people.size(); ++i) {
        const PersonSpec& person = org.people.at(i);
        if (person.erased) {
            continue;
        }
        ++employees;
        for (const auto& [when, score] : person.answers) {
            scoresIn[monthKey(when.date())][static_cast<int>(i)] << score;
        }
    }
    const int bracketCategories = static_cast<int>(wellbeing.brackets.size()) + 1;
    const auto mismatch = [&](const QString& figure, qint64 published, qint64 model) {
        if (published != model) {
            out.mismatches
                << QStringLiteral("%1: published %2, the model says %3").arg(figure).arg(published).arg(model);
        }
    };
    std::set<int> modelled; // months whose blocks are written already (every later snapshot repeats them)
    for (const HrReport& report : reports) {
        if (report.suppressed || !report.period.isValid()) {
            continue;
        }
        const int key = monthKey(report.period);
        const std::map<int, QList<int>>& people = scoresIn[key];
        const QString month = report.period.toString(QStringLiteral("yyyy-MM"));
        const QDateTime end = endOfMonth(key);

        // The truth of the month's indicators.
        std::set<int> trending;
        for (const auto& [id, scores] : people) {
            const double mean
                = std::accumulate(scores.cbegin(), scores.cend(), 0.0) / static_cast<double>(scores.size());
            out.truth[{Family::Brackets, id, key}] = bracketCategory(wellbeing, mean);
            QList<TrendPoint> points;
            for (const auto& [when, score] : org.people.at(id).answers) {
                if (when < end) {
                    points.append(TrendPoint {when, static_cast<double>(score)});
                }
            }
            const TrendDirection direction = computeTrend(points, wellbeing.meaningfulChange).direction;
            if (direction != TrendDirection::Insufficient) {
                trending.insert(id);
                out.truth[{Family::Trends, id, key}] = direction == TrendDirection::Improving ? 0
                    : direction == TrendDirection::Stable                                     ? 1
                                                                                              : 2;
            }
        }
        const auto categoryCount = [&](Family family, int category) {
            qint64 n = 0;
            for (const auto& [unknown, value] : out.truth) {
                n += std::get<0>(unknown) == family && std::get<2>(unknown) == key && value == category ? 1 : 0;
            }
            return n;
        };

        // Participation: known to this attacker, so only checked.
        mismatch(QStringLiteral("%1 employees").arg(month), report.employees.value_or(employees), employees);
        if (report.participants) {
            mismatch(
                QStringLiteral("%1 participants").arg(month), *report.participants, static_cast<qint64>(people.size()));
        }
        if (report.recentParticipants) {
            qint64 recent = 0;
            for (const PersonSpec& person : org.people) {
                recent += !person.erased
                    && std::any_of(person.answers.cbegin(), person.answers.cend(), [&](const auto& a) {
                           return a.first >= end.addDays(-report.recentDays) && a.first < end;
                       });
            }
            mismatch(QStringLiteral("%1 recent participants").arg(month), *report.recentParticipants, recent);
        }
        for (const HrTeam& team : report.teams) {
            if (team.people) {
                const int index = static_cast<int>(org.teams.indexOf(team.name));
                mismatch(QStringLiteral("%1 team %2 n").arg(month, team.name),
                         *team.people,
                         static_cast<qint64>(std::count_if(people.cbegin(), people.cend(), [&](const auto& entry) {
                             return org.people.at(entry.first).team == index;
                         })));
            }
        }
        for (const HrMonth& entry : report.monthly) {
            if (entry.people) {
                mismatch(QStringLiteral("%1 series %2 n").arg(month, entry.month.toString(QStringLiteral("yyyy-MM"))),
                         *entry.people,
                         static_cast<qint64>(scoresIn[monthKey(entry.month)].size()));
            }
        }

        // The means: sum = n × mean over each participant's mean in the month.
        if (report.wellbeingMean) {
            Equation organisation {QStringLiteral("%1 organisation mean").arg(month), {}};
            for (const auto& [id, scores] : people) {
                organisation.terms[{id, key}] = 1;
            }
            out.equations << organisation;
        }
        for (const HrTeam& team : report.teams) {
            if (!team.mean) {
                continue;
            }
            const int index = static_cast<int>(org.teams.indexOf(team.name));
            Equation row {QStringLiteral("%1 team %2").arg(month, team.name), {}};
            for (const auto& [id, scores] : people) {
                if (org.people.at(id).team == index) {
                    row.terms[{id, key}] = 1;
                }
            }
            out.equations << row;
        }
        for (const HrMonth& entry : report.monthly) {
            if (!entry.mean) {
                continue;
            }
            const int entryKey = monthKey(entry.month);
            Equation row {QStringLiteral("%1 series %2").arg(month, entry.month.toString(QStringLiteral("yyyy-MM"))),
                          {}};
            for (const auto& [id, scores] : scoresIn[entryKey]) {
                row.terms[{id, entryKey}] = 1;
            }
            out.equations << row;
        }
        if (!modelled.insert(key).second) {
            continue; // the counts below are this month's own and were read from its first snapshot
        }

        // The counts: participants = the sum of every participant's bracket indicators, a bracket's count the sum
        // of its own; the same for the trends of those with more than one answer up to the month's end.
        if (report.participants) {
            Equation total {QStringLiteral("%1 participants").arg(month), {}, Family::Brackets};
            for (const auto& [id, scores] : people) {
                for (int c = 0; c < bracketCategories; ++c) {
                    total.terms[{id, key * Categories + c}] = 1;
                }
            }
            out.equations << total;
        }
        for (qsizetype b = 0; b < report.distribution.size(); ++b) {
            if (!report.distribution.at(b).people) {
                continue;
            }
            const int category = static_cast<int>(b);
            mismatch(QStringLiteral("%1 bracket %2").arg(month, report.distribution.at(b).bracket.id),
                     *report.distribution.at(b).people,
                     categoryCount(Family::Brackets, category));
            Equation row {
                QStringLiteral("%1 bracket %2").arg(month, report.distribution.at(b).bracket.id), {}, Family::Brackets};
            for (const auto& [id, scores] : people) {
                row.terms[{id, key * Categories + category}] = 1;
            }
            out.equations << row;
        }
        if (report.trends.people) {
            mismatch(
                QStringLiteral("%1 trends n").arg(month), *report.trends.people, static_cast<qint64>(trending.size()));
            Equation total {QStringLiteral("%1 trends n").arg(month), {}, Family::Trends};
            for (const int id : trending) {
                for (int c = 0; c < 3; ++c) {
                    total.terms[{id, key * Categories + c}] = 1;
                }
            }
            out.equations << total;
        }
        const std::pair<const char*, std::optional<qint64>> directions[] = {{"improving", report.trends.improving},
                                                                            {"stable", report.trends.stable},
                                                                            {"declining", report.trends.declining}};
        for (int c = 0; c < 3; ++c) {
            if (!directions[c].second) {
                continue;
            }
            const QString figure = QStringLiteral("%1 trends %2").arg(month, QLatin1String(directions[c].first));
            mismatch(figure, *directions[c].second, categoryCount(Family::Trends, c));
            Equation row {figure, {}, Family::Trends};
            for (const int id : trending) {
                row.terms[{id, key * Categories + c}] = 1;
            }
            out.equations << row;
        }
    }
    return out;
}

/**
 * The first disclosure the counts of one family allow. Exactly one indicator of each person is 1, so the attacker
 * substitutes the last category's (1 − the others) and runs the exact rank test of attackEquations() over what is
 * left: a person is disclosed when a combination of the counts tells anything about them alone. A small group is
 * disclosed when a combination of up to three counts (±1) adds up 1 to k−1 people: evaluated at the truth, the
 * people whose indicators in it do not cancel (a count of 3 people in a bracket, the participants minus the shown
 * brackets when 2 are left, …), among those whose coefficients differ between categories (a difference over
 * participation alone tells this attacker nothing it did not know).
 */
inline std::optional<Disclosure>
attackCounts(const QList<Equation>& rows, const std::map<std::tuple<Family, int, int>, int>& truth, int k)
{
    // One block per (family, month): the counts of different months share no unknown.
    std::map<std::pair<Family, int>, QList<Equation>> blocks;
    for (const Equation& row : rows) {
        if (row.family == Family::Values || row.terms.empty()) {
            continue;
        }
        QList<Equation>& block = blocks[{row.family, row.terms.begin()->first.second / Categories}];
        if (std::none_of(block.cbegin(), block.cend(), [&](const Equation& e) { return e.terms == row.terms; })) {
            block << row;
        }
    }
    for (const auto& entry : blocks) {
        // Plain references, not structured bindings: lambdas below use them (clang refuses capturing bindings).
        const auto& block = entry.second;
        const Family family = entry.first.first;
        const auto key = entry.first.second;
        const int categories = family == Family::Trends ? 3 : Categories;
        int used = 0; // how many categories this family has, from the total row's terms
        for (const Equation& row : block) {
            for (const auto& [unknown, coefficient] : row.terms) {
                used = std::max(used, unknown.second % Categories + 1);
            }
        }
        const int last = std::min(categories, used) - 1;
        // The exact rank test on the reduced unknowns.
        QList<Equation> reduced;
        for (const Equation& row : block) {
            std::map<int, std::map<int, qint64>> byPerson;
            for (const auto& [unknown, coefficient] : row.terms) {
                byPerson[unknown.first][unknown.second % Categories] = coefficient;
            }
            Equation flat {row.figure, {}};
            for (const auto& [person, coefficients] : byPerson) {
                const qint64 base = coefficients.count(last) ? coefficients.at(last) : 0;
                for (int c = 0; c < last; ++c) {
                    const qint64 value = (coefficients.count(c) ? coefficients.at(c) : 0) - base;
                    if (value != 0) {
                        flat.terms[{person, c}] = value;
                    }
                }
            }
            reduced << flat;
        }
        if (auto found = attackEquations(reduced, 0)) {
            return Disclosure {found->what + QStringLiteral(" (from the counts)")};
        }
        // Small groups, evaluated at the truth.
        const qsizetype n = block.size();
        const auto check = [&](const QList<std::pair<qsizetype, qint64>>& chosen) -> std::optional<Disclosure> {
            std::map<int, std::map<int, qint64>> sum;
            for (const auto& [index, sign] : chosen) {
                for (const auto& [unknown, coefficient] : block.at(index).terms) {
                    sum[unknown.first][unknown.second % Categories] += sign * coefficient;
                }
            }
            int people = 0;
            for (const auto& [person, coefficients] : sum) {
                const auto real = truth.find({family, person, key});
                if (real == truth.cend()) {
                    continue;
                }
                std::set<qint64> distinct;
                for (int c = 0; c <= last; ++c) {
                    distinct.insert(coefficients.count(c) ? coefficients.at(c) : 0);
                }
                const qint64 own = coefficients.count(real->second) ? coefficients.at(real->second) : 0;
                people += distinct.size() > 1 && own != 0 ? 1 : 0;
            }
            if (people >= 1 && people < k) {
                QStringList names;
                for (const auto& [index, sign] : chosen) {
                    names << (sign > 0 ? QStringLiteral("+") : QStringLiteral("−")) + block.at(index).figure;
                }
                return Disclosure {QStringLiteral("%1 counts %2 people (k = %3)")
                                       .arg(names.join(QLatin1Char(' ')))
                                       .arg(people)
                                       .arg(k)};
            }
            return std::nullopt;
        };
        for (qsizetype a = 0; a < n; ++a) {
            if (auto found = check({{a, 1}})) {
                return found;
            }
        }
        for (qsizetype a = 0; a < n; ++a) {
            for (qsizetype b = a + 1; b < n; ++b) {
                for (const qint64 sb : {1, -1}) {
                    if (auto found = check({{a, 1}, {b, sb}})) {
                        return found;
                    }
                    for (qsizetype c = b + 1; c < n; ++c) {
                        for (const qint64 sc : {1, -1}) {
                            if (auto found = check({{a, 1}, {b, sb}, {c, sc}})) {
                                return found;
                            }
                        }
                    }
                }
            }
        }
    }
    return std::nullopt;
}

/**
 * Rule 10's attacker over every snapshot HR could have seen: the model's agreement with every published figure
 * first, then the means (attackEquations) and the counts (attackCounts).
 */
inline std::optional<Disclosure>
attackPublished(const OrgSpec& org, const QList<HrReport>& reports, const InstrumentDefinition& wellbeing, int k)
{
    const PublishedFigures figures = publishedFigures(org, reports, wellbeing);
    if (!figures.mismatches.isEmpty()) {
        return Disclosure {QStringLiteral("the attacker's model is not what the code computes: ")
                           + figures.mismatches.join(QStringLiteral("; "))};
    }
    QList<Equation> means;
    for (const Equation& equation : figures.equations) {
        if (equation.family == Family::Values) {
            means << equation;
        }
    }
    if (auto found = attackEquations(means, k)) {
        return found;
    }
    return attackCounts(figures.equations, figures.truth, k);
}

/** `org` as C++ to paste into a test (the data of describe(), exactly). */
inline QString asCode(const OrgSpec& org)
{
    QStringList lines;
    lines << QStringLiteral("OrgSpec org;") << QStringLiteral("org.seed = %1;").arg(org.seed);
    for (const QString& team : org.teams) {
        lines << QStringLiteral("org.teams << QStringLiteral(\"%1\");").arg(team);
    }
    for (const PersonSpec& person : org.people) {
        QStringList answers;
        for (const auto& [when, score] : person.answers) {
            answers << QStringLiteral("{QDateTime(QDate(%1, %2, %3), QTime(%4, %5), Qt::UTC), %6}")
                           .arg(when.date().year())
                           .arg(when.date().month())
                           .arg(when.date().day())
                           .arg(when.time().hour())
                           .arg(when.time().minute())
                           .arg(score);
        }
        lines << QStringLiteral("org.people.append(PersonSpec {%1, {%2}, %3});")
                     .arg(person.team)
                     .arg(answers.join(QStringLiteral(", ")))
                     .arg(person.erased ? QStringLiteral("true") : QStringLiteral("false"));
    }
    return lines.join(QLatin1Char('\n'));
}

/**
 * The smallest organisation found from `org` that still discloses (attackOf returns a disclosure): drops people
 * (halves first, then one by one), teams (their people keep no team), whole months and single submissions while
 * the rest still discloses. Returns it with its disclosure.
 */
template <typename AttackOf>
std::pair<OrgSpec, Disclosure> shrink(OrgSpec org, Disclosure disclosure, AttackOf attackOf)
{
    const auto accept = [&](OrgSpec candidate) {
        if (auto found = attackOf(candidate)) {
            org = std::move(candidate);
            disclosure = *found;
            return true;
        }
        return false;
    };
    for (bool shrunk = true; shrunk;) {
        shrunk = false;
        for (qsizetype chunk = std::max<qsizetype>(1, org.people.size() / 2); chunk >= 1 && !shrunk; chunk /= 2) {
            for (qsizetype from = 0; from < org.people.size() && !shrunk; from += chunk) {
                OrgSpec candidate = org;
                candidate.people.remove(from, std::min(chunk, candidate.people.size() - from));
                shrunk = accept(std::move(candidate));
            }
        }
        for (qsizetype t = 0; t < org.teams.size() && !shrunk; ++t) {
            OrgSpec candidate = org;
            candidate.teams.removeAt(t);
            for (PersonSpec& person : candidate.people) {
                person.team = person.team == t ? -1 : person.team > t ? person.team - 1 : person.team;
            }
            shrunk = accept(std::move(candidate));
        }
        std::set<int> months;
        for (const PersonSpec& person : org.people) {
            for (const auto& [when, score] : person.answers) {
                months.insert(monthKey(when.date()));
            }
        }
        for (auto month = months.cbegin(); month != months.cend() && !shrunk; ++month) {
            OrgSpec candidate = org;
            for (PersonSpec& person : candidate.people) {
                person.answers.removeIf([&](const auto& answer) { return monthKey(answer.first.date()) == *month; });
            }
            shrunk = accept(std::move(candidate));
        }
        for (qsizetype p = 0; p < org.people.size() && !shrunk; ++p) {
            for (qsizetype a = 0; a < org.people.at(p).answers.size() && !shrunk; ++a) {
                OrgSpec candidate = org;
                candidate.people[p].answers.removeAt(a);
                shrunk = accept(std::move(candidate));
            }
        }
    }
    return {org, disclosure};
}

/** The failure message of a disclosure: what it is, and the shrunk organisation as data and as code. */
inline QString failureReport(const std::pair<OrgSpec, Disclosure>& smallest)
{
    return QStringLiteral("%1\nThe smallest organisation found that discloses it:\n%2\nAs a test case:\n%3")
        .arg(smallest.second.what, describe(smallest.first), asCode(smallest.first));
}

/** `org` with every answer `months` calendar months later (to put its data before another "now"). */
inline OrgSpec shiftedBy(OrgSpec org, int months)
{
    for (PersonSpec& person : org.people) {
        for (auto& [when, score] : person.answers) {
            when = QDateTime(when.date().addMonths(months), when.time(), Qt::UTC);
        }
    }
    return org;
}

/** A new store at `path` filled with `org`: its people, their answers, and the erasures; its clock stands at `now`. */
inline Result<std::unique_ptr<Store>>
storeOf(const OrgSpec& org, const QString& path, const InstrumentRegistry& registry, const QDateTime& now = Now)
{
    QFile::remove(path);
    QFile::remove(path + QStringLiteral(".key.json"));
    StoreOptions options;
    options.kdf = KdfParameters::minimal();
    options.clock = Clock([now] { return now; });
    auto created = Store::create(path, SecureBytes::fromUtf8(QStringLiteral("attacker")), options);
    if (!created) {
        return tl::unexpected(created.error());
    }
    Store& store = **created;
    const InstrumentDefinition* wellbeing = registry.find(InstrumentIds::Wellbeing);
    QList<QUuid> erase;
    // One bulk load for the whole organisation, with the summaries' triggers still running for every row (they are
    // what is tested), so a run of thousands of organisations is not a run of fsyncs.
    const auto fill = [&]() -> Result<void> {
        for (qsizetype i = 0; i < org.people.size(); ++i) {
            const PersonSpec& spec = org.people.at(i);
            auto person = store.people().add(
                QStringLiteral("Person %1").arg(i), Role::Client, spec.team >= 0 ? org.teams.at(spec.team) : QString());
            if (!person) {
                return tl::unexpected(person.error());
            }
            for (const auto& [when, score] : spec.answers) {
                Submission submission;
                submission.personId = person->id;
                submission.instrumentId = wellbeing->id;
                int remaining = score / 4;
                for (int item = 0; item < 5; ++item) {
                    submission.answers.append(std::min(5, remaining));
                    remaining -= std::min(5, remaining);
                }
                submission.score = score;
                submission.submittedAt = when;
                auto added = store.submissions().add(submission);
                if (!added) {
                    return tl::unexpected(added.error());
                }
            }
            if (spec.erased) {
                erase << person->id;
            }
        }
        return {};
    };
    if (auto loaded = store.bulkLoad(fill, Store::HrSummaries::KeepLive); !loaded) {
        return tl::unexpected(loaded.error());
    }
    for (const QUuid& id : std::as_const(erase)) {
        auto erased = store.people().erase(id);
        if (!erased) {
            return tl::unexpected(erased.error());
        }
    }
    return std::move(*created);
}

/**
 * Fills a new store at `path` with `org` and returns the rules' report over all of it at Now (HrAnalytics::loadLive):
 * the rules engine every published month goes through (rules 1–9), attacked here on the richest figures it makes.
 */
inline Result<HrReport> reportOf(const OrgSpec& org, const QString& path, const InstrumentRegistry& registry)
{
    auto store = storeOf(org, path, registry);
    if (!store) {
        return tl::unexpected(store.error());
    }
    return HrAnalytics::loadLive(**store, registry);
}

} // namespace rapport::test::attacker
