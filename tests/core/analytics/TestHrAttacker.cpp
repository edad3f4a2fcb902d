// An attacker in the test suite: random organisations go through the real store and HrAnalytics, and every figure
// the report publishes is read as a linear equation over the individual values it was computed from, exactly as an
// analyst with a spreadsheet would (sum = n × mean; a count = the sum of people's indicators). A person is disclosed
// when some combination of the published equations involves only them (an exact rank test modulo a large prime); a
// small group is disclosed when a combination of up to three published means touches 1 to k−1 people. On a
// disclosure the test shrinks the organisation (drops people, teams, months and submissions while it still
// discloses) and prints it as data and as code to paste into a test.
//
//   RAPPORT_ATTACKER_ORGS=N      how many organisations (default 400; CI keeps the default)
//   RAPPORT_ATTACKER_SEED=S      the first seed (default 1); organisation i uses seed S + i
//   RAPPORT_ATTACKER_PEOPLE=P    the most people in one organisation (default 150; the longer run goes to 300)
//
// A longer run (QTEST_FUNCTION_TIMEOUT lifts Qt Test's five-minute limit on one test function):
//   QTEST_FUNCTION_TIMEOUT=7200000 RAPPORT_ATTACKER_ORGS=5000 RAPPORT_ATTACKER_PEOPLE=300
//   build/dev/tests/core/analytics/test_hr_attacker

#include "HrAttacker.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

using namespace rapport;
using namespace rapport::test::attacker;

namespace {

int environmentNumber(const char* name, int fallback)
{
    bool ok = false;
    const int value = qEnvironmentVariableIntValue(name, &ok);
    return ok && value > 0 ? value : fallback;
}

} // namespace

class TestHrAttacker : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_directory.isValid());
        auto registry = InstrumentRegistry::builtIn();
        QVERIFY_RESULT(registry);
        m_registry = *registry;
    }

    /** The case from the HR anonymity issue: 6 × 56.7 − 5 × 64 gave the sixth person's 20. */
    void theWorkedExampleNoLongerDiscloses()
    {
        OrgSpec org;
        org.seed = 0;
        const QList<int> december {60, 64, 68, 72, 56};
        for (int i = 0; i < 5; ++i) {
            org.people.append(PersonSpec {-1,
                                          {{QDateTime(QDate(2026, 5, 10), QTime(9, 0), Qt::UTC), 80},
                                           {QDateTime(QDate(2026, 6, 10), QTime(9, 0), Qt::UTC), december.at(i)}},
                                          false});
        }
        org.people.append(PersonSpec {-1, {{QDateTime(QDate(2026, 5, 12), QTime(9, 0), Qt::UTC), 20}}, false});
        auto report = reportOf(org, path(), m_registry);
        QVERIFY_RESULT(report);
        QVERIFY(report->wellbeingMean);
        const auto june = std::find_if(report->monthly.cbegin(), report->monthly.cend(), [](const HrMonth& month) {
            return month.month == QDate(2026, 6, 1);
        });
        QVERIFY(june != report->monthly.cend());
        QVERIFY2(june->isSuppressed(), "the month whose people are all but one of the participants is withheld");
        const auto disclosure = attack(org, *report);
        QVERIFY2(!disclosure, disclosure ? qPrintable(disclosure->what) : "");
    }

    /** The attacker really finds what it should: the same figures without the overlap rule disclose. */
    void theAttackerFindsTheLeakWithoutTheRule()
    {
        OrgSpec org;
        const QList<int> december {60, 64, 68, 72, 56};
        for (int i = 0; i < 5; ++i) {
            org.people.append(PersonSpec {-1,
                                          {{QDateTime(QDate(2026, 5, 10), QTime(9, 0), Qt::UTC), 80},
                                           {QDateTime(QDate(2026, 6, 10), QTime(9, 0), Qt::UTC), december.at(i)}},
                                          false});
        }
        org.people.append(PersonSpec {-1, {{QDateTime(QDate(2026, 5, 12), QTime(9, 0), Qt::UTC), 20}}, false});
        auto report = reportOf(org, path(), m_registry);
        QVERIFY_RESULT(report);
        HrReport leaky = *report;
        for (HrMonth& month : leaky.monthly) {
            if (month.month == QDate(2026, 6, 1)) {
                month.people = 5;
                month.mean = 64;
            }
        }
        const auto disclosure = attack(org, leaky);
        QVERIFY(disclosure);
        QVERIFY2(disclosure->what.contains(QStringLiteral("person 5")), qPrintable(disclosure->what));
    }

    /** Shrinking keeps only what the disclosure needs: here three answers of 80 or more, one person each. */
    void shrinkingFindsTheSmallestCase()
    {
        const OrgSpec org = randomOrganisation(77, 150);
        const auto highAnswers = [](const OrgSpec& candidate) {
            int n = 0;
            for (const PersonSpec& person : candidate.people) {
                n += static_cast<int>(std::count_if(
                    person.answers.cbegin(), person.answers.cend(), [](const auto& a) { return a.second >= 80; }));
            }
            return n;
        };
        QVERIFY(highAnswers(org) > 10);
        int tried = 0;
        const auto attackOf = [&](const OrgSpec& candidate) -> std::optional<Disclosure> {
            ++tried;
            return highAnswers(candidate) >= 3 ? std::optional<Disclosure>(Disclosure {QStringLiteral("three high")})
                                               : std::nullopt;
        };
        const auto [smallest, disclosure] = shrink(org, Disclosure {QStringLiteral("three high")}, attackOf);
        QCOMPARE(disclosure.what, QStringLiteral("three high"));
        QCOMPARE(smallest.seed, org.seed);
        QVERIFY(smallest.teams.isEmpty());
        qsizetype answers = 0;
        for (const PersonSpec& person : smallest.people) {
            QVERIFY(!person.answers.isEmpty()); // a person without answers is not needed
            for (const auto& [when, score] : person.answers) {
                QVERIFY(score >= 80);
            }
            answers += person.answers.size();
        }
        QCOMPARE(answers, 3);
        // The printed case names the seed and every answer, as data and as code.
        const QString report = failureReport({smallest, disclosure});
        QVERIFY(report.contains(QStringLiteral("seed 77")));
        QVERIFY(report.contains(QStringLiteral("org.people.append(PersonSpec {")));
        QVERIFY(tried < 2000);
    }

    void randomOrganisationsDiscloseNothing()
    {
        const int organisations = environmentNumber("RAPPORT_ATTACKER_ORGS", 400);
        const int firstSeed = environmentNumber("RAPPORT_ATTACKER_SEED", 1);
        const int mostPeople = std::max(6, environmentNumber("RAPPORT_ATTACKER_PEOPLE", 150));
        int published = 0;
        for (int i = 0; i < organisations; ++i) {
            const OrgSpec org = randomOrganisation(static_cast<quint32>(firstSeed + i), mostPeople);
            auto report = reportOf(org, path(), m_registry);
            QVERIFY_RESULT(report);
            if (!report->suppressed) {
                ++published;
            }
            auto disclosure = attack(org, *report);
            if (!disclosure) {
                continue;
            }
            // Shrink (people, teams, months, submissions) while it still discloses, and print the smallest case.
            const auto attackOf = [&](const OrgSpec& candidate) -> std::optional<Disclosure> {
                auto candidateReport = reportOf(candidate, path(), m_registry);
                return candidateReport ? attack(candidate, *candidateReport) : std::nullopt;
            };
            QFAIL(qPrintable(failureReport(shrink(org, *disclosure, attackOf))));
        }
        qInfo("%d organisations, %d of them past the organisation gate: nothing disclosed", organisations, published);
        QVERIFY(published > organisations / 4); // the test would prove little if nearly everything were suppressed
    }

private:
    QString path() const { return QDir(m_directory.path()).filePath(QStringLiteral("attacker.rapport")); }

    QTemporaryDir m_directory;
    InstrumentRegistry m_registry;
};

QTEST_GUILESS_MAIN(TestHrAttacker)
#include "TestHrAttacker.moc"
