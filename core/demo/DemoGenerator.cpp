#include "DemoGenerator.h"

#include "DemoAlliancePlan.h"
#include "DemoAnswers.h"
#include "DemoNameMaker.h"
#include "DemoNames.h"
#include "DemoPeriod.h"
#include "DemoRandom.h"
#include "DemoSubmissionBatch.h"
#include "DemoWellbeingPlan.h"
#include "common/CoreTr.h"
#include "instruments/InstrumentIds.h"
#include "instruments/InstrumentRegistry.h"
#include "store/ConnectionRepository.h"
#include "store/PersonRepository.h"
#include "store/ShareRequestRepository.h"
#include "store/SharingRepository.h"
#include "store/Store.h"

#include <QLocale>

#include <algorithm>
#include <array>
#include <optional>
#include <utility>

namespace rapport {
namespace {

using Course = DemoWellbeingPlan::Course;
using Fit = DemoAlliancePlan::Fit;

QList<double> cumulative(const QList<double>& weights)
{
    QList<double> sums;
    sums.reserve(weights.size());
    double total = 0;
    for (const double weight : weights) {
        total += weight;
        sums.append(total);
    }
    return sums;
}

// ---------------------------------------------------------------------------------------------------------------
// Sharing

/** Turns sharing of `metric` to `on`; counts the audit entry when one was written. */
Result<void> setSharing(Store& store, const QUuid& clientId, Metric metric, bool on, int& changes)
{
    auto change = store.sharing().set(clientId, metric, on, clientId);
    if (!change) {
        return tl::unexpected(change.error());
    }
    if (change->has_value()) {
        ++changes;
    }
    return {};
}

/** A client's sharing history ending in `finalState`: most simply turn things on, a few change their mind. */
Result<void>
addSharingHistory(Store& store, const QUuid& clientId, SharingState finalState, DemoRandom& random, int& changes)
{
    for (const Metric metric : {Metric::Alliance, Metric::Wellbeing}) {
        if (finalState.isOn(metric)) {
            RAPPORT_TRY(setSharing(store, clientId, metric, true, changes));
            if (random.chance(0.05)) { // turned it off for a while, then on again
                RAPPORT_TRY(setSharing(store, clientId, metric, false, changes));
                RAPPORT_TRY(setSharing(store, clientId, metric, true, changes));
            }
        } else if (random.chance(0.08)) { // tried sharing, then stopped
            RAPPORT_TRY(setSharing(store, clientId, metric, true, changes));
            RAPPORT_TRY(setSharing(store, clientId, metric, false, changes));
        }
    }
    return {};
}

SharingState randomSharing(bool connected, DemoRandom& random)
{
    const double r = random.uniform();
    if (connected) {
        if (r < 0.45) {
            return {};
        }
        if (r < 0.75) {
            return {true, false};
        }
        return r < 0.93 ? SharingState {true, true} : SharingState {false, true};
    }
    if (r < 0.88) {
        return {};
    }
    return r < 0.95 ? SharingState {false, true} : SharingState {true, true};
}

/** A share request that could still be sent: the client does not share the metric and nothing is pending. */
struct RequestCandidate
{
    QUuid professionalId;
    QUuid clientId;
    Metric metric = Metric::Alliance;
};

/**
 * Professionals ask a client who does not share a metric to share it: some requests are waiting, some were accepted
 * (turning sharing on, with its audit entry), some declined. Returns a request that could still be sent, if any.
 */
Result<std::optional<RequestCandidate>> addShareRequests(Store& store,
                                                         const QUuid& clientId,
                                                         const QList<QUuid>& professionals,
                                                         SharingState sharing,
                                                         DemoRandom& random,
                                                         DemoSummary& summary)
{
    ShareRequestRepository requests = store.shareRequests();
    std::optional<RequestCandidate> spare;
    for (const Metric metric : {Metric::Alliance, Metric::Wellbeing}) {
        std::optional<QUuid> notAsked;
        bool pending = false;
        for (const QUuid& professionalId : professionals) {
            if (sharing.isOn(metric)) {
                break;
            }
            const double r = random.uniform();
            if (r >= 0.21) {
                notAsked = notAsked.value_or(professionalId);
                continue;
            }
            auto request = requests.add(professionalId, clientId, metric);
            if (!request) {
                return tl::unexpected(request.error());
            }
            if (r < 0.10) { // the client has not answered yet, and the others wait to hear
                ++summary.pendingRequests;
                pending = true;
                break;
            }
            const bool accept = r < 0.15;
            auto answered = requests.answer(request->id, accept, clientId);
            if (!answered) {
                return tl::unexpected(answered.error());
            }
            if (accept) {
                ++summary.sharingChanges;
                (metric == Metric::Alliance ? sharing.alliance : sharing.wellbeing) = true;
            }
        }
        if (notAsked && !sharing.isOn(metric) && !pending) {
            spare = RequestCandidate {*notAsked, clientId, metric};
        }
    }
    return spare;
}

// ---------------------------------------------------------------------------------------------------------------
// The organisation

/** What is decided about each employee before anything is written. */
struct ClientPlan
{
    bool participates = false;
    quint8 connections = 0;
    Course course = Course::Stable;
};

/** Courses for `participants` people in fixed proportions (at least one improving and one declining when there are
 * four or more), in random order. */
QList<Course> courseQuota(int participants, DemoRandom& random)
{
    const auto share = [participants](double fraction, int minimum) {
        const int count = static_cast<int>(participants * fraction + 0.5);
        return participants >= 4 ? std::max(count, minimum) : count;
    };
    QList<Course> courses;
    courses.reserve(participants);
    const std::array<std::pair<Course, int>, 3> quotas {{
        {Course::Improving, share(0.17, 1)},
        {Course::Declining, share(0.13, 1)},
        {Course::DipAndRecovery, share(0.10, 0)},
    }};
    for (const auto& [course, count] : quotas) {
        for (int i = 0; i < count && courses.size() < participants; ++i) {
            courses.append(course);
        }
    }
    while (courses.size() < participants) {
        courses.append(Course::Stable);
    }
    random.shuffle(courses);
    return courses;
}

/** The organisation's people, as far as the later steps need them. */
struct People
{
    QList<QUuid> clients;
    QList<QUuid> professionals;
    QList<double> professionalWeights; ///< cumulative caseload weights
    QList<double> professionalEffect; ///< how much better or worse than average their alliances tend to be
};

Result<People> addPeople(Store& store, const DemoOptions& options, DemoRandom& random)
{
    DemoNameMaker names;
    PersonRepository repository = store.people();

    // The core departments and a few others, 6–10 teams in all.
    QList<DemoTeam> teams;
    QList<DemoTeam> others;
    for (const DemoTeam& team : DemoNames::teams()) {
        (team.core ? teams : others).append(team);
    }
    random.shuffle(others);
    teams += others.first(std::clamp<qsizetype>(random.between(6, 10) - teams.size(), 0, others.size()));
    QList<double> teamWeights;
    for (const DemoTeam& team : teams) {
        teamWeights.append(team.relativeSize * random.uniform(0.6, 1.4));
    }
    const QList<double> teamSums = cumulative(teamWeights);

    People people;
    people.clients.reserve(options.employees);
    for (int i = 0; i < options.employees; ++i) {
        const QString name = names.next(random);
        const QString& team = teams.at(random.weighted(teamSums)).name;
        auto person = repository.add(name, Role::Client, team);
        if (!person) {
            return tl::unexpected(person.error());
        }
        people.clients.append(person->id);
    }

    QList<double> caseloads;
    for (int i = 0; i < options.professionals; ++i) {
        auto person = repository.add(names.nextProfessional(random), Role::Professional);
        if (!person) {
            return tl::unexpected(person.error());
        }
        people.professionals.append(person->id);
        caseloads.append(random.uniform(0.5, 1.5));
        people.professionalEffect.append(random.normal(0, 0.2));
    }
    people.professionalWeights = cumulative(caseloads);

    for (const auto& [role, count] :
         {std::pair {Role::Hr, options.hrPeople}, std::pair {Role::Admin, options.admins}}) {
        for (int i = 0; i < count; ++i) {
            auto person = repository.add(names.next(random), role);
            if (!person) {
                return tl::unexpected(person.error());
            }
        }
    }
    return people;
}

/** `count` different professionals, busier ones more often. */
QList<int> chooseProfessionals(const People& people, int count, DemoRandom& random)
{
    const auto available = static_cast<int>(people.professionals.size());
    count = std::min(count, available);
    QList<int> chosen;
    for (int attempt = 0; chosen.size() < count && attempt < 20; ++attempt) {
        const int index = random.weighted(people.professionalWeights);
        if (!chosen.contains(index)) {
            chosen.append(index);
        }
    }
    for (int index = 0; chosen.size() < count; ++index) {
        if (!chosen.contains(index)) {
            chosen.append(index);
        }
    }
    return chosen;
}

QString outOfRange(const QString& what, qint64 value, qint64 low, qint64 high)
{
    return CoreTr::tr("%1 must be between %2 and %3 (it is %4).")
        .arg(what, QLocale::c().toString(low), QLocale::c().toString(high), QLocale::c().toString(value));
}

/** Answer makers for the two instruments a demo uses. */
struct Instruments
{
    DemoAnswers wellbeing;
    DemoAnswers alliance;
};

Result<Instruments> instrumentsFrom(const InstrumentRegistry& registry)
{
    auto wellbeingDefinition = registry.get(InstrumentIds::Wellbeing);
    if (!wellbeingDefinition) {
        return tl::unexpected(wellbeingDefinition.error());
    }
    auto allianceDefinition = registry.get(InstrumentIds::Alliance);
    if (!allianceDefinition) {
        return tl::unexpected(allianceDefinition.error());
    }
    auto wellbeing = DemoAnswers::create(*wellbeingDefinition);
    if (!wellbeing) {
        return tl::unexpected(wellbeing.error());
    }
    auto alliance = DemoAnswers::create(*allianceDefinition);
    if (!alliance) {
        return tl::unexpected(alliance.error());
    }
    return Instruments {std::move(*wellbeing), std::move(*alliance)};
}

/** What the steps of one DemoGenerator::fill() share. */
struct Generation
{
    Store& store;
    const DemoPeriod& period;
    DemoRandom& random;
    Instruments& instruments;
    DemoSubmissionBatch& batch;
    DemoSummary& summary;
};

/** A client's wellbeing series: most start within three weeks, some join later, a few stop. */
Result<void> addWellbeing(Generation& generation, const QUuid& clientId, Course course, bool showcase)
{
    DemoRandom& random = generation.random;
    const int days = generation.period.days;
    DemoWellbeingPlan plan
        = DemoWellbeingPlan::make(course, generation.instruments.wellbeing.definition().items.size(), random);
    if (showcase || random.chance(0.85)) {
        plan.firstDay = random.between(0, 20);
    } else { // joined the programme later
        plan.firstDay = static_cast<int>(days * random.uniform(0.1, 0.7));
    }
    plan.lastDay = days;
    if (!showcase && random.chance(0.06)) { // left the company or stopped answering
        plan.lastDay = static_cast<int>(days * random.uniform(0.5, 0.9));
    }
    auto added
        = plan.addSeries(generation.period, clientId, generation.instruments.wellbeing, random, generation.batch);
    if (!added) {
        return tl::unexpected(added.error());
    }
    generation.summary.wellbeingSubmissions += *added;
    return {};
}

/** Connects a client with `count` professionals and adds the alliance surveys of their sessions. */
Result<QList<QUuid>>
addConnections(Generation& generation, const People& people, const QUuid& clientId, int count, bool showcase)
{
    DemoRandom& random = generation.random;
    ConnectionRepository connections = generation.store.connections();
    QList<QUuid> professionals;
    const QList<int> chosen = chooseProfessionals(people, count, random);
    for (qsizetype c = 0; c < chosen.size(); ++c) {
        const int professional = chosen.at(c);
        const QUuid& professionalId = people.professionals.at(professional);
        auto connection = connections.connect(clientId, professionalId, Connection::State::Accepted);
        if (!connection) {
            return tl::unexpected(connection.error());
        }
        ++generation.summary.connections;
        professionals.append(professionalId);

        const Fit fit = showcase ? (c == 0 ? Fit::Good : Fit::Fair) : DemoAlliancePlan::randomFit(random);
        DemoAlliancePlan plan = DemoAlliancePlan::make(fit,
                                                       generation.period,
                                                       people.professionalEffect.at(professional),
                                                       generation.instruments.alliance.definition(),
                                                       random);
        if (showcase) { // weekly from the start, and a second professional from about the middle
            plan.firstDay = c == 0 ? random.between(0, 14) : generation.period.days * 2 / 5;
            plan.cadence = c == 0 ? 7 : 14;
            plan.maxSessions = 0;
        }
        auto added = plan.addSeries(
            generation.period, clientId, professionalId, generation.instruments.alliance, random, generation.batch);
        if (!added) {
            return tl::unexpected(added.error());
        }
        generation.summary.allianceSubmissions += *added;
    }
    return professionals;
}

/** Everything fill() writes, inside its bulk load. */
Result<void> writeOrganisation(Store& store,
                               const DemoOptions& options,
                               Instruments& instruments,
                               const DemoPeriod& period,
                               DemoRandom& random,
                               DemoSummary& summary)
{
    const int employees = options.employees;
    auto people = addPeople(store, options, random);
    if (!people) {
        return tl::unexpected(people.error());
    }

    // Decide who takes part before writing anything, so that the courses can be dealt out in fixed proportions.
    // The showcase client works with two professionals (when there are two), answers throughout and improves.
    const int showcase = random.between(0, employees - 1);
    QList<ClientPlan> plans(employees);
    int participants = 0;
    for (int i = 0; i < employees; ++i) {
        ClientPlan& plan = plans[i];
        const bool connected = i == showcase || random.chance(0.70);
        if (connected) {
            const double r = random.uniform();
            plan.connections = i == showcase ? 2 : r < 0.65 ? 1 : r < 0.90 ? 2 : 3;
        }
        plan.participates = i == showcase || random.chance(connected ? 0.88 : 0.62);
        participants += plan.participates && i != showcase ? 1 : 0;
    }
    const QList<Course> courses = courseQuota(participants, random);
    for (int i = 0, next = 0; i < employees; ++i) {
        if (i == showcase) {
            plans[i].course = Course::Improving; // getting better while working with professionals
        } else if (plans.at(i).participates) {
            plans[i].course = courses.at(next++);
        }
    }

    summary.employees = employees;
    summary.professionals = options.professionals;
    summary.showcaseClient = people->clients.at(showcase);
    DemoSubmissionBatch batch(store);
    Generation generation {store, period, random, instruments, batch, summary};
    std::optional<RequestCandidate> spareRequest;

    for (int i = 0; i < employees; ++i) {
        const ClientPlan& plan = plans.at(i);
        const QUuid& clientId = people->clients.at(i);
        const bool isShowcase = i == showcase;
        if (plan.participates) {
            RAPPORT_TRY(addWellbeing(generation, clientId, plan.course, isShowcase));
        }
        auto professionals = addConnections(generation, *people, clientId, plan.connections, isShowcase);
        if (!professionals) {
            return tl::unexpected(professionals.error());
        }
        const SharingState sharing
            = isShowcase ? SharingState {true, true} : randomSharing(!professionals->isEmpty(), random);
        RAPPORT_TRY(addSharingHistory(store, clientId, sharing, random, summary.sharingChanges));
        auto spare = addShareRequests(store, clientId, *professionals, sharing, random, summary);
        if (!spare) {
            return tl::unexpected(spare.error());
        }
        if (*spare) {
            spareRequest = *spare;
        }
    }

    // However the dice fell, leave at least one request waiting, so the demo shows how clients answer them.
    if (summary.pendingRequests == 0 && spareRequest) {
        auto request
            = store.shareRequests().add(spareRequest->professionalId, spareRequest->clientId, spareRequest->metric);
        if (!request) {
            return tl::unexpected(request.error());
        }
        ++summary.pendingRequests;
    }

    RAPPORT_TRY(batch.flush());
    return {};
}

} // namespace

DemoGenerator::DemoGenerator(DemoOptions options)
    : m_options(std::move(options))
{
}

Result<void> DemoGenerator::validate(const DemoOptions& options)
{
    if (options.employees < 1 || options.employees > 1'000'000) {
        return fail(ErrorCode::OutOfRange,
                    outOfRange(CoreTr::tr("The number of employees"), options.employees, 1, 1'000'000));
    }
    if (options.professionals < 1 || options.professionals > 10'000) {
        return fail(ErrorCode::OutOfRange,
                    outOfRange(CoreTr::tr("The number of professionals"), options.professionals, 1, 10'000));
    }
    if (options.professionals > options.employees) {
        return fail(ErrorCode::OutOfRange,
                    CoreTr::tr("There cannot be more professionals (%1) than employees (%2).")
                        .arg(options.professionals)
                        .arg(options.employees));
    }
    if (options.months < 1 || options.months > 120) {
        return fail(ErrorCode::OutOfRange, outOfRange(CoreTr::tr("The number of months"), options.months, 1, 120));
    }
    if (options.hrPeople < 0 || options.hrPeople > 1000) {
        return fail(ErrorCode::OutOfRange,
                    outOfRange(CoreTr::tr("The number of HR people"), options.hrPeople, 0, 1000));
    }
    if (options.admins < 0 || options.admins > 1000) {
        return fail(ErrorCode::OutOfRange,
                    outOfRange(CoreTr::tr("The number of administrators"), options.admins, 0, 1000));
    }
    return {};
}

Result<DemoSummary> DemoGenerator::fill(Store& store, const InstrumentRegistry& registry) const
{
    RAPPORT_TRY(validate(m_options));
    auto instruments = instrumentsFrom(registry);
    if (!instruments) {
        return tl::unexpected(instruments.error());
    }
    const DemoPeriod period
        = DemoPeriod::ending(m_options.until.isValid() ? m_options.until : store.clock().now(), m_options.months);
    DemoRandom random(m_options.seed);

    // One bulk load for everything: the repositories' own transactions join it (no savepoint each, a larger page
    // cache, the HR summaries rebuilt once at the end instead of by a trigger on each of ~50 inserts per employee),
    // so the whole organisation is written with a single commit (and appears all at once, or not at all).
    DemoSummary summary;
    RAPPORT_TRY(store.bulkLoad(
        [&]() -> Result<void> { return writeOrganisation(store, m_options, *instruments, period, random, summary); }));
    return summary;
}

Result<QUuid> addLongHistoryClient(Store& store,
                                   const InstrumentRegistry& registry,
                                   int years,
                                   int professionalCount,
                                   quint32 seed,
                                   const QDateTime& until)
{
    if (years < 1 || years > 50) {
        return fail(ErrorCode::OutOfRange, outOfRange(CoreTr::tr("The number of years"), years, 1, 50));
    }
    if (professionalCount < 1 || professionalCount > 100) {
        return fail(ErrorCode::OutOfRange,
                    outOfRange(CoreTr::tr("The number of professionals"), professionalCount, 1, 100));
    }
    auto instruments = instrumentsFrom(registry);
    if (!instruments) {
        return tl::unexpected(instruments.error());
    }
    const DemoPeriod period = DemoPeriod::ending(until.isValid() ? until : store.clock().now(), years * 12);
    DemoRandom random(seed);

    QUuid clientId;
    const auto write = [&]() -> Result<void> {
        DemoNameMaker names;
        const QList<DemoTeam> teams = DemoNames::teams();
        const QString name = names.next(random);
        const QString& team = teams.at(random.between(0, static_cast<int>(teams.size()) - 1)).name;
        auto client = store.people().add(name, Role::Client, team);
        if (!client) {
            return tl::unexpected(client.error());
        }

        // Fortnightly wellbeing through a difficult stretch and back.
        DemoSubmissionBatch batch(store);
        DemoWellbeingPlan wellbeing
            = DemoWellbeingPlan::make(Course::DipAndRecovery, instruments->wellbeing.definition().items.size(), random);
        wellbeing.firstDay = random.between(0, 6);
        wellbeing.lastDay = period.days;
        wellbeing.fixedInterval = 14;
        RAPPORT_TRY(wellbeing.addSeries(period, client->id, instruments->wellbeing, random, batch));

        // A weekly session with each professional, on their own weekday, always followed by the survey.
        for (int p = 0; p < professionalCount; ++p) {
            auto professional = store.people().add(names.nextProfessional(random), Role::Professional);
            if (!professional) {
                return tl::unexpected(professional.error());
            }
            auto connection = store.connections().connect(client->id, professional->id, Connection::State::Accepted);
            if (!connection) {
                return tl::unexpected(connection.error());
            }
            const Fit fit = p == 0 || random.chance(0.8) ? Fit::Good : Fit::Fair;
            DemoAlliancePlan plan = DemoAlliancePlan::make(
                fit, period, random.normal(0, 0.2), instruments->alliance.definition(), random);
            plan.firstDay = random.between(0, 6);
            plan.weekday = p % 5 + 1;
            plan.cadence = 7;
            plan.maxSessions = 0;
            plan.surveyChance = 1.0;
            plan.regular = true;
            RAPPORT_TRY(plan.addSeries(period, client->id, professional->id, instruments->alliance, random, batch));
        }

        int changes = 0;
        RAPPORT_TRY(setSharing(store, client->id, Metric::Alliance, true, changes));
        RAPPORT_TRY(setSharing(store, client->id, Metric::Wellbeing, true, changes));
        RAPPORT_TRY(batch.flush());
        clientId = client->id;
        return {};
    };
    RAPPORT_TRY(store.transaction(write));
    return clientId;
}

} // namespace rapport
