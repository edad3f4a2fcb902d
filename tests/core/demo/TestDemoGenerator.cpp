#include "../store/StoreTestFixture.h"
#include "ResultTesting.h"
#include "demo/DemoGenerator.h"
#include "instruments/InstrumentIds.h"
#include "instruments/InstrumentRegistry.h"
#include "instruments/Scoring.h"
#include "instruments/Trend.h"
#include "store/ConnectionRepository.h"
#include "store/PersonRepository.h"
#include "store/ShareRequestRepository.h"
#include "store/SharingRepository.h"
#include "store/SubmissionRepository.h"

#include <QHash>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cmath>
#include <memory>
#include <numeric>

using namespace rapport;
using rapport::test::fastOptions;
using rapport::test::passphrase;

namespace {

/** The fixed end of every generated history, so that times are reproducible. */
QDateTime until()
{
    return QDateTime(QDate(2025, 3, 31), QTime(18, 0), Qt::UTC);
}

/** Everything a generated store holds, read back through the repositories. */
struct Snapshot
{
    QList<Person> people;
    QHash<QUuid, Person> byId;
    QHash<QUuid, QList<Submission>> wellbeing; ///< per client, oldest first
    QHash<QUuid, QList<Submission>> alliance; ///< per client, oldest first
    QHash<QUuid, QList<Connection>> connections;

    [[nodiscard]] QList<Person> withRole(Role role) const
    {
        QList<Person> list;
        std::copy_if(people.cbegin(), people.cend(), std::back_inserter(list), [role](const Person& person) {
            return person.role == role;
        });
        return list;
    }

    [[nodiscard]] QString keyOf(const QUuid& id) const
    {
        const Person person = byId.value(id);
        return person.name + QLatin1Char('|') + roleName(person.role) + QLatin1Char('|') + person.team;
    }

    /** "name|role|team" of everyone, sorted: the same for two stores made with the same seed. */
    [[nodiscard]] QStringList names() const
    {
        QStringList names;
        for (const Person& person : people) {
            names.append(keyOf(person.id));
        }
        names.sort();
        return names;
    }

    /** Every person's score series (with times, answers and professional), independent of the random ids. */
    [[nodiscard]] QStringList series() const
    {
        QStringList lines;
        for (const Person& person : people) {
            QStringList entries;
            for (const auto* perInstrument : {&wellbeing, &alliance}) {
                for (const Submission& submission : perInstrument->value(person.id)) {
                    QStringList answers;
                    for (const int answer : submission.answers) {
                        answers.append(QString::number(answer));
                    }
                    entries.append(
                        submission.instrumentId + QLatin1Char('@')
                        + QString::number(submission.submittedAt.toMSecsSinceEpoch()) + QLatin1Char('=')
                        + QString::number(submission.score) + QLatin1Char('/') + answers.join(QLatin1Char(','))
                        + QLatin1Char('/')
                        + (submission.professionalId.isNull() ? QString() : keyOf(submission.professionalId)));
                }
            }
            lines.append(keyOf(person.id) + QLatin1String(": ") + entries.join(QLatin1Char(' ')));
        }
        lines.sort();
        return lines;
    }
};

Result<Snapshot> snapshotOf(Store& store)
{
    Snapshot snapshot;
    auto people = store.people().list();
    if (!people) {
        return tl::unexpected(people.error());
    }
    snapshot.people = *people;
    for (const Person& person : std::as_const(snapshot.people)) {
        snapshot.byId.insert(person.id, person);
        if (person.role != Role::Client) {
            continue;
        }
        auto wellbeing = store.submissions().forPerson(person.id, InstrumentIds::Wellbeing);
        auto alliance = store.submissions().forPerson(person.id, InstrumentIds::Alliance);
        auto connections = store.connections().forClient(person.id);
        if (!wellbeing || !alliance || !connections) {
            return tl::unexpected(!wellbeing ? wellbeing.error() : !alliance ? alliance.error() : connections.error());
        }
        snapshot.wellbeing.insert(person.id, *wellbeing);
        snapshot.alliance.insert(person.id, *alliance);
        snapshot.connections.insert(person.id, *connections);
    }
    return snapshot;
}

qsizetype total(const QHash<QUuid, QList<Submission>>& perClient)
{
    qsizetype count = 0;
    for (const QList<Submission>& list : perClient) {
        count += list.size();
    }
    return count;
}

} // namespace

class TestDemoGenerator : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_stores = 0;
    InstrumentRegistry m_registry;
    /** The organisation most tests look at: 40 employees, 6 professionals, 12 months, seed 1. */
    std::unique_ptr<Store> m_store;
    DemoSummary m_summary;
    Snapshot m_snapshot;

    std::unique_ptr<Store> newStore(QDateTime* now = nullptr)
    {
        const QString path = m_dir.filePath(QStringLiteral("demo-%1.db").arg(++m_stores));
        auto store = Store::create(path, passphrase("demo"), fastOptions(now));
        if (!store) {
            qWarning("%s", qPrintable(store.error().message));
            return nullptr;
        }
        return std::move(*store);
    }

    static DemoOptions options(int employees, int professionals, int months, quint32 seed)
    {
        DemoOptions options;
        options.employees = employees;
        options.professionals = professionals;
        options.months = months;
        options.seed = seed;
        options.until = until();
        return options;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        auto registry = InstrumentRegistry::builtIn();
        QVERIFY_RESULT(registry);
        m_registry = *registry;
        m_store = newStore();
        QVERIFY(m_store);
        auto summary = DemoGenerator(options(40, 6, 12, 1)).fill(*m_store, m_registry);
        QVERIFY_RESULT(summary);
        m_summary = *summary;
        auto snapshot = snapshotOf(*m_store);
        QVERIFY_RESULT(snapshot);
        m_snapshot = *snapshot;
    }

    void countsMatchSummary()
    {
        QCOMPARE(m_summary.employees, 40);
        QCOMPARE(m_summary.professionals, 6);
        QCOMPARE(m_snapshot.withRole(Role::Client).size(), 40);
        QCOMPARE(m_snapshot.withRole(Role::Professional).size(), 6);
        QCOMPARE(m_snapshot.withRole(Role::Hr).size(), 1);
        QCOMPARE(m_snapshot.withRole(Role::Admin).size(), 1);

        qsizetype connections = 0;
        qsizetype sharingChanges = 0;
        qsizetype pending = 0;
        for (const Person& client : m_snapshot.withRole(Role::Client)) {
            connections += m_snapshot.connections.value(client.id).size();
            auto log = m_store->sharing().log(client.id);
            QVERIFY_RESULT(log);
            sharingChanges += log->size();
            auto requests = m_store->shareRequests().forClient(client.id, true);
            QVERIFY_RESULT(requests);
            pending += requests->size();
        }
        QCOMPARE(connections, qsizetype(m_summary.connections));
        QCOMPARE(total(m_snapshot.wellbeing), qsizetype(m_summary.wellbeingSubmissions));
        QCOMPARE(total(m_snapshot.alliance), qsizetype(m_summary.allianceSubmissions));
        QCOMPARE(sharingChanges, qsizetype(m_summary.sharingChanges));
        QCOMPARE(pending, qsizetype(m_summary.pendingRequests));
        QVERIFY(m_summary.wellbeingSubmissions > 40 * 12);
        QVERIFY(m_summary.allianceSubmissions > 100);
    }

    void organisationIsPlausible()
    {
        QSet<QString> teams;
        QSet<QString> names;
        int connected = 0;
        int participating = 0;
        for (const Person& client : m_snapshot.withRole(Role::Client)) {
            QVERIFY(!client.team.isEmpty());
            teams.insert(client.team);
            connected += m_snapshot.connections.value(client.id).isEmpty() ? 0 : 1;
            participating += m_snapshot.wellbeing.value(client.id).isEmpty() ? 0 : 1;
            QVERIFY(m_snapshot.connections.value(client.id).size() <= 3);
        }
        for (const Person& person : m_snapshot.people) {
            QVERIFY(person.name.contains(QLatin1Char(' ')));
            names.insert(person.name);
        }
        QVERIFY2(teams.size() >= 4 && teams.size() <= 10, qPrintable(QString::number(teams.size())));
        QCOMPARE(names.size(), m_snapshot.people.size()); // no two people share a name in a small organisation
        // Most are connected and most answer, but not everyone.
        QVERIFY2(connected >= 20 && connected < 40, qPrintable(QString::number(connected)));
        QVERIFY2(participating >= 24 && participating < 40, qPrintable(QString::number(participating)));
    }

    void sameSeedSameOrganisation()
    {
        auto first = newStore();
        auto second = newStore();
        auto third = newStore();
        QVERIFY(first && second && third);
        QVERIFY_RESULT(DemoGenerator(options(25, 4, 6, 7)).fill(*first, m_registry));
        QVERIFY_RESULT(DemoGenerator(options(25, 4, 6, 7)).fill(*second, m_registry));
        QVERIFY_RESULT(DemoGenerator(options(25, 4, 6, 8)).fill(*third, m_registry));
        auto a = snapshotOf(*first);
        auto b = snapshotOf(*second);
        auto c = snapshotOf(*third);
        QVERIFY_RESULT(a);
        QVERIFY_RESULT(b);
        QVERIFY_RESULT(c);

        QCOMPARE(a->names(), b->names());
        QCOMPARE(a->series(), b->series());
        QVERIFY(total(a->wellbeing) > 0);
        QVERIFY(a->names() != c->names());
        QVERIFY(a->series() != c->series());
    }

    void scoresAgreeWithAnswers()
    {
        const QDateTime earliest = until().addMonths(-12).addDays(-1);
        for (const auto* perClient : {&m_snapshot.wellbeing, &m_snapshot.alliance}) {
            for (const QList<Submission>& submissions : *perClient) {
                for (const Submission& submission : submissions) {
                    auto definition = m_registry.get(submission.instrumentId);
                    QVERIFY_RESULT(definition);
                    QCOMPARE(submission.instrumentVersion, definition->version);
                    auto score = scoreAnswers(*definition, submission.answers);
                    QVERIFY_RESULT(score);
                    QCOMPARE(submission.score, score->value);
                    QVERIFY(submission.score >= definition->scoreMin && submission.score <= definition->scoreMax);
                    QVERIFY(submission.submittedAt < until());
                    QVERIFY(submission.submittedAt > earliest);
                }
            }
        }
    }

    void wellbeingEvery14To21Days()
    {
        int checked = 0;
        for (const QList<Submission>& submissions : std::as_const(m_snapshot.wellbeing)) {
            for (qsizetype i = 1; i < submissions.size(); ++i) {
                const qint64 days
                    = submissions.at(i - 1).submittedAt.date().daysTo(submissions.at(i).submittedAt.date());
                QVERIFY2(days >= 14 && days <= 21, qPrintable(QString::number(days)));
                ++checked;
            }
        }
        QVERIFY(checked > 300);
    }

    void wellbeingCoursesDiffer()
    {
        auto definition = m_registry.get(InstrumentIds::Wellbeing);
        QVERIFY_RESULT(definition);
        QHash<TrendDirection, int> directions;
        for (const QList<Submission>& submissions : std::as_const(m_snapshot.wellbeing)) {
            QList<TrendPoint> points;
            for (const Submission& submission : submissions) {
                points.append({submission.submittedAt, submission.score});
            }
            ++directions[computeTrend(points, definition->meaningfulChange).direction];
        }
        QVERIFY(directions.value(TrendDirection::Improving) >= 1);
        QVERIFY(directions.value(TrendDirection::Declining) >= 1);
        QVERIFY(directions.value(TrendDirection::Stable) > directions.value(TrendDirection::Improving));
    }

    void allianceOnlyForConnectedPairs()
    {
        QList<double> firstScores;
        QList<double> lastScores;
        double withinBond = 0;
        int surveys = 0;
        bool somePoorFit = false;
        for (auto it = m_snapshot.alliance.cbegin(); it != m_snapshot.alliance.cend(); ++it) {
            QSet<QUuid> professionals;
            for (const Connection& connection : m_snapshot.connections.value(it.key())) {
                professionals.insert(connection.professionalId);
            }
            QHash<QUuid, QList<double>> perProfessional;
            for (const Submission& submission : it.value()) {
                QVERIFY(professionals.contains(submission.professionalId));
                perProfessional[submission.professionalId].append(submission.score);
                for (const int answer : submission.answers) {
                    QVERIFY(answer >= 1 && answer <= 7);
                }
                withinBond += std::abs(submission.answers.at(0) - submission.answers.at(1));
                ++surveys;
            }
            for (const QList<double>& scores : std::as_const(perProfessional)) {
                if (scores.size() >= 6) {
                    firstScores.append((scores.at(0) + scores.at(1) + scores.at(2)) / 3);
                    lastScores.append(
                        (scores.at(scores.size() - 1) + scores.at(scores.size() - 2) + scores.at(scores.size() - 3))
                        / 3);
                }
                const double mean = std::accumulate(scores.cbegin(), scores.cend(), 0.0) / scores.size();
                somePoorFit = somePoorFit || mean < 4.0;
            }
        }
        for (const QList<Submission>& submissions : std::as_const(m_snapshot.wellbeing)) {
            for (const Submission& submission : submissions) {
                QVERIFY(submission.professionalId.isNull());
            }
        }
        QVERIFY(surveys > 0);
        // The two bond items agree; the relationship tends to grow; a few pairings do not work out.
        QVERIFY(withinBond / surveys < 1.0);
        QVERIFY(!firstScores.isEmpty());
        QVERIFY(std::accumulate(lastScores.cbegin(), lastScores.cend(), 0.0)
                > std::accumulate(firstScores.cbegin(), firstScores.cend(), 0.0));
        QVERIFY(somePoorFit);
    }

    void sharingIsMixedAndAudited()
    {
        int none = 0;
        int alliance = 0;
        int wellbeing = 0;
        int turnedOff = 0;
        for (const Person& client : m_snapshot.withRole(Role::Client)) {
            auto state = m_store->sharing().state(client.id);
            QVERIFY_RESULT(state);
            none += state->anyOn() ? 0 : 1;
            alliance += state->alliance ? 1 : 0;
            wellbeing += state->wellbeing ? 1 : 0;

            auto log = m_store->sharing().log(client.id);
            QVERIFY_RESULT(log);
            SharingState replayed;
            for (const SharingChange& change : *log) {
                QCOMPARE(change.clientId, client.id);
                QCOMPARE(change.changedBy, client.id);
                bool& value = change.metric == Metric::Alliance ? replayed.alliance : replayed.wellbeing;
                QCOMPARE(change.from, value);
                QVERIFY(change.to != change.from);
                value = change.to;
                turnedOff += change.to ? 0 : 1;
            }
            QCOMPARE(replayed, *state);
        }
        QVERIFY(none > 0);
        QVERIFY(alliance > 0);
        QVERIFY(wellbeing > 0);
        QVERIFY(none + alliance > wellbeing); // many share nothing, alliance more often than wellbeing
        QVERIFY(turnedOff > 0);
    }

    void someRequestsWait()
    {
        QVERIFY(m_summary.pendingRequests > 0);
        for (const Person& client : m_snapshot.withRole(Role::Client)) {
            auto requests = m_store->shareRequests().forClient(client.id);
            QVERIFY_RESULT(requests);
            auto state = m_store->sharing().state(client.id);
            QVERIFY_RESULT(state);
            for (const ShareRequest& request : *requests) {
                auto connection = m_store->connections().find(client.id, request.professionalId);
                QVERIFY_RESULT(connection);
                QVERIFY(connection->has_value());
                if (request.status != ShareRequest::Status::Declined) {
                    // Pending requests are for what the client does not share; accepted ones turned it on.
                    QCOMPARE(state->isOn(request.metric), request.status == ShareRequest::Status::Accepted);
                }
            }
        }
    }

    void showcaseClientHasARichHistory()
    {
        const QUuid id = m_summary.showcaseClient;
        QVERIFY(!id.isNull());
        QCOMPARE(m_snapshot.byId.value(id).role, Role::Client);
        QVERIFY(!m_snapshot.connections.value(id).isEmpty());
        QVERIFY(m_snapshot.wellbeing.value(id).size() >= 18);
        QVERIFY(m_snapshot.alliance.value(id).size() >= 30);
        auto state = m_store->sharing().state(id);
        QVERIFY_RESULT(state);
        QVERIFY(state->alliance && state->wellbeing);
    }

    void rejectsInvalidOptions_data()
    {
        QTest::addColumn<int>("employees");
        QTest::addColumn<int>("professionals");
        QTest::addColumn<int>("months");
        QTest::addColumn<int>("hrPeople");
        QTest::newRow("no employees") << 0 << 1 << 12 << 1;
        QTest::newRow("too many employees") << 1'000'001 << 1 << 12 << 1;
        QTest::newRow("no professionals") << 10 << 0 << 12 << 1;
        QTest::newRow("too many professionals") << 20'000 << 10'001 << 12 << 1;
        QTest::newRow("more professionals than employees") << 5 << 6 << 12 << 1;
        QTest::newRow("no months") << 10 << 2 << 0 << 1;
        QTest::newRow("too many months") << 10 << 2 << 121 << 1;
        QTest::newRow("negative HR") << 10 << 2 << 12 << -1;
    }

    void rejectsInvalidOptions()
    {
        QFETCH(int, employees);
        QFETCH(int, professionals);
        QFETCH(int, months);
        QFETCH(int, hrPeople);
        DemoOptions invalid = options(employees, professionals, months, 1);
        invalid.hrPeople = hrPeople;
        QVERIFY_ERROR(DemoGenerator::validate(invalid), ErrorCode::OutOfRange);
        auto before = m_store->people().count();
        QVERIFY_RESULT(before);
        QVERIFY_ERROR(DemoGenerator(invalid).fill(*m_store, m_registry), ErrorCode::OutOfRange);
        auto after = m_store->people().count();
        QVERIFY_RESULT(after);
        QCOMPARE(*after, *before);
    }

    void writesNothingWithoutInstruments()
    {
        auto store = newStore();
        QVERIFY(store);
        QVERIFY_ERROR(DemoGenerator(options(5, 1, 2, 1)).fill(*store, InstrumentRegistry()), ErrorCode::NotFound);
        auto count = store->people().count();
        QVERIFY_RESULT(count);
        QCOMPARE(*count, 0);
    }

    void smallestOrganisation()
    {
        QDateTime now(QDate(2024, 11, 5), QTime(9, 30), Qt::UTC);
        auto store = newStore(&now);
        QVERIFY(store);
        DemoOptions smallest = options(1, 1, 1, 3);
        smallest.until = QDateTime(); // the store clock's now
        smallest.hrPeople = 0;
        smallest.admins = 0;
        auto summary = DemoGenerator(smallest).fill(*store, m_registry);
        QVERIFY_RESULT(summary);
        auto snapshot = snapshotOf(*store);
        QVERIFY_RESULT(snapshot);
        QCOMPARE(snapshot->people.size(), 2);
        QCOMPARE(summary->connections, 1);
        QVERIFY(summary->wellbeingSubmissions >= 1);
        const QUuid client = summary->showcaseClient;
        QCOMPARE(snapshot->byId.value(client).role, Role::Client);
        for (const Submission& submission : snapshot->wellbeing.value(client) + snapshot->alliance.value(client)) {
            QVERIFY(submission.submittedAt < now);
            QVERIFY(submission.submittedAt > now.addMonths(-1).addDays(-1));
        }
    }

    void generatesTwiceIntoOneStore()
    {
        // Same seed, same store, same instant: names repeat (that is allowed), ids must not.
        QDateTime now(QDate(2025, 1, 15), QTime(12, 0), Qt::UTC);
        auto store = newStore(&now);
        QVERIFY(store);
        auto first = DemoGenerator(options(8, 2, 3, 5)).fill(*store, m_registry);
        QVERIFY_RESULT(first);
        auto second = DemoGenerator(options(8, 2, 3, 5)).fill(*store, m_registry);
        QVERIFY_RESULT(second);
        auto snapshot = snapshotOf(*store);
        QVERIFY_RESULT(snapshot);
        QCOMPARE(snapshot->withRole(Role::Client).size(), 16);
        QCOMPARE(total(snapshot->wellbeing), qsizetype(first->wellbeingSubmissions + second->wellbeingSubmissions));
        QCOMPARE(total(snapshot->alliance), qsizetype(first->allianceSubmissions + second->allianceSubmissions));
        QCOMPARE(first->wellbeingSubmissions, second->wellbeingSubmissions);
    }

    void longHistoryClient()
    {
        auto store = newStore();
        QVERIFY(store);
        auto client = addLongHistoryClient(*store, m_registry, 5, 3, 42, until());
        QVERIFY_RESULT(client);
        auto snapshot = snapshotOf(*store);
        QVERIFY_RESULT(snapshot);
        const QList<Submission> wellbeing = snapshot->wellbeing.value(*client);
        const QList<Submission> alliance = snapshot->alliance.value(*client);
        QVERIFY2(wellbeing.size() >= 125 && wellbeing.size() <= 135, qPrintable(QString::number(wellbeing.size())));
        QVERIFY2(alliance.size() >= 770 && alliance.size() <= 790, qPrintable(QString::number(alliance.size())));
        QCOMPARE(snapshot->connections.value(*client).size(), 3);
        QCOMPARE(snapshot->withRole(Role::Professional).size(), 3);
        for (qsizetype i = 1; i < wellbeing.size(); ++i) {
            QCOMPARE(wellbeing.at(i - 1).submittedAt.date().daysTo(wellbeing.at(i).submittedAt.date()), 14);
        }
        for (const Submission& submission : wellbeing + alliance) {
            QVERIFY(submission.submittedAt < until());
        }
        auto state = store->sharing().state(*client);
        QVERIFY_RESULT(state);
        QVERIFY(state->alliance && state->wellbeing);

        QVERIFY_ERROR(addLongHistoryClient(*store, m_registry, 0, 3, 42, until()), ErrorCode::OutOfRange);
        QVERIFY_ERROR(addLongHistoryClient(*store, m_registry, 5, 0, 42, until()), ErrorCode::OutOfRange);
    }
};

QTEST_GUILESS_MAIN(TestDemoGenerator)
#include "TestDemoGenerator.moc"
