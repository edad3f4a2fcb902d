// Rule 10 of docs/hr-anonymity.md: HR figures are published per closed calendar month, each month computed once
// from its own answers and frozen. The tests open the report as HR would on many days (the store clock moves) and
// check that nothing published ever changes, that a late, back-dated answer or an erasure does not reopen a month,
// and that an attacker who keeps every snapshot HR could have seen learns nothing about 1 to k−1 people — while the
// same attacker, given the live figures of two days, finds the one person who answered in between.
//
//   RAPPORT_PUBLICATION_ORGS=N   how many random organisations the attacker reads (default 150)

#include "HrAttacker.h"
#include "analytics/HrPublication.h"
#include "analytics/HrReportJson.h"
#include "store/HrSnapshotRepository.h"

#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace rapport;
using namespace rapport::test::attacker;

namespace {

QDateTime at(int year, int month, int day, int hour = 12)
{
    return QDateTime(QDate(year, month, day), QTime(hour, 0), Qt::UTC);
}

/** A store whose clock the test moves, with the built-in instruments. */
class Organisation
{
public:
    explicit Organisation(const QString& path)
    {
        StoreOptions options;
        options.kdf = KdfParameters::minimal();
        options.clock = Clock([this] { return m_now; });
        auto created = Store::create(path, SecureBytes::fromUtf8(QStringLiteral("publication")), options);
        if (created) {
            m_store = std::move(*created);
        }
        auto registry = InstrumentRegistry::builtIn();
        if (registry) {
            m_registry = *registry;
        }
    }

    [[nodiscard]] bool isValid() const { return m_store != nullptr && !m_registry.isEmpty(); }
    Store& store() { return *m_store; }
    const InstrumentRegistry& registry() const { return m_registry; }
    void setNow(const QDateTime& now) { m_now = now; }

    QUuid client(const QString& name, const QString& team = QString())
    {
        auto person = m_store->people().add(name, Role::Client, team);
        return person ? person->id : QUuid();
    }

    bool answer(const QUuid& person, int score, const QDateTime& when)
    {
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
        return m_store->submissions().add(submission).has_value();
    }

    Result<HrReport> published() { return HrAnalytics::load(*m_store, m_registry); }
    Result<HrReport> live() { return HrAnalytics::loadLive(*m_store, m_registry); }

private:
    QDateTime m_now = at(2026, 11, 1);
    std::unique_ptr<Store> m_store;
    InstrumentRegistry m_registry;
};

/** The report HR saw while each published month was the latest: every snapshot counts as published. */
QList<HrReport> everySnapshotHrCouldHaveSeen(Store& store, const InstrumentRegistry& registry, int k)
{
    QList<HrReport> reports;
    auto snapshots = HrSnapshotRepository(store).all();
    if (!snapshots) {
        return reports;
    }
    const InstrumentDefinition* wellbeing = registry.find(InstrumentIds::Wellbeing);
    const InstrumentDefinition* alliance = registry.find(InstrumentIds::Alliance);
    for (qsizetype i = 0; i < snapshots->size(); ++i) {
        const QList<HrSnapshot> seen = snapshots->mid(0, i + 1);
        const QDateTime then = QDateTime(seen.constLast().month.addMonths(1), QTime(9, 0), Qt::UTC);
        reports << HrPublication::assemble(seen, then, k, *wellbeing, alliance);
    }
    return reports;
}

} // namespace

class TestHrPublication : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_stores = 0;
    QString nextPath() { return m_dir.filePath(QStringLiteral("org-%1.rapport").arg(++m_stores)); }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void nothingIsPublishedBeforeTheFirstMonthCloses()
    {
        Organisation org(nextPath());
        QVERIFY(org.isValid());
        org.setNow(at(2026, 11, 20));
        for (int i = 0; i < 8; ++i) {
            QVERIFY(org.answer(org.client(QStringLiteral("P%1").arg(i)), 40 + 4 * i, at(2026, 11, 2 + i)));
        }
        auto report = org.published();
        QVERIFY_RESULT(report);
        QVERIFY(report->suppressed);
        QVERIFY(!report->period.isValid());
        QVERIFY(!report->participants);
        QVERIFY(report->monthly.isEmpty());
        QCOMPARE(report->nextPublication, QDate(2026, 12, 1));
        const QJsonObject json = hrReportToJson(*report);
        QVERIFY(json.value(QStringLiteral("period")).isNull());
        QCOMPARE(json.value(QStringLiteral("nextPublication")).toString(), QStringLiteral("2026-12-01"));
        // The live rules would have shown the eight at once: that is what publication holds back.
        auto live = org.live();
        QVERIFY_RESULT(live);
        QCOMPARE(live->participants, std::optional<qint64>(8));
    }

    /** Monday and Tuesday: one person answers in between; the live mean would give their score away. */
    void mondayAndTuesdayShowTheSameFigures()
    {
        Organisation org(nextPath());
        QVERIFY(org.isValid());
        QList<QUuid> people;
        for (int i = 0; i < 20; ++i) {
            people << org.client(QStringLiteral("P%1").arg(i), i % 2 == 0 ? QStringLiteral("Ops") : QString());
            QVERIFY(org.answer(people.last(), 40 + 4 * (i % 10), at(2026, 11, 3 + i % 20)));
        }
        const QUuid late = org.client(QStringLiteral("Late"));
        org.setNow(at(2026, 12, 7, 9)); // Monday
        auto monday = org.published();
        QVERIFY_RESULT(monday);
        QCOMPARE(monday->period, QDate(2026, 11, 1));
        QCOMPARE(monday->participants, std::optional<qint64>(20));
        auto mondayLive = org.live();
        QVERIFY_RESULT(mondayLive);

        QVERIFY(org.answer(late, 92, at(2026, 12, 7, 15)));
        QVERIFY(org.answer(people.first(), 12, at(2026, 12, 7, 16)));
        org.setNow(at(2026, 12, 8, 9)); // Tuesday
        auto tuesday = org.published();
        QVERIFY_RESULT(tuesday);
        QCOMPARE(hrReportToJson(*tuesday), hrReportToJson(*monday));
        QCOMPARE(tuesday->publishedAt, monday->publishedAt);
        QCOMPARE(tuesday->nextPublication, QDate(2027, 1, 1));

        // What rule 10 stops: the live figures of the two days differ by exactly one person's answer.
        auto tuesdayLive = org.live();
        QVERIFY_RESULT(tuesdayLive);
        QCOMPARE(*tuesdayLive->participants, *mondayLive->participants + 1);
        const double difference = *tuesdayLive->participants * *tuesdayLive->wellbeingMean
            - *mondayLive->participants * *mondayLive->wellbeingMean;
        QVERIFY2(std::abs(difference - (92 + 12 - 40)) < 2.5, qPrintable(QString::number(difference)));
    }

    void aClosedMonthStaysAsPublished()
    {
        Organisation org(nextPath());
        QVERIFY(org.isValid());
        QList<QUuid> people;
        for (int i = 0; i < 12; ++i) {
            people << org.client(QStringLiteral("P%1").arg(i), i < 6 ? QStringLiteral("Ops") : QStringLiteral("Sales"));
            QVERIFY(org.answer(people.last(), 20 + 6 * i, at(2026, 10, 2 + i)));
            QVERIFY(org.answer(people.last(), 24 + 6 * i, at(2026, 11, 2 + i)));
        }
        org.setNow(at(2026, 12, 2));
        auto first = org.published();
        QVERIFY_RESULT(first);
        QCOMPARE(first->period, QDate(2026, 11, 1));
        QCOMPARE(first->monthly.size(), 2);
        const HrMonth october = first->monthly.first();
        QVERIFY(october.mean);
        const QJsonObject november = hrReportToJson(*first);

        // A late sync brings a back-dated answer for October and November; one person erases everything; a new
        // month closes.
        QVERIFY(org.answer(people.at(3), 100, at(2026, 10, 30)));
        QVERIFY(org.answer(org.client(QStringLiteral("New")), 0, at(2026, 11, 29)));
        QVERIFY_RESULT(org.store().people().erase(people.at(7)));
        for (int i = 0; i < 12; ++i) {
            if (i != 7) {
                QVERIFY(org.answer(people.at(i), 60, at(2026, 12, 3 + i)));
            }
        }
        org.setNow(at(2027, 1, 3));
        auto second = org.published();
        QVERIFY_RESULT(second);
        QCOMPARE(second->period, QDate(2026, 12, 1));
        QCOMPARE(second->participants, std::optional<qint64>(11));
        QCOMPARE(second->monthly.size(), 3);
        QCOMPARE(second->monthly.at(0).mean, october.mean);
        QCOMPARE(second->monthly.at(0).people, october.people);
        QCOMPARE(second->monthly.at(1).mean, first->wellbeingMean);
        QCOMPARE(second->monthly.at(1).people, first->participants);

        // November's full figures, as HR saw them on 2 December, are still exactly those.
        const QList<HrReport> seen = everySnapshotHrCouldHaveSeen(org.store(), org.registry(), 5);
        QCOMPARE(seen.size(), 3);
        QJsonObject again = hrReportToJson(seen.at(1));
        QJsonObject before = november;
        for (const char* key : {"nextPublication", "suppressedText"}) {
            again.remove(QLatin1String(key));
            before.remove(QLatin1String(key));
        }
        QCOMPARE(again, before);
    }

    void aMonthsFiguresStandOnItsOwnAnswers()
    {
        Organisation org(nextPath());
        QVERIFY(org.isValid());
        // The worked example: five answer 80 in November and 60, 64, 68, 72, 56 in December; a sixth
        // answers 20 in November only.
        const QList<int> december {60, 64, 68, 72, 56};
        for (int i = 0; i < 5; ++i) {
            const QUuid id = org.client(QStringLiteral("P%1").arg(i));
            QVERIFY(org.answer(id, 80, at(2026, 11, 5 + i)));
            QVERIFY(org.answer(id, december.at(i), at(2026, 12, 5 + i)));
        }
        QVERIFY(org.answer(org.client(QStringLiteral("Sixth")), 20, at(2026, 11, 20)));
        org.setNow(at(2027, 1, 2));
        auto report = org.published();
        QVERIFY_RESULT(report);
        QCOMPARE(report->period, QDate(2026, 12, 1));
        QCOMPARE(report->participants, std::optional<qint64>(5));
        QCOMPARE(report->wellbeingMean, std::optional<double>(64.0)); // December's own answers, not latest scores
        QCOMPARE(report->monthly.size(), 2);
        QCOMPARE(report->monthly.at(0).people, std::optional<qint64>(6));
        QCOMPARE(report->monthly.at(0).mean, std::optional<double>(70.0));
        // 6 × 70 − 5 × 64 = 100 is no one's score: November and December share no answers.
        OrgSpec spec;
        for (int i = 0; i < 5; ++i) {
            spec.people.append(
                PersonSpec {-1, {{at(2026, 11, 5 + i), 80}, {at(2026, 12, 5 + i), december.at(i)}}, false});
        }
        spec.people.append(PersonSpec {-1, {{at(2026, 11, 20), 20}}, false});
        const QList<HrReport> seen = everySnapshotHrCouldHaveSeen(org.store(), org.registry(), 5);
        const auto disclosure = attackPublished(spec, seen, *org.registry().find(InstrumentIds::Wellbeing), 5);
        QVERIFY2(!disclosure, disclosure ? qPrintable(disclosure->what) : "");
    }

    void theAttackerFindsTheLiveLeakAcrossTwoDays()
    {
        // The attacker's own check: the equations of two live reports a day apart, over everyone's latest score.
        QList<Equation> equations;
        Equation monday {QStringLiteral("Monday's organisation mean"), {}};
        Equation tuesday {QStringLiteral("Tuesday's organisation mean"), {}};
        for (int id = 0; id < 20; ++id) {
            monday.terms[{id, -1}] = 1;
            tuesday.terms[{id, -1}] = 1;
        }
        tuesday.terms[{20, -1}] = 1; // the one who answered in between
        equations << monday << tuesday;
        const auto found = attackEquations(equations, 5);
        QVERIFY(found);
        QVERIFY2(found->what.contains(QStringLiteral("person 20")), qPrintable(found->what));
    }

    /** The counts are equations too: a bracket count of 1 to k−1 people, shown or worked out, is found. */
    void theAttackerFindsASmallCount()
    {
        Organisation org(nextPath());
        QVERIFY(org.isValid());
        OrgSpec spec;
        // November: eight people, three of them Poor (12), five Good (80).
        for (int i = 0; i < 8; ++i) {
            const int score = i < 3 ? 12 : 80;
            QVERIFY(org.answer(org.client(QStringLiteral("P%1").arg(i)), score, at(2026, 11, 3 + i)));
            spec.people.append(PersonSpec {-1, {{at(2026, 11, 3 + i), score}}, false});
        }
        org.setNow(at(2026, 12, 2));
        QVERIFY_RESULT(org.published());
        const InstrumentDefinition& wellbeing = *org.registry().find(InstrumentIds::Wellbeing);
        QList<HrReport> seen = everySnapshotHrCouldHaveSeen(org.store(), org.registry(), 5);
        QCOMPARE(seen.size(), 1);
        QVERIFY2(!seen.first().distribution.first().people, "three Poor are fewer than k");
        QVERIFY(!seen.first().distribution.last().people); // and Good is hidden as their cover
        QVERIFY(!attackPublished(spec, seen, wellbeing, 5));

        // Shown with only the Poor hidden, the Good count gives the three away: participants − Good = 3.
        HrReport leaky = seen.first();
        leaky.distribution.last().people = 5;
        auto found = attackPublished(spec, {leaky}, wellbeing, 5);
        QVERIFY(found);
        QVERIFY2(found->what.contains(QStringLiteral("participants"))
                     && found->what.contains(QStringLiteral("3 people")),
                 qPrintable(found->what));
        // Shown outright, the small count is found on its own.
        leaky.distribution.first().people = 3;
        found = attackPublished(spec, {leaky}, wellbeing, 5);
        QVERIFY(found);
        QVERIFY2(found->what.contains(QStringLiteral("bracket poor counts 3 people")), qPrintable(found->what));
        // A figure the model would compute differently is a failure of its own, not a silent pass.
        leaky = seen.first();
        leaky.participants = 9;
        found = attackPublished(spec, {leaky}, wellbeing, 5);
        QVERIFY(found);
        QVERIFY2(found->what.contains(QStringLiteral("participants: published 9, the model says 8")),
                 qPrintable(found->what));
    }

    /** The trend counts: a direction of 1 to k−1 people worked out from the others is found. */
    void theAttackerFindsASmallTrendCount()
    {
        Organisation org(nextPath());
        QVERIFY(org.isValid());
        OrgSpec spec;
        // Ten people answer in October and November: six improve by 40, two decline by 40, two stay.
        for (int i = 0; i < 10; ++i) {
            const int before = 40;
            const int after = i < 6 ? 80 : i < 8 ? 0 : 40;
            const QUuid id = org.client(QStringLiteral("P%1").arg(i));
            QVERIFY(org.answer(id, before, at(2026, 10, 3 + i)));
            QVERIFY(org.answer(id, after, at(2026, 11, 3 + i)));
            spec.people.append(PersonSpec {-1, {{at(2026, 10, 3 + i), before}, {at(2026, 11, 3 + i), after}}, false});
        }
        org.setNow(at(2026, 12, 2));
        QVERIFY_RESULT(org.published());
        const InstrumentDefinition& wellbeing = *org.registry().find(InstrumentIds::Wellbeing);
        const QList<HrReport> seen = everySnapshotHrCouldHaveSeen(org.store(), org.registry(), 5);
        QCOMPARE(seen.size(), 2);
        const HrReport& november = seen.last();
        QCOMPARE(november.trends.people, std::optional<qint64>(10));
        QVERIFY(!attackPublished(spec, seen, wellbeing, 5));
        HrReport leaky = november;
        leaky.trends.improving = 6; // shown beside the trend total, it leaves 4 stable or declining
        leaky.trends.stable.reset();
        leaky.trends.declining.reset();
        const auto found = attackPublished(spec, {seen.first(), leaky}, wellbeing, 5);
        QVERIFY(found);
        QVERIFY2(found->what.contains(QStringLiteral("trends n")) && found->what.contains(QStringLiteral("4 people")),
                 qPrintable(found->what));
    }

    /**
     * Rule 10's attacker on random organisations: every snapshot HR could have seen, its means and its counts. On a
     * disclosure the organisation is shrunk and printed as a case.
     *
     *   RAPPORT_PUBLICATION_ORGS=N     how many organisations (default 150; CI keeps the default)
     *   RAPPORT_PUBLICATION_SEED=S     the first seed (default 9001); organisation i uses seed S + i
     *   RAPPORT_PUBLICATION_PEOPLE=P   the most people in one organisation (default 120; the longer run goes to 300)
     */
    void randomOrganisationsOverTimeDiscloseNothing()
    {
        const auto number = [](const char* name, int fallback) {
            bool ok = false;
            const int value = qEnvironmentVariableIntValue(name, &ok);
            return ok && value > 0 ? value : fallback;
        };
        const int count = number("RAPPORT_PUBLICATION_ORGS", 150);
        const int firstSeed = number("RAPPORT_PUBLICATION_SEED", 9001);
        const int mostPeople = std::max(6, number("RAPPORT_PUBLICATION_PEOPLE", 120));
        auto registry = InstrumentRegistry::builtIn();
        QVERIFY_RESULT(registry);
        const InstrumentDefinition& wellbeing = *registry->find(InstrumentIds::Wellbeing);
        int published = 0;
        const auto attackOf = [&](const OrgSpec& org) -> std::optional<Disclosure> {
            auto store = storeOf(org, m_dir.filePath(QStringLiteral("random.rapport")), *registry);
            if (!store) {
                return Disclosure {QStringLiteral("the store could not be filled: ") + store.error().message};
            }
            auto report = HrAnalytics::load(**store, *registry);
            if (!report) {
                return Disclosure {QStringLiteral("the report failed: ") + report.error().message};
            }
            const QList<HrReport> seen = everySnapshotHrCouldHaveSeen(**store, *registry, report->minimumGroupSize);
            for (const HrReport& snapshot : seen) {
                published += snapshot.suppressed ? 0 : 1;
            }
            return attackPublished(org, seen, wellbeing, report->minimumGroupSize);
        };
        for (int i = 0; i < count; ++i) {
            const OrgSpec org = randomOrganisation(static_cast<quint32>(firstSeed + i), mostPeople);
            if (const auto disclosure = attackOf(org)) {
                QFAIL(qPrintable(failureReport(shrink(org, *disclosure, attackOf))));
            }
        }
        QVERIFY2(published > count / 2, qPrintable(QString::number(published))); // the attacker had figures to read
    }
};

QTEST_MAIN(TestHrPublication)
#include "TestHrPublication.moc"
