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

/** One published mean as an equation: which people's values it adds up (and of which month, −1 for the latest). */
struct Equation
{
    QString figure;
    std::map<std::pair<int, int>, qint64> terms; ///< (person, month key or −1 for the latest score) → coefficient
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

/**
 * Published snapshots as the attacker reads them (rule 10): every month's figures stand on that month's answers, so
 * the unknowns are each participant's mean in each month; the organisation, team and month means of every snapshot
 * HR could have seen (`reports`, one per published month, each as it was when it was the latest) become equations.
 */
inline QList<Equation> publishedEquations(const OrgSpec& org, const QList<HrReport>& reports)
{
    // Who answered in which month, and their team.
    std::map<int, std::set<int>> answeredIn; // month key → people
    for (qsizetype i = 0; i < org.people.size(); ++i) {
        const PersonSpec& person = org.people.at(i);
        if (person.erased) {
            continue;
        }
        for (const auto& [when, score] : person.answers) {
            answeredIn[monthKey(when.date())].insert(static_cast<int>(i));
        }
    }
    QList<Equation> equations;
    for (const HrReport& report : reports) {
        if (report.suppressed || !report.period.isValid()) {
            continue;
        }
        const int key = monthKey(report.period);
        const std::set<int>& people = answeredIn[key];
        const QString month = report.period.toString(QStringLiteral("yyyy-MM"));
        if (report.wellbeingMean) {
            Equation organisation {QStringLiteral("%1 organisation mean").arg(month), {}};
            for (const int id : people) {
                organisation.terms[{id, key}] = 1;
            }
            equations << organisation;
        }
        for (const HrTeam& team : report.teams) {
            if (!team.mean) {
                continue;
            }
            const int index = static_cast<int>(org.teams.indexOf(team.name));
            Equation row {QStringLiteral("%1 team %2").arg(month, team.name), {}};
            for (const int id : people) {
                if (org.people.at(id).team == index) {
                    row.terms[{id, key}] = 1;
                }
            }
            equations << row;
        }
        for (const HrMonth& entry : report.monthly) {
            if (!entry.mean) {
                continue;
            }
            const int entryKey = monthKey(entry.month);
            Equation row {QStringLiteral("%1 series %2").arg(month, entry.month.toString(QStringLiteral("yyyy-MM"))),
                          {}};
            for (const int id : answeredIn[entryKey]) {
                row.terms[{id, entryKey}] = 1;
            }
            equations << row;
        }
    }
    return equations;
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
