#include "../analytics/HrAttacker.h"
#include "HubTestSupport.h"
#include "PgTestCluster.h"
#include "ResultTesting.h"
#include "analytics/HrAnalytics.h"
#include "analytics/HrPublication.h"
#include "analytics/HrReportJson.h"
#include "cli/CliContext.h"
#include "demo/DemoGenerator.h"
#include "hub/HubBulkLoader.h"
#include "hub/HubConnection.h"
#include "hub/HubHrReport.h"
#include "hub/HubMigrations.h"
#include "instruments/InstrumentIds.h"
#include "instruments/InstrumentRegistry.h"
#include "store/HrSnapshotRepository.h"
#include "store/SettingsRepository.h"
#include "store/Store.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace rapport;
using namespace rapport::hub;
using rapport::test::runCli;

/**
 * The hub's HR figures (rapport.hr_report(), run by an HR login) equal the local HR view's for the same demo
 * organisation, rule for rule; below k the hub returns nothing but the shape.
 */
class TestHubHr : public QObject
{
    Q_OBJECT

private:
    test::PgTestCluster m_cluster;
    QTemporaryDir m_dir;
    const QString m_owner = QStringLiteral("hub_owner");
    std::optional<InstrumentRegistry> m_registry;

    /** A hub database `name` with the demo organisation of `options` loaded, and the local store it came from. */
    std::unique_ptr<Store> setUpOrganisation(const QString& name, const DemoOptions& options)
    {
        if (!m_cluster.createDatabase(name, m_owner)) {
            return nullptr;
        }
        auto owner = HubConnection::openFromEnvironment(m_cluster.environmentFor(m_owner, name));
        if (!owner || !HubMigrations::apply(**owner)) {
            return nullptr;
        }
        StoreOptions storeOptions;
        storeOptions.kdf = KdfParameters::minimal();
        auto store = Store::create(m_dir.filePath(name + QStringLiteral(".db")),
                                   SecureBytes::fromUtf8(QStringLiteral("passphrase")),
                                   storeOptions);
        if (!store || !DemoGenerator(options).fill(**store, *m_registry)) {
            return nullptr;
        }
        auto loaded = HubBulkLoader(**owner).load(**store);
        if (!loaded) {
            qWarning("%s", qPrintable(loaded.error().message));
            return nullptr;
        }
        return std::move(*store);
    }

    /** The local store's published report with k (as `view hr` shows it), the store's own k set first. */
    QJsonObject localReport(Store& store, int k)
    {
        if (!store.settings().setValue(HrAnalytics::MinimumGroupSizeSetting, QString::number(k))) {
            return {};
        }
        auto report = HrAnalytics::load(store, *m_registry);
        if (!report) {
            return {};
        }
        QJsonObject json = hrReportToJson(*report);
        json.remove(QStringLiteral("publishedAt")); // the moment each side froze its months
        return json;
    }

    /** The published months the hub returns to an HR login, as rapport.hr_report() gives them. */
    static QList<HrSnapshot> hubSnapshots(HubConnection& hr)
    {
        QList<HrSnapshot> snapshots;
        auto query = hr.exec(QStringLiteral("SELECT rapport.hr_report()::text"));
        if (!query || !query->next()) {
            return snapshots;
        }
        const QJsonObject raw = QJsonDocument::fromJson(query->value(0).toString().toUtf8()).object();
        for (const QJsonValue& value : raw.value(QStringLiteral("snapshots")).toArray()) {
            const QJsonObject snapshot = value.toObject();
            snapshots.append(HrSnapshot {
                QDate::fromString(snapshot.value(QStringLiteral("month")).toString() + QStringLiteral("-01"),
                                  Qt::ISODate),
                QDateTime::fromMSecsSinceEpoch(snapshot.value(QStringLiteral("publishedAt")).toInteger(), Qt::UTC),
                QJsonDocument(snapshot.value(QStringLiteral("figures")).toObject()).toJson(QJsonDocument::Compact)});
        }
        return snapshots;
    }

    /**
     * Parity: every month both sides published has the same figures, and when both publish up to the same month
     * (the local store on the real clock), the report HR sees is the same JSON.
     */
    void compareWithLocal(const QString& database, Store& store, int k)
    {
        auto hr = HubConnection::openFromEnvironment(m_cluster.environmentFor(hrLogin(database), database));
        QVERIFY_RESULT(hr);
        auto hub = HubHrReport::load(**hr, *m_registry);
        QVERIFY_RESULT(hub);
        QCOMPARE(hub->minimumGroupSize, k);
        QJsonObject fromHub = hrReportToJson(*hub);
        fromHub.remove(QStringLiteral("publishedAt"));
        const QJsonObject local = localReport(store, k);
        QVERIFY(!local.isEmpty());
        auto localSnapshots = HrSnapshotRepository(store).all();
        QVERIFY_RESULT(localSnapshots);
        QMap<QDate, QJsonObject> localMonths;
        for (const HrSnapshot& snapshot : std::as_const(*localSnapshots)) {
            localMonths.insert(snapshot.month, QJsonDocument::fromJson(snapshot.figures).object());
        }
        int compared = 0;
        for (const HrSnapshot& snapshot : hubSnapshots(**hr)) {
            if (!localMonths.contains(snapshot.month)) {
                continue; // published by the hub after the local store's clock
            }
            const QJsonObject figures = QJsonDocument::fromJson(snapshot.figures).object();
            if (figures != localMonths.value(snapshot.month)) {
                qWarning(
                    "%s hub:   %s", qPrintable(snapshot.month.toString(Qt::ISODate)), snapshot.figures.constData());
                qWarning("%s local: %s",
                         qPrintable(snapshot.month.toString(Qt::ISODate)),
                         QJsonDocument(localMonths.value(snapshot.month)).toJson(QJsonDocument::Compact).constData());
            }
            QCOMPARE(figures, localMonths.value(snapshot.month));
            ++compared;
        }
        QVERIFY(compared > 0);
        if (hub->period
            == QDate::fromString(local.value(QStringLiteral("period")).toString() + QStringLiteral("-01"),
                                 Qt::ISODate)) {
            if (fromHub != local) {
                qWarning("hub:   %s", QJsonDocument(fromHub).toJson(QJsonDocument::Compact).constData());
                qWarning("local: %s", QJsonDocument(local).toJson(QJsonDocument::Compact).constData());
            }
            QCOMPARE(fromHub, local);
        }
    }

    /**
     * Loads `org` into a new hub database `name`, reads every month the hub published through an HR login as HR saw
     * it while it was the latest (rule 10's attacker), and attacks it; a failure to load is returned as a disclosure
     * too (the case is then shrunk on that). Counts the published months into `published`; the store it was loaded
     * from is left in `store`.
     */
    std::optional<test::attacker::Disclosure> attackOnTheHub(const QString& name,
                                                             const test::attacker::OrgSpec& org,
                                                             int* published = nullptr,
                                                             std::unique_ptr<Store>* store = nullptr)
    {
        using test::attacker::Disclosure;
        if (!m_cluster.createDatabase(name, m_owner)) {
            return Disclosure {QStringLiteral("no database %1").arg(name)};
        }
        auto owner = HubConnection::openFromEnvironment(m_cluster.environmentFor(m_owner, name));
        if (!owner || !HubMigrations::apply(**owner)) {
            return Disclosure {QStringLiteral("the hub %1 could not be set up").arg(name)};
        }
        auto filled = test::attacker::storeOf(
            org, m_dir.filePath(name + QStringLiteral(".db")), *m_registry, QDateTime::currentDateTimeUtc());
        if (!filled) {
            return Disclosure {QStringLiteral("the store could not be filled: ") + filled.error().message};
        }
        if (auto loaded = HubBulkLoader(**owner).load(**filled); !loaded) {
            return Disclosure {QStringLiteral("the hub could not be loaded: ") + loaded.error().message};
        }
        if (addHrLogin(name).isEmpty()) {
            return Disclosure {QStringLiteral("no HR login")};
        }
        auto hr = HubConnection::openFromEnvironment(m_cluster.environmentFor(hrLogin(name), name));
        if (!hr) {
            return Disclosure {QStringLiteral("HR could not connect: ") + hr.error().message};
        }
        if (auto report = HubHrReport::load(**hr, *m_registry); !report) {
            return Disclosure {QStringLiteral("the hub's report failed: ") + report.error().message};
        }
        const QList<HrSnapshot> snapshots = hubSnapshots(**hr);
        const InstrumentDefinition* wellbeing = m_registry->find(InstrumentIds::Wellbeing);
        const InstrumentDefinition* alliance = m_registry->find(InstrumentIds::Alliance);
        QList<HrReport> seen;
        for (qsizetype s = 0; s < snapshots.size(); ++s) {
            const QList<HrSnapshot> then = snapshots.mid(0, s + 1);
            seen << HrPublication::assemble(
                then, QDateTime(then.constLast().month.addMonths(1), QTime(9, 0), Qt::UTC), 5, *wellbeing, alliance);
            if (published != nullptr) {
                *published += seen.constLast().suppressed ? 0 : 1;
            }
        }
        if (store != nullptr) {
            *store = std::move(*filled);
        }
        return test::attacker::attackPublished(org, seen, *wellbeing, 5);
    }

    QString addHrLogin(const QString& database) { return addLogin(database, QStringLiteral("hr"), hrLogin(database)); }

    /** Logins are cluster-wide: one HR login per hub database. */
    static QString hrLogin(const QString& database) { return QStringLiteral("hr_") + database; }

    QString addLogin(const QString& database, const QString& role, const QString& login)
    {
        QProcessEnvironment environment = m_cluster.environmentFor(m_owner, database);
        const QString password = test::PgTestCluster::randomPassword();
        environment.insert(QStringLiteral("RAPPORT_HUB_NEW_PASSWORD"), password);
        const auto run = runCli({QStringLiteral("hub"),
                                 QStringLiteral("person"),
                                 QStringLiteral("add"),
                                 QStringLiteral("--role"),
                                 role,
                                 QStringLiteral("--name"),
                                 QStringLiteral("Someone"),
                                 QStringLiteral("--login"),
                                 login},
                                environment);
        if (run.exitCode != 0 || !m_cluster.rememberPassword(login, password)) {
            qWarning("%s", qPrintable(run.err));
            return QString();
        }
        return login;
    }

private Q_SLOTS:
    void initTestCase()
    {
        const QString reason = test::PgTestCluster::unavailableReason();
        if (!reason.isEmpty()) {
            QSKIP(qPrintable(reason));
        }
        auto registry = InstrumentRegistry::load(QString());
        QVERIFY_RESULT(registry);
        m_registry = std::move(*registry);
        QVERIFY_RESULT(m_cluster.start());
        QVERIFY_RESULT(m_cluster.createLogin(m_owner, QStringLiteral("CREATEROLE")));
    }

    void cleanupTestCase() { m_cluster.stop(); }

    void sameFiguresAsTheLocalView()
    {
        DemoOptions options;
        options.employees = 90;
        options.professionals = 6;
        options.months = 8;
        options.seed = 12;
        auto store = setUpOrganisation(QStringLiteral("hub_org"), options);
        QVERIFY(store);
        QVERIFY(!addHrLogin(QStringLiteral("hub_org")).isEmpty());
        compareWithLocal(QStringLiteral("hub_org"), *store, 5);

        // Published months stay as published: raising k later changes nothing already shown, on both sides.
        auto owner = HubConnection::openFromEnvironment(m_cluster.environmentFor(m_owner, QStringLiteral("hub_org")));
        QVERIFY_RESULT(owner);
        QVERIFY_RESULT((*owner)->exec(QStringLiteral("INSERT INTO rapport.hub_settings VALUES "
                                                     "('hr.minimumGroupSize', '11.5', 0, 0)")));
        {
            auto hr = HubConnection::openFromEnvironment(
                m_cluster.environmentFor(hrLogin(QStringLiteral("hub_org")), QStringLiteral("hub_org")));
            QVERIFY_RESULT(hr);
            auto frozen = HubHrReport::load(**hr, *m_registry);
            QVERIFY_RESULT(frozen);
            QCOMPARE(frozen->minimumGroupSize, 5);
        }

        // A larger k from the hub's settings before the months are published hides more, exactly as locally.
        auto strict = setUpOrganisation(QStringLiteral("hub_org_k12"), options);
        QVERIFY(strict);
        QVERIFY(!addHrLogin(QStringLiteral("hub_org_k12")).isEmpty());
        auto strictOwner
            = HubConnection::openFromEnvironment(m_cluster.environmentFor(m_owner, QStringLiteral("hub_org_k12")));
        QVERIFY_RESULT(strictOwner);
        QVERIFY_RESULT((*strictOwner)
                           ->exec(QStringLiteral("INSERT INTO rapport.hub_settings VALUES "
                                                 "('hr.minimumGroupSize', '11.5', 0, 0)")));
        compareWithLocal(QStringLiteral("hub_org_k12"), *strict, 12);

        // The CLI prints the same JSON (apart from the moment the months were frozen).
        const auto run
            = runCli({QStringLiteral("view"), QStringLiteral("hr"), QStringLiteral("--hub"), QStringLiteral("--json")},
                     m_cluster.environmentFor(hrLogin(QStringLiteral("hub_org")), QStringLiteral("hub_org")));
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QJsonObject printed = QJsonDocument::fromJson(run.out.toUtf8()).object();
        QVERIFY(!printed.value(QStringLiteral("suppressed")).toBool(true));
        QVERIFY(printed.value(QStringLiteral("period")).isString());
        printed.remove(QStringLiteral("publishedAt"));
        QCOMPARE(printed, localReport(*store, 5));
        // The demo organisation exercises the rules: shown and suppressed teams, shown alliance dimensions.
        int shownTeams = 0;
        int hiddenTeams = 0;
        for (const QJsonValue& team : printed.value(QStringLiteral("teams")).toArray()) {
            ++(team.toObject().value(QStringLiteral("suppressed")).toBool() ? hiddenTeams : shownTeams);
        }
        QVERIFY(shownTeams > 0 && hiddenTeams > 0);
        QVERIFY(printed.value(QStringLiteral("alliance"))
                    .toObject()
                    .value(QStringLiteral("dimensions"))
                    .toObject()
                    .value(QStringLiteral("bond"))
                    .isDouble());

        // Only HR logins may ask: a client's or an admin's login may not.
        for (const QString& role : {QStringLiteral("client"), QStringLiteral("admin")}) {
            const QString login = addLogin(QStringLiteral("hub_org"), role, role + QStringLiteral("_login"));
            QVERIFY(!login.isEmpty());
            const auto refused = runCli({QStringLiteral("view"), QStringLiteral("hr"), QStringLiteral("--hub")},
                                        m_cluster.environmentFor(login, QStringLiteral("hub_org")));
            QCOMPARE(refused.exitCode, int(cli::ExitFailure));
            QVERIFY2(refused.err.contains(QStringLiteral("Only HR logins")), qPrintable(refused.err));
        }
    }

    /**
     * Parity on many organisations: small and large, few and many months, k 5 and 7, so that the overlap rule
     * (rule 9) and the rest decide the same on the hub as locally. RAPPORT_PARITY_ORGS raises the count.
     */
    void sameFiguresOnRandomOrganisations()
    {
        bool ok = false;
        const int count = std::max(1, qEnvironmentVariableIntValue("RAPPORT_PARITY_ORGS", &ok));
        const int organisations = ok ? count : 24;
        QRandomGenerator random(77);
        for (int i = 0; i < organisations; ++i) {
            DemoOptions options;
            options.employees = 5 + random.bounded(70);
            options.professionals = 1 + random.bounded(std::min(6, options.employees));
            options.months = 1 + random.bounded(7);
            options.seed = 1000 + static_cast<quint32>(i);
            // Answers up to some day of last month, so that the months the hub publishes hold them.
            const QDate today = QDateTime::currentDateTimeUtc().date();
            options.until = QDateTime(
                QDate(today.year(), today.month(), 1).addMonths(-1).addDays(random.bounded(28)), QTime(12, 0), Qt::UTC);
            const QString name = QStringLiteral("hub_random_%1").arg(i);
            auto store = setUpOrganisation(name, options);
            QVERIFY2(store, qPrintable(name));
            QVERIFY(!addHrLogin(name).isEmpty());
            const int k = i % 2 == 0 ? 5 : 7;
            if (k != 5) {
                auto owner = HubConnection::openFromEnvironment(m_cluster.environmentFor(m_owner, name));
                QVERIFY_RESULT(owner);
                QVERIFY_RESULT((*owner)->exec(QStringLiteral("INSERT INTO rapport.hub_settings VALUES "
                                                             "('hr.minimumGroupSize', '%1', 0, 0)")
                                                  .arg(k)));
            }
            compareWithLocal(name, *store, k);
            if (QTest::currentTestFailed()) {
                qWarning("organisation %d: %d employees, %d months, seed %u",
                         i,
                         options.employees,
                         options.months,
                         options.seed);
                return;
            }
        }
    }

    /**
     * The attacker of test_hr_attacker against the hub's own function: random organisations, loaded into a hub,
     * read through an HR login; no published combination may single anyone out, and the figures equal the local
     * ones. RAPPORT_ATTACKER_HUB_ORGS raises the count.
     */
    void attackerFindsNothingOnTheHub()
    {
        bool ok = false;
        const int count = qEnvironmentVariableIntValue("RAPPORT_ATTACKER_HUB_ORGS", &ok);
        const int organisations = ok && count > 0 ? count : 30;
        int published = 0;
        for (int i = 0; i < organisations; ++i) {
            // The organisation's answers end last month, as the hub's clock is the real one.
            const QDate today = QDateTime::currentDateTimeUtc().date();
            const int months = (today.year() - test::attacker::Now.date().year()) * 12 + today.month()
                - test::attacker::Now.date().month() - 1;
            const test::attacker::OrgSpec org = test::attacker::shiftedBy(
                test::attacker::randomOrganisation(static_cast<quint32>(5000 + i), 90), months);
            const QString name = QStringLiteral("hub_attacked_%1").arg(i);
            std::unique_ptr<Store> store;
            if (const auto disclosure = attackOnTheHub(name, org, &published, &store)) {
                // Shrunk on the hub itself: every candidate is loaded into a hub database of its own.
                int candidates = 0;
                const auto smallest = test::attacker::shrink(org, *disclosure, [&](const test::attacker::OrgSpec& c) {
                    return attackOnTheHub(QStringLiteral("%1_shrink_%2").arg(name).arg(++candidates), c);
                });
                QFAIL(qPrintable(
                    QStringLiteral("the hub's figures disclose: %1").arg(test::attacker::failureReport(smallest))));
            }
            compareWithLocal(name, *store, 5);
            if (QTest::currentTestFailed()) {
                qWarning("%s", qPrintable(test::attacker::describe(org)));
                return;
            }
        }
        QVERIFY(published > organisations / 2);
    }

    /** The hub's per-person summaries follow every insert, update, delete and person removal exactly. */
    void summariesFollowEveryChange()
    {
        DemoOptions options;
        options.employees = 60;
        options.professionals = 4;
        options.months = 6;
        options.seed = 31;
        auto store = setUpOrganisation(QStringLiteral("hub_changes"), options);
        QVERIFY(store);
        auto owner
            = HubConnection::openFromEnvironment(m_cluster.environmentFor(m_owner, QStringLiteral("hub_changes")));
        QVERIFY_RESULT(owner);
        HubConnection& hub = **owner;
        // People leave (their submissions go by cascade), answers are moved in time, rescored and deleted.
        QVERIFY_RESULT(hub.exec(QStringLiteral(
            "DELETE FROM rapport.people WHERE id IN (SELECT id FROM rapport.people WHERE role = 'client' "
            "ORDER BY id LIMIT 3)")));
        QVERIFY_RESULT(hub.exec(
            QStringLiteral("UPDATE rapport.submissions SET submitted_at = submitted_at - 40 * 86400000::bigint "
                           "WHERE id IN (SELECT id FROM rapport.submissions WHERE instrument_id = 'wellbeing-index' "
                           "ORDER BY id LIMIT 25)")));
        QVERIFY_RESULT(hub.exec(
            QStringLiteral("UPDATE rapport.submissions SET answers = '1,1,1,1,1', score = 20 "
                           "WHERE id IN (SELECT id FROM rapport.submissions WHERE instrument_id = 'wellbeing-index' "
                           "ORDER BY id DESC LIMIT 25)")));
        QVERIFY_RESULT(hub.exec(QStringLiteral(
            "UPDATE rapport.submissions SET answers = '2,2,2,2,2', score = 2 "
            "WHERE id IN (SELECT id FROM rapport.submissions WHERE instrument_id = 'professional-alliance' "
            "ORDER BY id DESC LIMIT 25)")));
        QVERIFY_RESULT(hub.exec(QStringLiteral(
            "DELETE FROM rapport.submissions WHERE id IN (SELECT id FROM rapport.submissions ORDER BY md5(id::text) "
            "LIMIT 40)")));
        // The summaries equal what a full scan gives now (to 9 significant digits).
        // Sums are compared with a relative tolerance: the same numbers added in another order differ in the last bits.
        const QString differences = QStringLiteral(R"sql(
            WITH f AS (SELECT instrument_id, person_id, min(submitted_at) AS ref FROM rapport.submissions GROUP BY 1, 2),
            scan AS (
                SELECT s.instrument_id, s.person_id, count(*) AS n,
                       sum((s.submitted_at - f.ref) / 86400000.0) AS sx,
                       sum(((s.submitted_at - f.ref) / 86400000.0) * ((s.submitted_at - f.ref) / 86400000.0)) AS sxx,
                       sum(s.score) AS sy,
                       sum(((s.submitted_at - f.ref) / 86400000.0) * s.score) AS sxy,
                       min(s.submitted_at) AS first_at, max(s.submitted_at) AS last_at,
                       (array_agg(s.score ORDER BY s.submitted_at DESC, s.score DESC))[1] AS latest
                FROM rapport.submissions s JOIN f USING (instrument_id, person_id) GROUP BY 1, 2),
            kept AS (
                -- The summaries' sums are about ref_at; shifted to the first submission they compare with the scan.
                SELECT instrument_id, person_id, n,
                       sum_x + n * (ref_at - first_at) / 86400000.0 AS sx,
                       sum_xx + 2 * sum_x * (ref_at - first_at) / 86400000.0
                           + n * ((ref_at - first_at) / 86400000.0) ^ 2 AS sxx,
                       sum_y AS sy,
                       sum_xy + sum_y * (ref_at - first_at) / 86400000.0 AS sxy,
                       first_at, last_at, latest_score AS latest
                FROM rapport.hr_person_stats),
            months AS (
                SELECT instrument_id, rapport.hr_month_of(submitted_at) AS month, count(DISTINCT person_id) AS people
                FROM rapport.submissions GROUP BY 1, 2)
            SELECT (SELECT count(*) FROM scan FULL JOIN kept USING (instrument_id, person_id)
                    WHERE scan.n IS DISTINCT FROM kept.n OR scan.first_at IS DISTINCT FROM kept.first_at
                       OR scan.last_at IS DISTINCT FROM kept.last_at OR scan.latest IS DISTINCT FROM kept.latest
                       OR abs(scan.sx - kept.sx) > 1e-6 * greatest(1, abs(scan.sx))
                       OR abs(scan.sxx - kept.sxx) > 1e-6 * greatest(1, abs(scan.sxx))
                       OR abs(scan.sy - kept.sy) > 1e-6 * greatest(1, abs(scan.sy))
                       OR abs(scan.sxy - kept.sxy) > 1e-6 * greatest(1, abs(scan.sxy)))
                 + (SELECT count(*) FROM months FULL JOIN rapport.hr_months hm USING (instrument_id, month)
                    WHERE months.people IS DISTINCT FROM hm.people)
                 + (SELECT count(*) FROM (
                        SELECT DISTINCT ON (person_id, professional_id, instrument_id)
                               person_id, professional_id, instrument_id, submitted_at, score, answers
                        FROM rapport.submissions WHERE professional_id IS NOT NULL
                        ORDER BY person_id, professional_id, instrument_id, submitted_at DESC, created_at DESC) AS latest
                    FULL JOIN rapport.hr_latest_by_professional lp USING (person_id, professional_id, instrument_id)
                    WHERE latest.submitted_at IS DISTINCT FROM lp.submitted_at OR latest.score IS DISTINCT FROM lp.score
                       OR latest.answers IS DISTINCT FROM lp.answers)
        )sql");
        auto counted = hub.exec(differences);
        QVERIFY_RESULT(counted);
        QVERIFY(counted->next());
        QCOMPARE(counted->value(0).toLongLong(), qint64(0));
        // And the report counts the participants that are left.
        QVERIFY(!addHrLogin(QStringLiteral("hub_changes")).isEmpty());
        auto hr = HubConnection::openFromEnvironment(
            m_cluster.environmentFor(hrLogin(QStringLiteral("hub_changes")), QStringLiteral("hub_changes")));
        QVERIFY_RESULT(hr);
        auto report = HubHrReport::load(**hr, *m_registry);
        QVERIFY_RESULT(report);
        // The published month is last month, from what is left of its answers.
        QCOMPARE(report->participants.value_or(-1), [&] {
            auto people = hub.exec(QStringLiteral(
                "SELECT count(DISTINCT s.person_id) FROM rapport.submissions s JOIN rapport.people p ON "
                "p.id = s.person_id AND p.role = 'client' WHERE s.instrument_id = 'wellbeing-index' "
                "AND rapport.hr_month_of(s.submitted_at) = to_char(date_trunc('month', now() AT TIME ZONE 'UTC') "
                "- interval '1 month', 'YYYY-MM')"));
            return people && people->next() ? people->value(0).toLongLong() : qint64(-2);
        }());
    }

    void belowKTheHubReturnsNothing()
    {
        DemoOptions options;
        options.employees = 4;
        options.professionals = 1;
        options.months = 3;
        options.seed = 3;
        auto store = setUpOrganisation(QStringLiteral("hub_small"), options);
        QVERIFY(store);
        QVERIFY(!addHrLogin(QStringLiteral("hub_small")).isEmpty());
        auto hr = HubConnection::openFromEnvironment(
            m_cluster.environmentFor(hrLogin(QStringLiteral("hub_small")), QStringLiteral("hub_small")));
        QVERIFY_RESULT(hr);
        auto figures = (*hr)->exec(QStringLiteral("SELECT rapport.hr_report()::text"));
        QVERIFY_RESULT(figures);
        QVERIFY(figures->next());
        const QJsonObject raw = QJsonDocument::fromJson(figures->value(0).toString().toUtf8()).object();
        for (const QString& key : raw.keys()) {
            QVERIFY2(
                (QStringList {QStringLiteral("k"), QStringLiteral("now"), QStringLiteral("snapshots")}).contains(key),
                qPrintable(key));
        }
        // Nothing about the organisation: only the latest month, gated; no count, no mean, no team, and no earlier
        // month, so not even since when it has answers.
        const QJsonArray snapshots = raw.value(QStringLiteral("snapshots")).toArray();
        QCOMPARE(snapshots.size(), 1);
        const QJsonObject latest = snapshots.first().toObject().value(QStringLiteral("figures")).toObject();
        QVERIFY(latest.value(QStringLiteral("suppressed")).toBool());
        for (const QString& key : latest.keys()) {
            const QJsonValue value = latest.value(key);
            if (key == QStringLiteral("k") || key == QStringLiteral("suppressed")
                || key == QStringLiteral("lowParticipation")) {
                continue;
            }
            const bool empty = value.isNull() || (value.isArray() && value.toArray().isEmpty())
                || (value.isArray()
                    && std::all_of(value.toArray().begin(),
                                   value.toArray().end(),
                                   [](const QJsonValueRef v) { return v.isNull(); }))
                || (value.isObject()
                    && std::all_of(value.toObject().begin(), value.toObject().end(), [](const QJsonValueRef v) {
                           return v.isNull();
                       }));
            QVERIFY2(empty, qPrintable(key));
        }
        compareWithLocal(QStringLiteral("hub_small"), *store, 5);
        // And HR still reads no table.
        QVERIFY_ERROR((*hr)->exec(QStringLiteral("SELECT count(*) FROM rapport.submissions")),
                      ErrorCode::PermissionDenied);
    }
};

QTEST_GUILESS_MAIN(TestHubHr)
#include "TestHubHr.moc"
