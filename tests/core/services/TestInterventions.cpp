// Interventions as data (issue 21): the Interventions service over the store's repository, what it checks, and the
// schema that keeps what it stores.

#include "../store/StoreTestFixture.h"
#include "ResultTesting.h"
#include "services/AdminOperations.h"
#include "services/Interventions.h"
#include "store/InterventionRepository.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace rapport;

class TestInterventions : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QDateTime m_now = QDateTime(QDate(2026, 3, 10), QTime(9, 0), QTimeZone::utc());
    int m_stores = 0;
    std::unique_ptr<Store> m_store;
    Person m_hr;
    Person m_admin;
    Person m_client;

    InterventionDraft draft(const QString& title = QStringLiteral("Manager check-ins every fortnight"))
    {
        InterventionDraft d;
        d.title = title;
        d.kind = Intervention::Kind::ManagerCheckIns;
        d.start = QDate(2026, 3, 2);
        return d;
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_store.reset();
        const QString path = m_dir.filePath(QStringLiteral("interventions-%1.rapport").arg(++m_stores));
        auto store = Store::create(path, test::passphrase("pw"), test::fastOptions(&m_now));
        QVERIFY_RESULT(store);
        m_store = std::move(*store);
        AdminOperations admin(*m_store);
        auto hr = admin.addPerson(QStringLiteral("Hana"), Role::Hr);
        auto administrator = admin.addPerson(QStringLiteral("Ari"), Role::Admin);
        auto client = admin.addPerson(QStringLiteral("Cleo"), Role::Client, QStringLiteral("Ops"));
        auto other = admin.addPerson(QStringLiteral("Dan"), Role::Client, QStringLiteral("Legal"));
        QVERIFY_RESULT(hr);
        QVERIFY_RESULT(administrator);
        QVERIFY_RESULT(client);
        QVERIFY_RESULT(other);
        m_hr = *hr;
        m_admin = *administrator;
        m_client = *client;
    }

    void cleanup() { m_store.reset(); }

    /** What HR records comes back as recorded, sorted by start, with teams sorted and without repeats. */
    void addAndListRoundTrip()
    {
        Interventions interventions(*m_store);
        QSignalSpy changed(m_store.get(), &Store::changed);
        InterventionDraft later = draft(QStringLiteral("  Wellness   sessions  "));
        later.kind = Intervention::Kind::WellnessSessions;
        later.start = QDate(2026, 4, 1);
        later.end = QDate(2026, 5, 31);
        later.teams = {QStringLiteral("Ops"), QStringLiteral("Legal"), QStringLiteral(" Ops ")};
        auto second = interventions.add(m_admin.id, later);
        QVERIFY_RESULT(second);
        QCOMPARE(second->title, QStringLiteral("Wellness sessions"));
        QCOMPARE(second->teams, QStringList({QStringLiteral("Legal"), QStringLiteral("Ops")}));
        auto first = interventions.add(m_hr.id, draft());
        QVERIFY_RESULT(first);
        QVERIFY(first->isOrganisationWide());
        QCOMPARE(first->createdAt, m_now);
        QCOMPARE(changed.size(), 2);
        const auto change = changed.first().first().value<StoreChange>();
        QVERIFY(change.touches(StoreChange::Kind::Interventions));

        auto listed = interventions.list();
        QVERIFY_RESULT(listed);
        QCOMPARE(listed->size(), 2);
        QCOMPARE(listed->at(0), *first);
        QCOMPARE(listed->at(1), *second);
        QCOMPARE(listed->at(1).end, std::optional<QDate>(QDate(2026, 5, 31)));
        QCOMPARE(listed->at(1).kind, Intervention::Kind::WellnessSessions);
    }

    void refusesWhatIsNotAnIntervention_data()
    {
        QTest::addColumn<QString>("title");
        QTest::addColumn<QDate>("start");
        QTest::addColumn<QDate>("end");
        QTest::addColumn<QStringList>("teams");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("message");
        const QDate start(2026, 3, 2);
        QTest::newRow("blank title") << QStringLiteral("   ") << start << QDate() << QStringList()
                                     << int(ErrorCode::Incomplete) << QStringLiteral("needs a title");
        QTest::newRow("long title") << QString(121, QLatin1Char('x')) << start << QDate() << QStringList()
                                    << int(ErrorCode::OutOfRange) << QStringLiteral("keep it to 120");
        QTest::newRow("no start") << QStringLiteral("x") << QDate() << QDate() << QStringList()
                                  << int(ErrorCode::Incomplete) << QStringLiteral("start date");
        QTest::newRow("end before start")
            << QStringLiteral("x") << start << QDate(2026, 3, 1) << QStringList() << int(ErrorCode::OutOfRange)
            << QStringLiteral("The end date (2026-03-01) is before the start date "
                              "(2026-03-02).");
        QTest::newRow("unknown team") << QStringLiteral("x") << start << QDate()
                                      << QStringList {QStringLiteral("Sales")} << int(ErrorCode::NotFound)
                                      << QStringLiteral("There is no team 'Sales'. The teams are: Legal, Ops.");
    }

    /** Each refusal says what is wrong, and nothing is stored. */
    void refusesWhatIsNotAnIntervention()
    {
        QFETCH(QString, title);
        QFETCH(QDate, start);
        QFETCH(QDate, end);
        QFETCH(QStringList, teams);
        QFETCH(int, code);
        QFETCH(QString, message);
        InterventionDraft d = draft(title);
        d.start = start;
        if (end.isValid()) {
            d.end = end;
        }
        d.teams = teams;
        auto added = Interventions(*m_store).add(m_hr.id, d);
        QVERIFY(!added);
        QCOMPARE(int(added.error().code), code);
        QVERIFY2(added.error().message.contains(message), qPrintable(added.error().message));
        auto listed = Interventions(*m_store).list();
        QVERIFY_RESULT(listed);
        QVERIFY(listed->isEmpty());
    }

    /** An end on the start day is a one-day intervention. */
    void oneDayIntervention()
    {
        InterventionDraft d = draft();
        d.end = d.start;
        QVERIFY_RESULT(Interventions(*m_store).add(m_hr.id, d));
    }

    /** Only HR and administrators write; a client, or an id of no one, is refused for adding and removing. */
    void onlyHrAndAdministratorsWrite()
    {
        Interventions interventions(*m_store);
        QVERIFY_ERROR(interventions.add(m_client.id, draft()), ErrorCode::PermissionDenied);
        QVERIFY_ERROR(interventions.add(QUuid::createUuid(), draft()), ErrorCode::PermissionDenied);
        auto added = interventions.add(m_hr.id, draft());
        QVERIFY_RESULT(added);
        QVERIFY_ERROR(interventions.remove(m_client.id, added->id), ErrorCode::PermissionDenied);
        QVERIFY_ERROR(interventions.remove(m_hr.id, QUuid::createUuid()), ErrorCode::NotFound);
        QVERIFY_RESULT(interventions.remove(m_admin.id, added->id));
        auto listed = interventions.list();
        QVERIFY_RESULT(listed);
        QVERIFY(listed->isEmpty());
        QVERIFY_ERROR(interventions.remove(m_hr.id, added->id), ErrorCode::NotFound);
    }

    /** Removing takes the teams with it; the store keeps them across a reopen. */
    void removeTakesTeamsAndDataSurvivesReopen()
    {
        InterventionDraft d = draft();
        d.teams = {QStringLiteral("Ops")};
        auto kept = Interventions(*m_store).add(m_hr.id, d);
        QVERIFY_RESULT(kept);
        auto gone = Interventions(*m_store).add(m_hr.id, d);
        QVERIFY_RESULT(gone);
        QVERIFY_RESULT(Interventions(*m_store).remove(m_hr.id, gone->id));
        const QString path = m_store->path();
        m_store.reset();
        auto reopened = Store::open(path, test::passphrase("pw"), test::fastOptions(&m_now));
        QVERIFY_RESULT(reopened);
        m_store = std::move(*reopened);
        auto found = InterventionRepository(*m_store).find(kept->id);
        QVERIFY_RESULT(found);
        QCOMPARE(*found, *kept);
        QVERIFY_ERROR(InterventionRepository(*m_store).find(gone->id), ErrorCode::NotFound);
    }

    /** The teams offered are those of the clients, sorted. */
    void teamsAreTheClientsTeams()
    {
        auto teams = Interventions(*m_store).teams();
        QVERIFY_RESULT(teams);
        QCOMPARE(*teams, QStringList({QStringLiteral("Legal"), QStringLiteral("Ops")}));
    }

    /** Every kind has a stable name that reads back, and a label. */
    void kindNamesRoundTrip()
    {
        for (Intervention::Kind kind : interventionKinds()) {
            QCOMPARE(interventionKindFromName(interventionKindName(kind)), std::optional(kind));
            QVERIFY(!interventionKindDisplayName(kind).isEmpty());
        }
        QCOMPARE(interventionKindFromName(QStringLiteral("yoga")), std::nullopt);
    }
};

QTEST_GUILESS_MAIN(TestInterventions)
#include "TestInterventions.moc"
