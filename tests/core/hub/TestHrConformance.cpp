// One table of HR cases, three engines, identical figures (docs/hr-anonymity.md, "One source for the rules").
//
// Each row of conformance_data() is a small organisation and one closed month. Its published figures are computed
//   1. by the C++ rules alone: the raw figures worked out here in plain C++ from the rows themselves (computeTrend(),
//      InstrumentDefinition::bracketFor(), the latest survey per connection) and handed to HrAnalytics::report(),
//   2. by the local store: the rows written to an encrypted store, HrPublication::periodReport() (its grouped SQL,
//      bound with HrInstrumentParameters),
//   3. by the hub: the store copied into a throwaway PostgreSQL hub, rapport.hr_period_figures() (PL/pgSQL reading
//      rapport.hr_parameters),
// and the three JSON documents must be equal. Rows also state what the rules must have done (a figure shown, a group
// suppressed), so that a case cannot pass by suppressing everything. Some rows change the instruments' HR numbers
// (brackets, the trend threshold, how items make up the alliance dimensions): the local side gets the changed
// definition, the hub the parameters written from it, and the figures must still agree — a rule or an instrument
// changes in one place.

#include "PgTestCluster.h"
#include "ResultTesting.h"
#include "analytics/HrAnalytics.h"
#include "analytics/HrParameters.h"
#include "analytics/HrPublication.h"
#include "hub/HubBulkLoader.h"
#include "hub/HubConnection.h"
#include "hub/HubHrParameters.h"
#include "hub/HubMigrations.h"
#include "instruments/InstrumentIds.h"
#include "instruments/InstrumentRegistry.h"
#include "instruments/Scoring.h"
#include "instruments/Trend.h"
#include "store/ConnectionRepository.h"
#include "store/PersonRepository.h"
#include "store/Store.h"
#include "store/SubmissionRepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <functional>
#include <map>

using namespace rapport;
using namespace rapport::hub;

namespace {

/** The month every case publishes. */
const QDate Month(2026, 3, 1);

QDateTime dayOfMonth(int day, int hour = 12)
{
    // Day 1 is the month's first; 0 and below fall before it, past its length after it.
    return QDateTime(Month.addDays(day - 1), QTime(hour, 0), QTimeZone::utc());
}

struct CasePerson
{
    QString team;
    Role role = Role::Client;
};

struct CaseAnswer
{
    int person = 0; ///< index into the case's people
    int day = 1; ///< dayOfMonth()
    QList<int> answers; ///< five answers of the instrument
    int professional = -1; ///< for an alliance survey: index of the professional
    int hour = 12;
};

/** The HR numbers a case changes in the built-in instruments (scoring itself stays, so the hub accepts the rows). */
struct InstrumentChange
{
    QList<double> wellbeingBrackets; ///< new bracket minimums, lowest first (empty: unchanged)
    std::optional<double> meaningfulChange;
    QStringList allianceItemDimensions; ///< the dimension of each alliance item (empty: unchanged)
};

/** What the rules must have decided: the value at a path of the published JSON ("teams.1.mean"). */
struct Expectation
{
    QString path;
    QJsonValue value;
};

struct ConformanceCase
{
    int k = 5;
    QList<CasePerson> people;
    QList<CaseAnswer> wellbeing;
    QList<CaseAnswer> alliance;
    QList<std::pair<int, int>> connections; ///< (client, professional)
    InstrumentChange change;
    QList<Expectation> expected;
};

/** Answers of the Wellbeing Index (five items 0–5, score = sum × 4) giving `score` (a multiple of 4). */
QList<int> wellbeingAnswers(int score)
{
    QList<int> answers;
    int remaining = score / 4;
    for (int item = 0; item < 5; ++item) {
        answers.append(std::min(5, remaining));
        remaining -= std::min(5, remaining);
    }
    return answers;
}

QList<CasePerson> clients(int count, const QString& team = QString())
{
    return QList<CasePerson>(count, CasePerson {team, Role::Client});
}

/** `scores` answered by people first…first+n−1 on `day`. */
QList<CaseAnswer> answered(int first, const QList<int>& scores, int day)
{
    QList<CaseAnswer> answers;
    for (qsizetype i = 0; i < scores.size(); ++i) {
        answers.append(CaseAnswer {first + static_cast<int>(i), day, wellbeingAnswers(scores.at(i))});
    }
    return answers;
}

QJsonValue at(const QJsonValue& root, const QString& path)
{
    QJsonValue value = root;
    for (const QString& part : path.split(QLatin1Char('.'))) {
        bool isIndex = false;
        const int index = part.toInt(&isIndex);
        value = isIndex ? value.toArray().at(index) : value.toObject().value(part);
    }
    return value;
}

InstrumentDefinition changedWellbeing(InstrumentDefinition definition, const InstrumentChange& change)
{
    if (!change.wellbeingBrackets.isEmpty()) {
        QList<Bracket> brackets;
        for (qsizetype i = 0; i < change.wellbeingBrackets.size(); ++i) {
            Bracket bracket;
            bracket.id = QStringLiteral("band-%1").arg(i);
            bracket.min = change.wellbeingBrackets.at(i);
            bracket.max = i + 1 < change.wellbeingBrackets.size() ? change.wellbeingBrackets.at(i + 1) - 1
                                                                  : definition.scoreMax;
            brackets.append(bracket);
        }
        definition.brackets = brackets;
    }
    if (change.meaningfulChange) {
        definition.meaningfulChange = *change.meaningfulChange;
    }
    return definition;
}

InstrumentDefinition changedAlliance(InstrumentDefinition definition, const InstrumentChange& change)
{
    for (qsizetype i = 0; i < change.allianceItemDimensions.size() && i < definition.items.size(); ++i) {
        definition.items[i].dimension = change.allianceItemDimensions.at(i);
    }
    return definition;
}

} // namespace

Q_DECLARE_METATYPE(ConformanceCase)

class TestHrConformance : public QObject
{
    Q_OBJECT

private:
    test::PgTestCluster m_cluster;
    QString m_clusterUnavailable;
    QTemporaryDir m_dir;
    const QString m_owner = QStringLiteral("hub_owner");
    InstrumentRegistry m_registry;
    int m_databases = 0;

    /** 1. The C++ rules on raw figures worked out from the rows in plain C++. */
    QJsonObject
    byTheRules(const ConformanceCase& c, const InstrumentDefinition& wellbeing, const InstrumentDefinition& alliance)
    {
        const QDateTime from(Month, QTime(0, 0), QTimeZone::utc());
        const QDateTime to(Month.addMonths(1), QTime(0, 0), QTimeZone::utc());
        HrRawFigures raw;
        std::map<QString, qint64> employees;
        for (const CasePerson& person : c.people) {
            if (person.role == Role::Client) {
                ++employees[person.team];
            }
        }
        for (const auto& [team, count] : employees) {
            raw.employees.append(HrTeamHeadcount {team, count});
        }
        // Each client who answered in the month: their mean in it, its bracket, their trend up to the month's end.
        std::map<std::tuple<QString, int, int>, HrPersonGroup> groups;
        qint64 recent = 0;
        for (qsizetype person = 0; person < c.people.size(); ++person) {
            if (c.people.at(person).role != Role::Client) {
                continue;
            }
            QList<TrendPoint> history;
            double sum = 0;
            int inMonth = 0;
            bool inRecentWindow = false;
            for (const CaseAnswer& answer : c.wellbeing) {
                const QDateTime when = dayOfMonth(answer.day, answer.hour);
                if (answer.person != person || when >= to) {
                    continue;
                }
                const double score = scoreAnswers(wellbeing, answer.answers).value().value;
                history.append(TrendPoint {when, score});
                inRecentWindow = inRecentWindow || when >= to.addDays(-HrAnalytics::RecentDays);
                if (when >= from) {
                    sum += score;
                    ++inMonth;
                }
            }
            recent += inRecentWindow ? 1 : 0;
            if (inMonth == 0) {
                continue;
            }
            const double mean = sum / inMonth;
            int bracket = -1;
            for (qsizetype i = 0; i < wellbeing.brackets.size(); ++i) {
                if (mean >= wellbeing.brackets.at(i).min) {
                    bracket = static_cast<int>(i);
                }
            }
            const TrendDirection direction = computeTrend(history, wellbeing.meaningfulChange).direction;
            HrPersonGroup& group = groups[{c.people.at(person).team, bracket, static_cast<int>(direction)}];
            group.team = c.people.at(person).team;
            group.bracket = bracket;
            group.direction = direction;
            group.people += 1;
            group.latestSum += mean;
            group.recent += 1;
            group.lastMonth = Month;
        }
        HrMonthFigures month {Month, 0, 0.0};
        for (const auto& entry : groups) {
            raw.participants.append(entry.second);
            month.people += entry.second.people;
            month.sumOfPersonMeans += entry.second.latestSum;
        }
        if (month.people > 0) {
            raw.monthly.append(month);
        }
        raw.recentParticipants = recent;
        // The latest survey in the month of every connection (later hour wins; the cases have no ties).
        std::map<std::pair<int, int>, const CaseAnswer*> latest;
        for (const CaseAnswer& survey : c.alliance) {
            const QDateTime when = dayOfMonth(survey.day, survey.hour);
            if (when < from || when >= to || !c.connections.contains({survey.person, survey.professional})) {
                continue;
            }
            const CaseAnswer*& kept = latest[{survey.person, survey.professional}];
            if (kept == nullptr || dayOfMonth(kept->day, kept->hour) < when) {
                kept = &survey;
            }
        }
        QSet<int> surveyed;
        std::map<QString, qint64> patterns;
        for (const auto& entry : latest) {
            raw.alliance.connections += 1;
            raw.alliance.scoreSum += scoreAnswers(alliance, entry.second->answers).value().value;
            surveyed.insert(entry.first.first);
            patterns[answersToText(entry.second->answers)] += 1;
        }
        raw.alliance.clients = surveyed.size();
        for (const auto& [answers, connections] : patterns) {
            raw.alliance.patterns.append(HrAnswerPattern {answers, connections});
        }
        HrReport report = HrAnalytics(wellbeing, alliance, c.k).report(raw, to.addMSecs(-1));
        report.period = Month;
        report.asOf = to;
        return QJsonDocument::fromJson(HrPublication::periodToJson(report)).object();
    }

    /** Writes the case into a new store; the ids of its people in order. */
    std::unique_ptr<Store>
    storeOf(const ConformanceCase& c, const InstrumentDefinition& wellbeing, const InstrumentDefinition& alliance)
    {
        StoreOptions options;
        options.kdf = KdfParameters::minimal();
        auto store = Store::create(m_dir.filePath(QStringLiteral("case-%1.rapport").arg(++m_databases)),
                                   SecureBytes::fromUtf8(QStringLiteral("conformance")),
                                   options);
        if (!store) {
            qWarning("%s", qPrintable(store.error().message));
            return nullptr;
        }
        QList<QUuid> ids;
        for (qsizetype i = 0; i < c.people.size(); ++i) {
            auto person
                = (*store)->people().add(QStringLiteral("Person %1").arg(i), c.people.at(i).role, c.people.at(i).team);
            if (!person) {
                return nullptr;
            }
            ids.append(person->id);
        }
        for (const auto& [client, professional] : c.connections) {
            if (!(*store)->connections().connect(ids.at(client), ids.at(professional), Connection::State::Accepted)) {
                return nullptr;
            }
        }
        const auto write = [&](const CaseAnswer& answer, const InstrumentDefinition& definition) {
            Submission submission;
            submission.personId = ids.at(answer.person);
            submission.instrumentId = definition.id;
            submission.instrumentVersion = definition.version;
            submission.answers = answer.answers;
            submission.score = scoreAnswers(definition, answer.answers).value().value;
            if (answer.professional >= 0) {
                submission.professionalId = ids.at(answer.professional);
            }
            submission.submittedAt = dayOfMonth(answer.day, answer.hour);
            return (*store)->submissions().add(submission).has_value();
        };
        for (const CaseAnswer& answer : c.wellbeing) {
            if (!write(answer, wellbeing)) {
                return nullptr;
            }
        }
        for (const CaseAnswer& survey : c.alliance) {
            if (!write(survey, alliance)) {
                return nullptr;
            }
        }
        return std::move(*store);
    }

    /** 2. The local store's SQL and the rules. */
    static QJsonObject byTheStore(Store& store,
                                  const ConformanceCase& c,
                                  const InstrumentDefinition& wellbeing,
                                  const InstrumentDefinition& alliance)
    {
        auto period = HrPublication::periodReport(store, wellbeing, alliance, c.k, Month);
        if (!period) {
            qWarning("%s", qPrintable(period.error().message));
            return {};
        }
        return QJsonDocument::fromJson(HrPublication::periodToJson(*period)).object();
    }

    /** 3. The hub's PL/pgSQL, with parameters written from the same definitions. */
    QJsonObject byTheHub(Store& store,
                         const ConformanceCase& c,
                         const InstrumentDefinition& wellbeing,
                         const InstrumentDefinition& alliance)
    {
        const QString database = QStringLiteral("conformance_%1").arg(m_databases);
        if (!m_cluster.createDatabase(database, m_owner)) {
            return {};
        }
        auto owner = HubConnection::openFromEnvironment(m_cluster.environmentFor(m_owner, database));
        if (!owner || !HubMigrations::apply(**owner)
            || !HubHrParameters::write(
                **owner, HrInstrumentParameters::of(wellbeing), HrInstrumentParameters::of(alliance))) {
            qWarning("the hub could not be set up");
            return {};
        }
        auto loaded = HubBulkLoader(**owner).load(store, QStringLiteral("c%1-").arg(m_databases));
        if (!loaded) {
            qWarning("%s", qPrintable(loaded.error().message));
            return {};
        }
        const qint64 from = QDateTime(Month, QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch();
        const qint64 to = QDateTime(Month.addMonths(1), QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch();
        auto figures
            = (*owner)->exec(QStringLiteral("SELECT rapport.hr_period_figures(?, ?, ?)::text"), {from, to, c.k});
        if (!figures || !figures->next()) {
            qWarning("%s", figures ? "no row" : qPrintable(figures.error().message));
            return {};
        }
        return QJsonDocument::fromJson(figures->value(0).toString().toUtf8()).object();
    }

    static QByteArray compact(const QJsonObject& object)
    {
        return QJsonDocument(object).toJson(QJsonDocument::Compact);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        auto registry = InstrumentRegistry::builtIn();
        QVERIFY_RESULT(registry);
        m_registry = *registry;
        m_clusterUnavailable = test::PgTestCluster::unavailableReason();
        if (m_clusterUnavailable.isEmpty()) {
            QVERIFY_RESULT(m_cluster.start());
            QVERIFY_RESULT(m_cluster.createLogin(m_owner, QStringLiteral("CREATEROLE")));
        }
    }

    void cleanupTestCase() { m_cluster.stop(); }

    void conformance_data()
    {
        QTest::addColumn<ConformanceCase>("c");
        const auto row = [](const char* name, const ConformanceCase& c) { QTest::newRow(name) << c; };

        // The organisation gate: four people answered, nothing about the organisation is published.
        row("below the gate",
            {5,
             clients(6),
             answered(0, {40, 52, 60, 72}, 4),
             {},
             {},
             {},
             {{QStringLiteral("suppressed"), true}, {QStringLiteral("participants"), QJsonValue()}}});

        // Exactly k: the organisation's mean and participation are shown, the small brackets are not.
        row("exactly k",
            {5,
             clients(8),
             answered(0, {40, 44, 48, 56, 60}, 9),
             {},
             {},
             {},
             {{QStringLiteral("suppressed"), false},
              {QStringLiteral("participants"), 5},
              {QStringLiteral("employees"), 8},
              {QStringLiteral("wellbeingMean"), 49.6},
              {QStringLiteral("distribution.1"), QJsonValue()}}});

        // Only answers inside the month count; those before it shape the trend, those after it nothing.
        ConformanceCase window {5, clients(7), answered(0, {60, 64, 68, 72, 76, 80}, 10), {}, {}, {}, {}};
        window.wellbeing += answered(0, {20, 24, 28, 32, 36, 40}, -20); // February: rising trends
        window.wellbeing += answered(6, {100}, 33); // April: not in March at all
        window.expected = {{QStringLiteral("participants"), 6},
                           {QStringLiteral("employees"), 7},
                           {QStringLiteral("wellbeingMean"), 70.0},
                           {QStringLiteral("trends.n"), 6}};
        row("month window and trends", window);

        // A person's several answers in the month count once, with their mean.
        ConformanceCase twice {5, clients(5), answered(0, {40, 44, 48, 52, 56}, 3), {}, {}, {}, {}};
        twice.wellbeing += answered(0, {80}, 20);
        twice.expected = {{QStringLiteral("participants"), 5}, {QStringLiteral("wellbeingMean"), 52.0}};
        row("several answers in the month", twice);

        // Teams: A shown, B (3 people) suppressed, and the next smallest shown team with it, because the untagged
        // rest and B together would still be fewer than k.
        ConformanceCase teams;
        teams.people = clients(6, QStringLiteral("Alpha")) + clients(7, QStringLiteral("Beta"))
            + clients(3, QStringLiteral("Gamma")) + clients(1);
        teams.wellbeing = answered(0, {40, 44, 48, 52, 56, 60}, 5) + answered(6, {60, 64, 68, 72, 76, 80, 84}, 6)
            + answered(13, {20, 24, 28}, 7) + answered(16, {50}, 8);
        teams.expected = {{QStringLiteral("teams.0.team"), QStringLiteral("Alpha")},
                          {QStringLiteral("teams.0.mean"), QJsonValue()},
                          {QStringLiteral("teams.1.mean"), 72.0},
                          {QStringLiteral("teams.2.mean"), QJsonValue()},
                          {QStringLiteral("participants"), 17}};
        row("teams with complementary suppression", teams);

        // Brackets: 2 people in Poor — suppressed, and Moderate with them so Poor cannot be worked out.
        ConformanceCase brackets {
            5, clients(12), answered(0, {12, 20, 32, 36, 40, 44, 56, 60, 64, 68, 72, 76}, 12), {}, {}, {}, {}};
        brackets.expected = {{QStringLiteral("distribution.0"), QJsonValue()},
                             {QStringLiteral("distribution.1"), QJsonValue()},
                             {QStringLiteral("distribution.2"), 6}};
        row("bracket counts with cover", brackets);

        // Everyone at the top of the scale: the mean would tell each score, so it is withheld.
        row("revealing mean",
            {5,
             clients(6),
             answered(0, {100, 100, 100, 100, 100, 100}, 2),
             {},
             {},
             {},
             {{QStringLiteral("participants"), 6}, {QStringLiteral("wellbeingMean"), QJsonValue()}}});

        // A larger k from the organisation's setting.
        row("k of seven",
            {7,
             clients(9),
             answered(0, {40, 44, 48, 52, 56, 60}, 14),
             {},
             {},
             {},
             {{QStringLiteral("k"), 7}, {QStringLiteral("suppressed"), true}}});

        // Trend directions: 5 improving, 5 stable, 3 declining; the declining are withheld, and the improving (the
        // smallest shown, first in display order) with them.
        ConformanceCase directions;
        directions.people = clients(13);
        directions.wellbeing = answered(0, {20, 20, 20, 20, 20}, -30) + answered(0, {60, 60, 60, 60, 60}, 4)
            + answered(5, {60, 60, 60, 60, 60}, -30) + answered(5, {60, 60, 60, 60, 64}, 4)
            + answered(10, {80, 80, 80}, -30) + answered(10, {40, 40, 40}, 4);
        directions.expected = {{QStringLiteral("trends.n"), 13},
                               {QStringLiteral("trends.improving"), QJsonValue()},
                               {QStringLiteral("trends.declining"), QJsonValue()},
                               {QStringLiteral("trends.stable"), 5}};
        row("trend directions with cover", directions);

        // The alliance: six clients, one professional; the latest survey of each connection in the month, with the
        // dimension means shown; a survey of a connection that no longer exists does not count.
        ConformanceCase alliance;
        alliance.people = clients(7) + QList<CasePerson> {{QString(), Role::Professional}};
        alliance.wellbeing = answered(0, {40, 44, 48, 52, 56, 60}, 5);
        for (int client = 0; client < 6; ++client) {
            alliance.connections.append({client, 7});
            alliance.alliance.append(CaseAnswer {client, 6, {3, 3, 3, 3, 3}, 7, 9});
            alliance.alliance.append(CaseAnswer {client, 6, {5, 6, 4, 5, 6 - client % 3}, 7, 15}); // later: counts
        }
        alliance.alliance.append(CaseAnswer {6, 7, {1, 1, 1, 1, 1}, 7}); // not connected
        alliance.expected = {{QStringLiteral("alliance.n"), 6},
                             {QStringLiteral("alliance.mean"), 5.0},
                             {QStringLiteral("alliance.dimensions.confidence"), 5.0},
                             {QStringLiteral("alliance.dimensions.bond"), 5.5},
                             {QStringLiteral("alliance.dimensions.partnership"), 4.5}};
        row("alliance latest surveys and dimensions", alliance);

        // The alliance from four clients only (with eight connections): nothing of it is shown.
        ConformanceCase fewClients;
        fewClients.people
            = clients(6) + QList<CasePerson> {{QString(), Role::Professional}, {QString(), Role::Professional}};
        fewClients.wellbeing = answered(0, {40, 44, 48, 52, 56, 60}, 5);
        for (int client = 0; client < 4; ++client) {
            for (int professional : {6, 7}) {
                fewClients.connections.append({client, professional});
                fewClients.alliance.append(CaseAnswer {client, 8, {5, 5, 5, 5, 6}, professional});
            }
        }
        fewClients.expected = {{QStringLiteral("alliance.n"), QJsonValue()}, {QStringLiteral("participants"), 6}};
        row("alliance from fewer than k clients", fewClients);

        // Changed HR numbers: four Wellbeing brackets at 0/25/50/75, a trend threshold of 4, and the alliance's
        // bond made of items 1–3. The hub reads them from rapport.hr_parameters, the store from the definition. With
        // the built-in numbers every figure below would differ (three brackets; +4 and −8 would be stable; bond 6.5).
        ConformanceCase changed;
        changed.people = clients(15) + QList<CasePerson> {{QString(), Role::Professional}};
        changed.wellbeing = answered(0, {8, 12, 16, 20, 24, 52, 56, 60, 64, 68, 88, 92, 96, 84, 80}, -10)
            + answered(0, {12, 16, 20, 24, 28, 52, 56, 60, 64, 68, 80, 84, 88, 76, 72}, 11);
        for (int client = 0; client < 6; ++client) {
            changed.connections.append({client, 15});
            changed.alliance.append(CaseAnswer {client, 12, {7, 6, 5, 4, 3 + client % 2}, 15});
        }
        changed.change.wellbeingBrackets = {0, 25, 50, 75};
        changed.change.meaningfulChange = 4;
        changed.change.allianceItemDimensions = {QStringLiteral("bond"),
                                                 QStringLiteral("bond"),
                                                 QStringLiteral("bond"),
                                                 QStringLiteral("partnership"),
                                                 QStringLiteral("confidence")};
        changed.expected = {{QStringLiteral("distribution.0"), QJsonValue()},
                            {QStringLiteral("distribution.2"), 6},
                            {QStringLiteral("distribution.3"), QJsonValue()},
                            {QStringLiteral("trends.improving"), 5},
                            {QStringLiteral("trends.stable"), 5},
                            {QStringLiteral("trends.declining"), 5},
                            {QStringLiteral("alliance.mean"), 5.1},
                            {QStringLiteral("alliance.dimensions.bond"), 6.0},
                            {QStringLiteral("alliance.dimensions.partnership"), 4.0},
                            {QStringLiteral("alliance.dimensions.confidence"), 3.5}};
        row("changed brackets, threshold and dimensions", changed);
    }

    void conformance()
    {
        QFETCH(ConformanceCase, c);
        const InstrumentDefinition wellbeing
            = changedWellbeing(m_registry.get(InstrumentIds::Wellbeing).value(), c.change);
        const InstrumentDefinition alliance
            = changedAlliance(m_registry.get(InstrumentIds::Alliance).value(), c.change);

        const QJsonObject rules = byTheRules(c, wellbeing, alliance);
        auto store = storeOf(c, wellbeing, alliance);
        QVERIFY(store);
        const QJsonObject local = byTheStore(*store, c, wellbeing, alliance);
        QVERIFY(!local.isEmpty());
        if (rules != local) {
            qWarning("rules: %s", compact(rules).constData());
            qWarning("store: %s", compact(local).constData());
        }
        QCOMPARE(local, rules);
        for (const Expectation& expectation : std::as_const(c.expected)) {
            const QJsonValue actual = at(local, expectation.path);
            if (actual != expectation.value) {
                qWarning("%s: %s", qPrintable(expectation.path), compact(local).constData());
            }
            QCOMPARE(actual, expectation.value);
        }

        if (!m_clusterUnavailable.isEmpty()) {
            QSKIP(qPrintable(m_clusterUnavailable + QStringLiteral(" (the C++ rules and the local store agreed)")));
        }
        const QJsonObject hub = byTheHub(*store, c, wellbeing, alliance);
        QVERIFY(!hub.isEmpty());
        if (hub != local) {
            qWarning("hub:   %s", compact(hub).constData());
            qWarning("store: %s", compact(local).constData());
        }
        QCOMPARE(hub, local);
    }

    /** `hub init` writes the built-in instruments' numbers, exactly as this build derives them. */
    void hubInitWritesTheBuiltInParameters()
    {
        if (!m_clusterUnavailable.isEmpty()) {
            QSKIP(qPrintable(m_clusterUnavailable));
        }
        const QString database = QStringLiteral("conformance_init");
        QVERIFY_RESULT(m_cluster.createDatabase(database, m_owner));
        auto owner = HubConnection::openFromEnvironment(m_cluster.environmentFor(m_owner, database));
        QVERIFY_RESULT(owner);
        QVERIFY_RESULT(HubMigrations::apply(**owner));
        auto rows = (*owner)->exec(QStringLiteral("SELECT purpose, parameters::text FROM rapport.hr_parameters"));
        QVERIFY_RESULT(rows);
        QMap<QString, QJsonObject> written;
        while (rows->next()) {
            written.insert(rows->value(0).toString(),
                           QJsonDocument::fromJson(rows->value(1).toString().toUtf8()).object());
        }
        QCOMPARE(written.value(QStringLiteral("rules")), hrRuleParameters());
        QCOMPARE(written.value(QStringLiteral("wellbeing")),
                 HrInstrumentParameters::of(m_registry.get(InstrumentIds::Wellbeing).value()).toJson());
        QCOMPARE(written.value(QStringLiteral("alliance")),
                 HrInstrumentParameters::of(m_registry.get(InstrumentIds::Alliance).value()).toJson());
        QCOMPARE(written.value(QStringLiteral("wellbeing")).value(QStringLiteral("bracketMins")).toArray(),
                 (QJsonArray {0, 29, 51}));

        // Without them the hub's HR functions say what to do instead of guessing numbers.
        QVERIFY_RESULT((*owner)->exec(QStringLiteral("DELETE FROM rapport.hr_parameters WHERE purpose = 'wellbeing'")));
        auto refused = (*owner)->exec(QStringLiteral("SELECT rapport.hr_period_figures(0, 1, 5)"));
        QVERIFY(!refused);
        QVERIFY2(refused.error().message.contains(QStringLiteral("hub init")), qPrintable(refused.error().message));
        QVERIFY_RESULT(HubMigrations::apply(**owner)); // an upgrade or a second init writes them again
        QVERIFY_RESULT((*owner)->exec(QStringLiteral("SELECT rapport.hr_period_figures(0, 1, 5)")));
    }
};

QTEST_GUILESS_MAIN(TestHrConformance)
#include "TestHrConformance.moc"
