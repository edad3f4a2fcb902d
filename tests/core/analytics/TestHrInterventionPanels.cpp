// Rule 11 of docs/hr-anonymity.md: the before/after panels of interventions. Windows of whole closed months, figures
// built from the published months only, change counts computed once when the after-window is published and frozen,
// the counts' own suppression and the overlap rule between panels over the same windows — and an attacker who reads
// every published count as a linear equation over each person's way of change.
//
//   RAPPORT_INTERVENTION_ORGS=N   how many random organisations the attacker reads (default 120)

#include "HrAttacker.h"
#include "analytics/HrInterventionPanels.h"
#include "analytics/HrPublication.h"
#include "services/Interventions.h"
#include "store/HrSnapshotRepository.h"
#include "store/SettingsRepository.h"

#include <QTemporaryDir>
#include <QTest>

using namespace rapport;
using namespace rapport::test::attacker;
using Cell = HrInterventionRules::ChangeCell;

namespace {

QDateTime at(int year, int month, int day, int hour = 12)
{
    return QDateTime(QDate(year, month, day), QTime(hour, 0), Qt::UTC);
}

/** Each person's mean over their answers in the months [from, to], or nothing. */
std::optional<double> windowMean(const PersonSpec& person, const QDate& from, const QDate& to)
{
    double sum = 0;
    int n = 0;
    for (const auto& [when, score] : person.answers) {
        const QDate month(when.date().year(), when.date().month(), 1);
        if (month >= from && month <= to) {
            sum += score;
            ++n;
        }
    }
    return n > 0 ? std::optional<double>(sum / n) : std::nullopt;
}

/** Who answered in both windows (not erased, in the scope), and the way each changed (1, 0, −1). */
std::map<int, int> cohortOf(const OrgSpec& org, const HrInterventionWindows& windows, const QStringList& teams)
{
    std::map<int, int> cohort;
    for (qsizetype i = 0; i < org.people.size(); ++i) {
        const PersonSpec& person = org.people.at(i);
        if (person.erased) {
            continue;
        }
        const QString team = person.team >= 0 ? org.teams.at(person.team) : QString();
        if (!teams.isEmpty() && !teams.contains(team)) {
            continue;
        }
        const auto before = windowMean(person, windows.beforeFrom, windows.beforeTo);
        const auto after = windowMean(person, windows.afterFrom, windows.afterTo);
        if (before && after) {
            const double change = *after - *before;
            cohort[static_cast<int>(i)] = change >= 10 - 1e-9 ? 1 : change <= -10 + 1e-9 ? -1 : 0;
        }
    }
    return cohort;
}

/** The equations of every complete panel's published counts: unknowns are each person's way under each windows. */
QList<Equation> panelEquations(const OrgSpec& org, const QList<HrInterventionPanel>& panels)
{
    QList<Equation> equations;
    QStringList windowKeys;
    for (const HrInterventionPanel& panel : panels) {
        if (!panel.complete || !panel.changes.people) {
            continue;
        }
        if (!windowKeys.contains(panel.windows.key())) {
            windowKeys.append(panel.windows.key());
        }
        const int w = static_cast<int>(windowKeys.indexOf(panel.windows.key()));
        const auto cohort = cohortOf(org, panel.windows, panel.intervention.teams);
        const std::optional<qint64>* const counts[]
            = {&panel.changes.improved, &panel.changes.stable, &panel.changes.declined};
        Equation total {QStringLiteral("%1 %2 n").arg(panel.windows.key(), panel.intervention.teams.join(u'+')), {}};
        for (int way = 0; way < 3; ++way) {
            Equation row {
                QStringLiteral("%1 %2 way %3").arg(panel.windows.key(), panel.intervention.teams.join(u'+')).arg(way),
                {}};
            for (const auto& [id, direction] : cohort) {
                total.terms[{id, 3 * w + way}] = 1;
                row.terms[{id, 3 * w + way}] = 1;
            }
            if (counts[way]->has_value()) {
                equations << row;
            }
        }
        equations << total;
    }
    return equations;
}

} // namespace

class TestHrInterventionPanels : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_stores = 0;
    QString nextPath() { return m_dir.filePath(QStringLiteral("org-%1.rapport").arg(++m_stores)); }

private Q_SLOTS:
    void windowsAreWholeMonths_data()
    {
        QTest::addColumn<QDate>("start");
        QTest::addColumn<int>("before");
        QTest::addColumn<int>("lag");
        QTest::addColumn<int>("after");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QDate>("available");
        QTest::newRow("defaults") << QDate(2026, 3, 2) << 8 << 2 << 8
                                  << QStringLiteral("2026-01..2026-02|2026-04..2026-05") << QDate(2026, 6, 1);
        QTest::newRow("start on the first") << QDate(2026, 3, 1) << 8 << 2 << 8
                                            << QStringLiteral("2026-01..2026-02|2026-04..2026-05") << QDate(2026, 6, 1);
        QTest::newRow("lag into a month start")
            << QDate(2026, 2, 15) << 8 << 2 << 8 << QStringLiteral("2025-12..2026-01|2026-03..2026-04")
            << QDate(2026, 5, 1);
        QTest::newRow("no lag, four weeks") << QDate(2026, 3, 1) << 4 << 0 << 4
                                            << QStringLiteral("2026-02..2026-02|2026-03..2026-03") << QDate(2026, 4, 1);
        QTest::newRow("a quarter") << QDate(2026, 12, 10) << 13 << 2 << 13
                                   << QStringLiteral("2026-09..2026-11|2027-01..2027-03") << QDate(2027, 4, 1);
    }

    void windowsAreWholeMonths()
    {
        QFETCH(QDate, start);
        QFETCH(int, before);
        QFETCH(int, lag);
        QFETCH(int, after);
        QFETCH(QString, key);
        QFETCH(QDate, available);
        const HrInterventionWindows windows = HrInterventionWindowSettings {before, lag, after}.windowsFor(start);
        QCOMPARE(windows.key(), key);
        QCOMPARE(windows.availableFrom(), available);
        QCOMPARE(HrInterventionWindowSettings::monthsFor(0), 1);
        QCOMPARE(HrInterventionWindowSettings::monthsFor(500), HrInterventionWindowSettings::MaxMonths);
    }

    void changeCountsFollowRules2To5_data()
    {
        QTest::addColumn<QList<qint64>>("ways"); // improved, stable, declined
        QTest::addColumn<QList<qint64>>("shown"); // −1: withheld
        QTest::newRow("too few") << QList<qint64> {2, 1, 1} << QList<qint64> {-1, -1, -1, -1};
        QTest::newRow("all shown") << QList<qint64> {6, 9, 5} << QList<qint64> {20, 6, 9, 5};
        QTest::newRow("one small, cover") << QList<qint64> {6, 9, 3} << QList<qint64> {18, -1, 9, -1};
        QTest::newRow("zero needs cover") << QList<qint64> {10, 8, 0} << QList<qint64> {18, 10, -1, -1};
        QTest::newRow("everyone one way") << QList<qint64> {0, 12, 0} << QList<qint64> {12, -1, -1, -1};
        QTest::newRow("tie in display order") << QList<qint64> {7, 7, 2} << QList<qint64> {16, -1, 7, -1};
    }

    /** The ways of change are a partition of the cohort: fewer than k hidden, with cover; one-way hides all. */
    void changeCountsFollowRules2To5()
    {
        QFETCH(QList<qint64>, ways);
        QFETCH(QList<qint64>, shown);
        const HrInterventionChanges changes
            = HrInterventionRules::changesFor({Cell {QString(), ways[0], ways[1], ways[2]}}, {}, 5);
        const std::optional<qint64> figures[] = {changes.people, changes.improved, changes.stable, changes.declined};
        for (int i = 0; i < 4; ++i) {
            QCOMPARE(figures[i].value_or(-1), shown.at(i));
        }
    }

    /** Cohorts over the same windows may not differ by 1 to k−1 people, in any combination. */
    void overlapBetweenPanels()
    {
        const QList<Cell> cells {
            {QStringLiteral("A"), 4, 4, 2}, {QStringLiteral("B"), 1, 1, 1}, {QStringLiteral("C"), 5, 5, 2}};
        const QStringList a {QStringLiteral("A")};
        const QStringList ab {QStringLiteral("A"), QStringLiteral("B")};
        const QStringList ac {QStringLiteral("A"), QStringLiteral("C")};
        QVERIFY(!HrInterventionRules::overlapDiscloses({}, ac, cells, 5));
        QVERIFY(HrInterventionRules::overlapDiscloses({{}}, ac, cells, 5)); // organisation − (A, C) = B: 3 people
        QVERIFY(!HrInterventionRules::overlapDiscloses({{}}, a, cells, 5)); // organisation − A = 15 people
        QVERIFY(HrInterventionRules::overlapDiscloses({{}, ab}, a, cells, 5)); // (A, B) − A = B
        QVERIFY(HrInterventionRules::overlapDiscloses(
            {ab},
            ac,
            {{QStringLiteral("A"), 4, 4, 2}, {QStringLiteral("B"), 1, 1, 1}, {QStringLiteral("C"), 1, 0, 0}},
            5)); // (A, B) − (A, C) touches B and C only: 3 + 1 people
        QVERIFY(!HrInterventionRules::overlapDiscloses(
            {ab},
            ac,
            {{QStringLiteral("A"), 4, 4, 2}, {QStringLiteral("B"), 2, 2, 1}, {QStringLiteral("C"), 2, 2, 1}},
            5)); // differences of B and C, 5 people each
    }

    /**
     * End to end through the store: a pending panel says when it is due and shows only the published before-window;
     * once the after-window is published the counts are computed, and they stay frozen through a late answer, an
     * erasure and removing and recording the intervention again. A small team follows team suppression.
     */
    void panelsArePublishedOnceAndFrozen()
    {
        auto registry = InstrumentRegistry::builtIn();
        QVERIFY_RESULT(registry);
        QDateTime now = at(2026, 3, 20);
        StoreOptions options;
        options.kdf = KdfParameters::minimal();
        options.clock = Clock([&now] { return now; });
        auto created = Store::create(nextPath(), SecureBytes::fromUtf8(QStringLiteral("panels")), options);
        QVERIFY_RESULT(created);
        Store& store = **created;
        auto hr = store.people().add(QStringLiteral("HR"), Role::Hr);
        QVERIFY_RESULT(hr);
        const auto answer = [&](const QUuid& person, int score, const QDateTime& when) {
            Submission submission;
            submission.personId = person;
            submission.instrumentId = InstrumentIds::Wellbeing;
            int remaining = score / 4;
            for (int item = 0; item < 5; ++item) {
                submission.answers.append(std::min(5, remaining));
                remaining -= std::min(5, remaining);
            }
            submission.score = score;
            submission.submittedAt = when;
            return store.submissions().add(submission).has_value();
        };
        // Twelve people in Ops answer in January and February at 40, and in April and May: eight at 60 (improved),
        // four at 44 (stable). Three people in Legal answer throughout.
        QList<QUuid> ops;
        QList<QUuid> legal;
        for (int i = 0; i < 12; ++i) {
            auto person = store.people().add(QStringLiteral("Ops %1").arg(i), Role::Client, QStringLiteral("Ops"));
            QVERIFY_RESULT(person);
            ops << person->id;
        }
        for (int i = 0; i < 3; ++i) {
            auto person = store.people().add(QStringLiteral("Legal %1").arg(i), Role::Client, QStringLiteral("Legal"));
            QVERIFY_RESULT(person);
            legal << person->id;
        }
        for (int i = 0; i < 12; ++i) {
            QVERIFY(answer(ops[i], 40, at(2026, 1, 10)));
            QVERIFY(answer(ops[i], 40, at(2026, 2, 10)));
        }
        for (const QUuid& id : std::as_const(legal)) {
            QVERIFY(answer(id, 52, at(2026, 1, 12)));
            QVERIFY(answer(id, 52, at(2026, 2, 12)));
        }
        Interventions interventions(store);
        InterventionDraft draft {
            QStringLiteral("Check-ins"), Intervention::Kind::ManagerCheckIns, QDate(2026, 3, 2), std::nullopt, {}};
        QVERIFY_RESULT(interventions.add(hr->id, draft));
        InterventionDraft legalDraft = draft;
        legalDraft.teams = {QStringLiteral("Legal")};
        QVERIFY_RESULT(interventions.add(hr->id, legalDraft));

        auto pending = HrInterventionPanels::load(store, *registry);
        QVERIFY_RESULT(pending);
        QCOMPARE(pending->size(), 2);
        const HrInterventionPanel& organisation
            = pending->at(0).intervention.teams.isEmpty() ? pending->at(0) : pending->at(1);
        QVERIFY(!organisation.complete);
        QCOMPARE(organisation.windows.availableFrom(), QDate(2026, 6, 1));
        QCOMPARE(organisation.before.wellbeingMean.value_or(-1), 42.4); // (12 × 40 + 3 × 52) / 15
        QCOMPARE(organisation.before.participantsPerMonth.value_or(-1), 15.0);
        QVERIFY(!organisation.after.wellbeingMean);
        QVERIFY(!organisation.changes.people);
        const HrInterventionPanel& small
            = pending->at(0).intervention.teams.isEmpty() ? pending->at(1) : pending->at(0);
        QVERIFY(!small.before.wellbeingMean); // Legal's rows are withheld: three people

        for (int i = 0; i < 12; ++i) {
            QVERIFY(answer(ops[i], i < 8 ? 60 : 44, at(2026, 4, 8)));
            QVERIFY(answer(ops[i], i < 8 ? 60 : 44, at(2026, 5, 8)));
        }
        for (const QUuid& id : std::as_const(legal)) {
            QVERIFY(answer(id, 52, at(2026, 4, 9)));
            QVERIFY(answer(id, 52, at(2026, 5, 9)));
        }
        now = at(2026, 6, 2);
        auto complete = HrInterventionPanels::load(store, *registry);
        QVERIFY_RESULT(complete);
        const auto findOrganisation = [](const QList<HrInterventionPanel>& panels) {
            return *std::find_if(panels.cbegin(), panels.cend(), [](const HrInterventionPanel& panel) {
                return panel.intervention.isOrganisationWide();
            });
        };
        const HrInterventionPanel done = findOrganisation(*complete);
        QVERIFY(done.complete);
        QCOMPARE(done.after.wellbeingMean.value_or(-1), 54.1); // (8 × 60 + 4 × 44 + 3 × 52) / 15
        QCOMPARE(done.changes.people.value_or(-1), 15);
        QCOMPARE(done.changes.improved.value_or(-1), 8);
        // Stable (4 in Ops, 3 in Legal) is 7, but declined is 0: withheld, and stable, the smallest shown, as its
        // cover.
        QVERIFY(!done.changes.stable);
        QVERIFY(!done.changes.declined);
        QVERIFY(!done.participationShift);
        const HrInterventionPanel legalDone
            = *std::find_if(complete->cbegin(), complete->cend(), [](const HrInterventionPanel& p) {
                  return !p.intervention.teams.isEmpty();
              });
        QVERIFY(legalDone.complete);
        QVERIFY(!legalDone.changes.people); // three people: withheld
        QVERIFY(!legalDone.after.wellbeingMean);

        // Frozen: a back-dated answer, an erasure, and recording the intervention again change nothing HR sees.
        QVERIFY(answer(ops[0], 0, at(2026, 5, 20)));
        QVERIFY_RESULT(store.people().erase(ops[1]));
        auto listed = interventions.list();
        QVERIFY_RESULT(listed);
        for (const Intervention& intervention : std::as_const(*listed)) {
            QVERIFY_RESULT(interventions.remove(hr->id, intervention.id));
        }
        QVERIFY_RESULT(interventions.add(hr->id, draft));
        now = at(2026, 7, 3);
        auto later = HrInterventionPanels::load(store, *registry);
        QVERIFY_RESULT(later);
        QCOMPARE(later->size(), 1);
        const HrInterventionPanel again = later->first();
        QCOMPARE(again.changes.people, done.changes.people);
        QCOMPARE(again.changes.improved, done.changes.improved);
        QCOMPARE(again.after.wellbeingMean, done.after.wellbeingMean);
        QCOMPARE(again.before.wellbeingMean, done.before.wellbeingMean);
    }

    /**
     * The attacker: random organisations (HrAttacker.h) with random interventions of random scopes, several over the
     * same windows; every complete panel's shown counts (and cohort sizes) become equations over each person's way
     * of change. Nothing may disclose a person or a group of 1 to k−1. The counts must also be the true ones. And
     * the attacker works: without the overlap rule it finds the cohort difference of a crafted organisation.
     */
    void attackerLearnsNothingFromThePanels()
    {
        auto registry = InstrumentRegistry::builtIn();
        QVERIFY_RESULT(registry);
        const int organisations = qEnvironmentVariableIntValue("RAPPORT_INTERVENTION_ORGS") > 0
            ? qEnvironmentVariableIntValue("RAPPORT_INTERVENTION_ORGS")
            : 120;
        int checkedPanels = 0;
        for (int n = 0; n < organisations; ++n) {
            const quint32 seed = 9000 + static_cast<quint32>(n);
            const OrgSpec org = randomOrganisation(seed, 90);
            const QString path = nextPath();
            auto store = storeOf(org, path, *registry);
            QVERIFY_RESULT(store);
            QRandomGenerator random(seed);
            const int weeks = 4 * (1 + random.bounded(2)); // one or two months
            QVERIFY_RESULT((*store)->settings().setValue(HrInterventionWindowSettings::WeeksBeforeSetting,
                                                         QString::number(weeks)));
            QVERIFY_RESULT(
                (*store)->settings().setValue(HrInterventionWindowSettings::WeeksAfterSetting, QString::number(weeks)));
            QVERIFY_RESULT((*store)->settings().setValue(HrInterventionWindowSettings::LagWeeksSetting,
                                                         QString::number(random.bounded(3))));
            auto hr = (*store)->people().add(QStringLiteral("HR"), Role::Hr);
            QVERIFY_RESULT(hr);
            Interventions interventions(**store);
            QStringList present;
            for (const PersonSpec& person : org.people) {
                if (!person.erased && person.team >= 0 && !present.contains(org.teams.at(person.team))) {
                    present << org.teams.at(person.team);
                }
            }
            const int count = 1 + random.bounded(6);
            for (int i = 0; i < count; ++i) {
                InterventionDraft draft;
                draft.title = QStringLiteral("Intervention %1").arg(i);
                draft.start = Now.date().addMonths(-1 - random.bounded(4));
                draft.start = QDate(draft.start.year(), draft.start.month(), 1 + random.bounded(3));
                if (!present.isEmpty() && random.bounded(2) == 0) {
                    const int teams = 1 + random.bounded(std::min<int>(3, static_cast<int>(present.size())));
                    for (int t = 0; t < teams; ++t) {
                        draft.teams << present.at(random.bounded(static_cast<int>(present.size())));
                    }
                }
                QVERIFY_RESULT(interventions.add(hr->id, draft));
            }
            auto panels = HrInterventionPanels::load(**store, *registry);
            QVERIFY_RESULT(panels);
            auto k = HrAnalytics::minimumGroupSize(**store);
            QVERIFY_RESULT(k);
            for (const HrInterventionPanel& panel : std::as_const(*panels)) {
                if (!panel.complete || !panel.changes.people) {
                    continue;
                }
                ++checkedPanels;
                const auto cohort = cohortOf(org, panel.windows, panel.intervention.teams);
                QCOMPARE(*panel.changes.people, static_cast<qint64>(cohort.size()));
                qint64 truth[3] = {0, 0, 0};
                for (const auto& [id, way] : cohort) {
                    ++truth[way == 1 ? 0 : way == 0 ? 1 : 2];
                }
                QCOMPARE(panel.changes.improved.value_or(truth[0]), truth[0]);
                QCOMPARE(panel.changes.stable.value_or(truth[1]), truth[1]);
                QCOMPARE(panel.changes.declined.value_or(truth[2]), truth[2]);
            }
            if (auto disclosed = attackEquations(panelEquations(org, *panels), *k)) {
                QFAIL(qPrintable(QStringLiteral("%1\n%2").arg(disclosed->what, describe(org))));
            }
            store->reset();
            QFile::remove(path);
        }
        QVERIFY2(checkedPanels >= organisations / 10, qPrintable(QString::number(checkedPanels)));

        // The attacker works: organisation-wide and team A's counts over the same windows, were both shown, differ
        // by team B's three people.
        OrgSpec crafted;
        crafted.teams = {QStringLiteral("A"), QStringLiteral("B")};
        for (int i = 0; i < 13; ++i) {
            PersonSpec person;
            person.team = i < 10 ? 0 : 1;
            person.answers = {{at(2026, 2, 10), 40}, {at(2026, 4, 10), i % 2 == 0 ? 60 : 44}};
            crafted.people << person;
        }
        HrInterventionPanel organisation;
        organisation.complete = true;
        organisation.windows = HrInterventionWindowSettings {4, 0, 4}.windowsFor(QDate(2026, 3, 1));
        organisation.windows.afterFrom = organisation.windows.afterTo = QDate(2026, 4, 1);
        HrInterventionPanel teamA = organisation;
        teamA.intervention.teams = {QStringLiteral("A")};
        const QList<Cell> cells {{QStringLiteral("A"), 5, 5, 0}, {QStringLiteral("B"), 2, 1, 0}};
        organisation.changes = HrInterventionRules::changesFor(cells, {}, 5);
        teamA.changes = HrInterventionRules::changesFor(cells, {QStringLiteral("A")}, 5);
        QVERIFY(organisation.changes.people && teamA.changes.people);
        QVERIFY(attackEquations(panelEquations(crafted, {organisation, teamA}), 5).has_value());
        QVERIFY(HrInterventionRules::overlapDiscloses({{}}, {QStringLiteral("A")}, cells, 5));
    }
};

QTEST_GUILESS_MAIN(TestHrInterventionPanels)
#include "TestHrInterventionPanels.moc"
