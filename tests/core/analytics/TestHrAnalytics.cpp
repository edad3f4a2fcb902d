#include "ResultTesting.h"
#include "analytics/HrAnalytics.h"
#include "analytics/HrReportJson.h"
#include "cli/CliApplication.h"
#include "crypto/KeyDerivation.h"
#include "crypto/SecureBytes.h"
#include "demo/DemoGenerator.h"
#include "instruments/InstrumentIds.h"
#include "instruments/InstrumentRegistry.h"
#include "instruments/Scoring.h"
#include "instruments/Trend.h"
#include "store/ConnectionRepository.h"
#include "store/Database.h"
#include "store/HrAggregatesRepository.h"
#include "store/PersonRepository.h"
#include "store/SettingsRepository.h"
#include "store/Store.h"
#include "store/StoreTesting.h"
#include "store/SubmissionRepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <limits>
#include <memory>
#include <tuple>

using namespace rapport;

namespace {

const QDateTime FixedNow(QDate(2026, 3, 15), QTime(12, 0), Qt::UTC);
const QString Passphrase = QStringLiteral("hr secret");

QDateTime at(int year, int month, int day, int hour = 12)
{
    return QDateTime(QDate(year, month, day), QTime(hour, 0), Qt::UTC);
}

/** Wellbeing Index answers (0–5 each, five items) that add up to score / 4. */
QList<int> wellbeingAnswers(int score)
{
    int remaining = score / 4;
    QList<int> answers;
    for (int i = 0; i < 5; ++i) {
        const int answer = std::min(5, remaining);
        answers.append(answer);
        remaining -= answer;
    }
    return answers;
}

/** Every string in a JSON value: keys and string values, recursively. */
void collectStrings(const QJsonValue& value, QStringList& strings)
{
    if (value.isString()) {
        strings.append(value.toString());
    } else if (value.isArray()) {
        for (const QJsonValue& item : value.toArray()) {
            collectStrings(item, strings);
        }
    } else if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            strings.append(it.key());
            collectStrings(it.value(), strings);
        }
    }
}

/** Every number in a JSON value, recursively (keys in `skip` left out). */
void collectNumbers(const QJsonValue& value, QList<double>& numbers, const QStringList& skip)
{
    if (value.isDouble()) {
        numbers.append(value.toDouble());
    } else if (value.isArray()) {
        for (const QJsonValue& item : value.toArray()) {
            collectNumbers(item, numbers, skip);
        }
    } else if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (!skip.contains(it.key())) {
                collectNumbers(it.value(), numbers, skip);
            }
        }
    }
}

/** A real store with a fixed clock, and helpers to fill it by hand. */
class Organisation
{
public:
    explicit Organisation(const QString& path)
        : m_path(path)
    {
        StoreOptions options;
        options.kdf = KdfParameters::minimal();
        options.clock = Clock([] { return FixedNow; });
        auto created = Store::create(path, SecureBytes::fromUtf8(Passphrase), options);
        if (created) {
            m_store = std::move(*created);
        } else {
            qWarning("store not created: %s", qPrintable(created.error().message));
        }
        auto registry = InstrumentRegistry::builtIn();
        if (registry) {
            m_registry = *registry;
        }
    }

    [[nodiscard]] bool isValid() const { return m_store != nullptr && !m_registry.isEmpty(); }
    Store& store() { return *m_store; }
    const InstrumentRegistry& registry() const { return m_registry; }
    const InstrumentDefinition& wellbeing() const { return *m_registry.find(InstrumentIds::Wellbeing); }
    const InstrumentDefinition& alliance() const { return *m_registry.find(InstrumentIds::Alliance); }
    /** Closes the store (so the CLI can open it). */
    void close() { m_store.reset(); }

    QUuid add(const QString& name, Role role, const QString& team = QString())
    {
        auto person = m_store->people().add(name, role, team);
        if (!person) {
            qWarning("person not added: %s", qPrintable(person.error().message));
            return {};
        }
        m_names.append(person->name);
        m_ids.append(person->id);
        return person->id;
    }

    QUuid client(const QString& name, const QString& team = QString()) { return add(name, Role::Client, team); }

    bool wellbeingAt(const QUuid& person, int score, const QDateTime& when)
    {
        Submission submission;
        submission.personId = person;
        submission.instrumentId = InstrumentIds::Wellbeing;
        submission.answers = wellbeingAnswers(score);
        submission.score = score;
        submission.submittedAt = when;
        return m_store->submissions().add(submission).has_value();
    }

    bool allianceAt(const QUuid& client, const QUuid& professional, const QList<int>& answers, const QDateTime& when)
    {
        auto score = scoreAnswers(alliance(), answers);
        if (!score) {
            return false;
        }
        Submission submission;
        submission.personId = client;
        submission.professionalId = professional;
        submission.instrumentId = InstrumentIds::Alliance;
        submission.answers = answers;
        submission.score = score->value;
        submission.submittedAt = when;
        return m_store->submissions().add(submission).has_value();
    }

    // The rules over the store's figures as of FixedNow (the published snapshots are tested in test_hr_publication).
    Result<HrReport> report() { return HrAnalytics::loadLive(*m_store, m_registry); }

    const QStringList& names() const { return m_names; }
    const QList<QUuid>& ids() const { return m_ids; }
    const QString& path() const { return m_path; }

private:
    QString m_path;
    std::unique_ptr<Store> m_store;
    InstrumentRegistry m_registry;
    QStringList m_names;
    QList<QUuid> m_ids;
};

/** A report's figures by name, for compact comparisons. */
const HrTeam* teamNamed(const HrReport& report, const QString& name)
{
    for (const HrTeam& team : report.teams) {
        if (team.name == name) {
            return &team;
        }
    }
    return nullptr;
}

const HrMonth* monthOf(const HrReport& report, int year, int month)
{
    for (const HrMonth& row : report.monthly) {
        if (row.month == QDate(year, month, 1)) {
            return &row;
        }
    }
    return nullptr;
}

// The oracle for the per-person summaries of schema v4: the HR statements as they were before them, full scans of
// `submissions` (kept here verbatim, so the summary-based figures can be checked against them).
const char* const OracleParticipantSql = R"sql(
SELECT coalesce(p.team, '') AS team,
       %1 AS bracket,
       CASE WHEN g.n < 2 THEN 0 WHEN g.change >= ?2 THEN 1 WHEN g.change <= ?3 THEN 3 ELSE 2 END AS direction,
       count(*), total(g.latest), total(g.lastAt >= ?4),
       strftime('%Y-%m', g.lastAt / 1000.0, 'unixepoch') AS last_month
FROM (
    SELECT t.person AS person, t.n AS n, t.lastAt AS lastAt,
           (t.lastCode - t.lastAt * 1000000) / ?7 + ?6 AS latest,
           CASE WHEN t.sxx > 0 AND t.span > 0 THEN t.sxy / t.sxx * t.span ELSE 0.0 END AS change
    FROM (
        SELECT d.person AS person, count(*) AS n, max(d.at) AS lastAt,
               max(d.at * 1000000 + CAST(round((d.y - ?6) * ?7) AS INTEGER)) AS lastCode,
               (max(d.at) - min(d.at)) / 86400000.0 AS span,
               total(d.x * d.x) - total(d.x) * total(d.x) / count(*) AS sxx,
               total(d.x * d.y) - total(d.x) * total(d.y) / count(*) AS sxy
        FROM (SELECT person_id AS person, submitted_at AS at, score AS y, (submitted_at - ?5) / 86400000.0 AS x
              FROM submissions WHERE instrument_id = ?1) AS d
        GROUP BY d.person
    ) AS t
) AS g
JOIN people AS p ON p.id = g.person AND p.role = 'client'
GROUP BY 1, 2, 3, 7
ORDER BY 1, 2, 3, 7
)sql";

const char* const OracleMonthlySql = R"sql(
SELECT m.month, count(*), total(m.personMean)
FROM (
    SELECT strftime('%Y-%m', submitted_at / 1000.0, 'unixepoch') AS month, avg(score) AS personMean
    FROM submissions
    WHERE instrument_id = ?1
    GROUP BY person_id, month
) AS m
GROUP BY m.month
ORDER BY m.month
)sql";

const char* const OracleAllianceSql = R"sql(
SELECT %1
FROM (
    SELECT c.client_id AS client,
           (SELECT s.rowid FROM submissions AS s
            WHERE s.instrument_id = ?1 AND s.person_id = c.client_id AND s.professional_id = c.professional_id
            ORDER BY s.submitted_at DESC LIMIT 1) AS latest
    FROM connections AS c
    JOIN people AS p ON p.id = c.client_id AND p.role = 'client'
) AS l
JOIN submissions AS s ON s.rowid = l.latest
%2
)sql";

/** Every row of `sql` (bound by `bind`) as text, numbers rounded to 9 significant digits. */
template <typename BindFunction>
QStringList oracleRows(Store& store, const QString& sql, int columns, BindFunction bind)
{
    QStringList rows;
    auto select = StoreTesting::database(store).cached(sql);
    if (!select) {
        return {QStringLiteral("error: ") + select.error().message};
    }
    bind(*select);
    for (;;) {
        auto stepped = select->step();
        if (!stepped) {
            return {QStringLiteral("error: ") + stepped.error().message};
        }
        if (*stepped == StepResult::Done) {
            return rows;
        }
        QStringList row;
        for (int i = 0; i < columns; ++i) {
            row.append(QString::number(select->real(i), 'g', 9) + QLatin1Char('/') + select->text(i));
        }
        rows.append(row.join(QLatin1Char('|')));
    }
}

/** The participant, monthly and alliance figures by the summaries (the repository) and by the oracle, as text. */
std::pair<QStringList, QStringList> bothWays(Store& store,
                                             const InstrumentDefinition& wellbeing,
                                             const InstrumentDefinition& alliance,
                                             const QDateTime& asOf)
{
    QStringList summary;
    QStringList oracle;
    HrAggregatesRepository repository(store);
    const QDateTime recentSince = asOf.addDays(-30);
    auto groups = repository.participantGroups(HrInstrumentParameters::of(wellbeing), asOf, recentSince);
    if (!groups) {
        return {{groups.error().message}, {}};
    }
    QList<HrPersonGroup> sorted = *groups;
    std::sort(sorted.begin(), sorted.end(), [](const HrPersonGroup& a, const HrPersonGroup& b) {
        return std::tuple(a.team, a.bracket, int(a.direction), a.lastMonth)
            < std::tuple(b.team, b.bracket, int(b.direction), b.lastMonth);
    });
    for (const HrPersonGroup& group : sorted) {
        summary.append(QStringLiteral("group %1 %2 %3 %7: %4 %5 %6")
                           .arg(group.team)
                           .arg(group.bracket)
                           .arg(int(group.direction))
                           .arg(group.people)
                           .arg(group.latestSum, 0, 'g', 9)
                           .arg(group.recent)
                           .arg(group.lastMonth.toString(QStringLiteral("yyyy-MM"))));
    }
    auto months = repository.monthly(wellbeing.id);
    if (!months) {
        return {{months.error().message}, {}};
    }
    for (const HrMonthFigures& month : *months) {
        summary.append(QStringLiteral("month %1: %2 %3")
                           .arg(month.month.toString(QStringLiteral("yyyy-MM")))
                           .arg(month.people)
                           .arg(month.sumOfPersonMeans, 0, 'g', 9));
    }
    auto figures = repository.alliance(alliance.id);
    if (!figures) {
        return {{figures.error().message}, {}};
    }
    summary.append(QStringLiteral("alliance: %1 %2 %3")
                       .arg(figures->connections)
                       .arg(figures->clients)
                       .arg(figures->scoreSum, 0, 'g', 9));
    for (const HrAnswerPattern& pattern : figures->patterns) {
        summary.append(QStringLiteral("pattern %1: %2").arg(pattern.answers).arg(pattern.connections));
    }

    // The oracle, bound exactly as the repository bound the former statements.
    const qsizetype brackets = wellbeing.brackets.size();
    QString bracketCase = QStringLiteral("CASE");
    for (qsizetype i = brackets - 1; i >= 0; --i) {
        bracketCase += QStringLiteral(" WHEN g.latest >= ?%1 THEN %2").arg(8 + (brackets - 1 - i)).arg(i);
    }
    bracketCase += QStringLiteral(" ELSE -1 END");
    const double improvingFrom = wellbeing.meaningfulChange - 1e-9 * std::max(1.0, wellbeing.meaningfulChange);
    const QStringList participants
        = oracleRows(store, QString::fromUtf8(OracleParticipantSql).arg(bracketCase), 7, [&](Statement& select) {
              select.bind(1, wellbeing.id).bind(2, improvingFrom).bind(3, -improvingFrom);
              select.bind(4, toStoredTime(recentSince)).bind(5, toStoredTime(asOf));
              select.bind(6, wellbeing.scoreMin).bind(7, std::pow(10.0, wellbeing.decimals));
              for (qsizetype i = 0; i < brackets; ++i) {
                  select.bind(static_cast<int>(8 + i), wellbeing.brackets.at(brackets - 1 - i).min);
              }
          });
    for (const QString& row : participants) {
        const QStringList cells = row.split(QLatin1Char('|'));
        auto text = [&](int i) { return cells.value(i).section(QLatin1Char('/'), 1); };
        auto number = [&](int i) { return cells.value(i).section(QLatin1Char('/'), 0, 0); };
        oracle.append(QStringLiteral("group %1 %2 %3 %7: %4 %5 %6")
                          .arg(text(0),
                               text(1),
                               text(2),
                               text(3),
                               number(4),
                               QString::number(qint64(number(5).toDouble())),
                               text(6)));
    }
    for (const QString& row : oracleRows(
             store, QString::fromUtf8(OracleMonthlySql), 3, [&](Statement& select) { select.bind(1, wellbeing.id); })) {
        const QStringList cells = row.split(QLatin1Char('|'));
        oracle.append(QStringLiteral("month %1: %2 %3")
                          .arg(cells.value(0).section(QLatin1Char('/'), 1),
                               cells.value(1).section(QLatin1Char('/'), 1),
                               cells.value(2).section(QLatin1Char('/'), 0, 0)));
    }
    for (const QString& row :
         oracleRows(store,
                    QString::fromUtf8(OracleAllianceSql)
                        .arg(QStringLiteral("count(*), count(DISTINCT l.client), total(s.score)"), QString()),
                    3,
                    [&](Statement& select) { select.bind(1, alliance.id); })) {
        const QStringList cells = row.split(QLatin1Char('|'));
        oracle.append(QStringLiteral("alliance: %1 %2 %3")
                          .arg(cells.value(0).section(QLatin1Char('/'), 1),
                               cells.value(1).section(QLatin1Char('/'), 1),
                               cells.value(2).section(QLatin1Char('/'), 0, 0)));
    }
    for (const QString& row : oracleRows(
             store,
             QString::fromUtf8(OracleAllianceSql)
                 .arg(QStringLiteral("s.answers, count(*)"), QStringLiteral("GROUP BY s.answers ORDER BY s.answers")),
             2,
             [&](Statement& select) { select.bind(1, alliance.id); })) {
        const QStringList cells = row.split(QLatin1Char('|'));
        oracle.append(
            QStringLiteral("pattern %1: %2")
                .arg(cells.value(0).section(QLatin1Char('/'), 1), cells.value(1).section(QLatin1Char('/'), 1)));
    }
    return {summary, oracle};
}

} // namespace

class TestHrAnalytics : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_stores = 0;

    QString nextStorePath() { return m_dir.filePath(QStringLiteral("hr%1.db").arg(++m_stores)); }

    /**
     * The hand-computed organisation (see docs/hr-anonymity.md for the rules):
     *   Finance: c1..c5 (and c9, c10 who never answer); Legal: c6, c7; no team: c8.
     *   Wellbeing: c1..c5 on 10 Jan (40 44 48 52 56) and 10 Feb (60 44 36 56 68); c6 20 Nov 2025 (60);
     *   c7 1 Dec 2025 (20) and 1 Mar (24); c8 2 Mar (60) and 10 Mar (80).
     *   Alliance (k = 5 distinct clients): c1–p1 4s then 6,6,5,7,6; c2–p1 7s; c3–p1 5,5,4,4,6; c4–p2 6s; c5–p2 3s;
     *   c1–p2 6,6,5,7,6; c7–p2 7s but disconnected since.
     */
    void fillHandComputed(Organisation& org)
    {
        const QUuid c1 = org.client(QStringLiteral("Ada Finance"), QStringLiteral("Finance"));
        const QUuid c2 = org.client(QStringLiteral("Ben Finance"), QStringLiteral("Finance"));
        const QUuid c3 = org.client(QStringLiteral("Cy Finance"), QStringLiteral("Finance"));
        const QUuid c4 = org.client(QStringLiteral("Di Finance"), QStringLiteral("Finance"));
        const QUuid c5 = org.client(QStringLiteral("Ed Finance"), QStringLiteral("Finance"));
        const QUuid c6 = org.client(QStringLiteral("Flo Legal"), QStringLiteral("Legal"));
        const QUuid c7 = org.client(QStringLiteral("Gus Legal"), QStringLiteral("Legal"));
        const QUuid c8 = org.client(QStringLiteral("Hal Nobody"));
        org.client(QStringLiteral("Ivy Quiet"), QStringLiteral("Finance"));
        org.client(QStringLiteral("Jo Quiet"), QStringLiteral("Finance"));
        const QUuid p1 = org.add(QStringLiteral("Dr Pat"), Role::Professional);
        const QUuid p2 = org.add(QStringLiteral("Dr Quin"), Role::Professional);
        org.add(QStringLiteral("Harriet HR"), Role::Hr);

        const QList<QUuid> finance {c1, c2, c3, c4, c5};
        const QList<int> january {40, 44, 48, 52, 56};
        const QList<int> february {60, 44, 36, 56, 68};
        for (qsizetype i = 0; i < finance.size(); ++i) {
            QVERIFY(org.wellbeingAt(finance.at(i), january.at(i), at(2026, 1, 10)));
            QVERIFY(org.wellbeingAt(finance.at(i), february.at(i), at(2026, 2, 10)));
        }
        QVERIFY(org.wellbeingAt(c6, 60, at(2025, 11, 20)));
        QVERIFY(org.wellbeingAt(c7, 20, at(2025, 12, 1)));
        QVERIFY(org.wellbeingAt(c7, 24, at(2026, 3, 1)));
        QVERIFY(org.wellbeingAt(c8, 60, at(2026, 3, 2)));
        QVERIFY(org.wellbeingAt(c8, 80, at(2026, 3, 10)));

        ConnectionRepository connections = org.store().connections();
        for (const auto& [client, professional] : QList<std::pair<QUuid, QUuid>> {
                 {c1, p1}, {c2, p1}, {c3, p1}, {c4, p2}, {c5, p2}, {c1, p2}, {c6, p1}, {c7, p2}}) {
            QVERIFY_RESULT(connections.connect(client, professional, Connection::State::Accepted));
        }
        QVERIFY(org.allianceAt(c1, p1, {4, 4, 4, 4, 4}, at(2026, 1, 5)));
        QVERIFY(org.allianceAt(c1, p1, {6, 6, 5, 7, 6}, at(2026, 2, 5)));
        QVERIFY(org.allianceAt(c2, p1, {7, 7, 7, 7, 7}, at(2026, 2, 6)));
        QVERIFY(org.allianceAt(c3, p1, {5, 5, 4, 4, 6}, at(2026, 2, 7)));
        QVERIFY(org.allianceAt(c4, p2, {6, 6, 6, 6, 6}, at(2026, 2, 8)));
        QVERIFY(org.allianceAt(c5, p2, {3, 3, 3, 3, 3}, at(2026, 2, 9)));
        QVERIFY(org.allianceAt(c1, p2, {6, 6, 5, 7, 6}, at(2026, 2, 10)));
        QVERIFY(org.allianceAt(c7, p2, {7, 7, 7, 7, 7}, at(2026, 2, 11)));
        QVERIFY_RESULT(connections.disconnect(c7, p2));
    }

    /** `count` clients in team `team`, each with one Wellbeing Index from `scores` (cycled) in January 2026. */
    void addTeam(Organisation& org, const QString& team, int count, const QList<int>& scores)
    {
        for (int i = 0; i < count; ++i) {
            const QUuid id = org.client(QStringLiteral("%1 Person %2").arg(team).arg(i + 1), team);
            QVERIFY(org.wellbeingAt(id, scores.at(i % scores.size()), at(2026, 1, 5 + i % 20)));
        }
    }

    HrAnalytics rules(Organisation& org, int k = 5) { return HrAnalytics(org.wellbeing(), org.alliance(), k); }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    // --- k ---------------------------------------------------------------------------------------------------------

    void minimumGroupSizeIsAtLeastFive_data()
    {
        QTest::addColumn<QString>("setting");
        QTest::addColumn<int>("k");
        QTest::newRow("unset") << QString() << 5;
        QTest::newRow("lower") << QStringLiteral("3") << 5;
        QTest::newRow("zero") << QStringLiteral("0") << 5;
        QTest::newRow("negative") << QStringLiteral("-7") << 5;
        QTest::newRow("five") << QStringLiteral("5") << 5;
        QTest::newRow("raised") << QStringLiteral("8") << 8;
        QTest::newRow("spaces") << QStringLiteral(" 12 ") << 12;
        QTest::newRow("text") << QStringLiteral("ten") << 5;
        QTest::newRow("fraction rounds up") << QStringLiteral("6.5") << 7;
        QTest::newRow("huge") << QStringLiteral("1e30") << std::numeric_limits<int>::max();
    }

    void minimumGroupSizeIsAtLeastFive()
    {
        QFETCH(QString, setting);
        QFETCH(int, k);
        QCOMPARE(HrAnalytics::minimumGroupSizeFrom(setting), k);

        Organisation org(nextStorePath());
        QVERIFY(org.isValid());
        if (!setting.isNull()) {
            QVERIFY_RESULT(org.store().settings().setValue(HrAnalytics::MinimumGroupSizeSetting, setting));
        }
        auto read = HrAnalytics::minimumGroupSize(org.store());
        QVERIFY_RESULT(read);
        QCOMPARE(*read, k);
        QCOMPARE(HrAnalytics(org.wellbeing(), org.alliance(), 2).minimumGroupSize(), 5);
        auto report = org.report();
        QVERIFY_RESULT(report);
        QCOMPARE(report->minimumGroupSize, k);
        QCOMPARE(HrAnalytics::suppressedText(k), QStringLiteral("fewer than %1 responses").arg(k));
    }

    // --- the suppression rule on its own -------------------------------------------------------------------------

    void suppressesSmallGroupsAndTheirCover_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QList<qint64>>("people");
        QTest::addColumn<QList<double>>("sums");
        QTest::addColumn<qint64>("untagged");
        QTest::addColumn<QList<bool>>("hidden");

        const int counts = static_cast<int>(HrAnalytics::GroupKind::Counts);
        const int means = static_cast<int>(HrAnalytics::GroupKind::WellbeingMeans);
        const QList<double> none;
        QTest::newRow("counts: all large")
            << counts << QList<qint64> {10, 20, 30} << none << qint64(0) << QList<bool> {false, false, false};
        QTest::newRow("counts: exactly k")
            << counts << QList<qint64> {5, 5, 5} << none << qint64(0) << QList<bool> {false, false, false};
        QTest::newRow("counts: one small, covered by the next smallest")
            << counts << QList<qint64> {2, 20, 30} << none << qint64(0) << QList<bool> {true, true, false};
        QTest::newRow("counts: k-1 covered")
            << counts << QList<qint64> {4, 5, 6} << none << qint64(0) << QList<bool> {true, true, false};
        QTest::newRow("counts: two small cover each other")
            << counts << QList<qint64> {3, 30, 4} << none << qint64(0) << QList<bool> {true, false, true};
        QTest::newRow("counts: a zero is hidden and covered")
            << counts << QList<qint64> {0, 20, 30} << none << qint64(0) << QList<bool> {true, true, false};
        QTest::newRow("counts: everyone in one cell")
            << counts << QList<qint64> {0, 0, 30} << none << qint64(0) << QList<bool> {true, true, true};
        QTest::newRow("counts: ties go in display order")
            << counts << QList<qint64> {2, 7, 7} << none << qint64(0) << QList<bool> {true, true, false};
        QTest::newRow("counts: an unbracketed rest needs cover")
            << counts << QList<qint64> {10, 20} << none << qint64(1) << QList<bool> {true, false};

        QTest::newRow("teams: small team covered")
            << means << QList<qint64> {3, 10, 12} << QList<double> {150, 500, 600} << qint64(0)
            << QList<bool> {true, true, false};
        QTest::newRow("teams: small untagged rest covered")
            << means << QList<qint64> {10, 12} << QList<double> {500, 600} << qint64(2) << QList<bool> {true, false};
        QTest::newRow("teams: large untagged rest needs no cover")
            << means << QList<qint64> {10, 12} << QList<double> {500, 600} << qint64(6) << QList<bool> {false, false};
        QTest::newRow("teams: a team without participants needs no cover")
            << means << QList<qint64> {0, 10, 12} << QList<double> {0, 500, 600} << qint64(0)
            << QList<bool> {true, false, false};
        QTest::newRow("teams: a mean at the bottom of the scale is hidden and covered")
            << means << QList<qint64> {6, 10, 12} << QList<double> {0, 500, 600} << qint64(0)
            << QList<bool> {true, true, false};
        QTest::newRow("teams: a mean at the top of the scale is hidden and covered")
            << means << QList<qint64> {10, 12, 7} << QList<double> {500, 600, 700} << qint64(0)
            << QList<bool> {true, false, true};
    }

    void suppressesSmallGroupsAndTheirCover()
    {
        QFETCH(int, kind);
        QFETCH(QList<qint64>, people);
        QFETCH(QList<double>, sums);
        QFETCH(qint64, untagged);
        QFETCH(QList<bool>, hidden);

        Organisation org(nextStorePath());
        QVERIFY(org.isValid());
        QList<HrGroup> groups;
        for (qsizetype i = 0; i < people.size(); ++i) {
            groups.append(HrGroup {people.at(i), sums.isEmpty() ? 0.0 : sums.at(i)});
        }
        const HrGroup rest {untagged, 50.0 * static_cast<double>(untagged)};
        QCOMPARE(rules(org).suppressGroups(groups, static_cast<HrAnalytics::GroupKind>(kind), rest), hidden);

        // Whatever is hidden together holds at least k people (or none at all for empty teams).
        qint64 hiddenPeople = untagged;
        for (qsizetype i = 0; i < people.size(); ++i) {
            hiddenPeople += hidden.at(i) ? people.at(i) : 0;
        }
        QVERIFY(hiddenPeople == 0 || hiddenPeople >= 5 || !hidden.contains(false));
    }

    // --- the SQL against hand-computed raw figures ---------------------------------------------------------------

    void rawFiguresMatchHandComputedValues()
    {
        Organisation org(nextStorePath());
        QVERIFY(org.isValid());
        fillHandComputed(org);
        if (QTest::currentTestFailed()) {
            return;
        }
        HrAggregatesRepository repository(org.store());

        auto employees = repository.employeesByTeam();
        QVERIFY_RESULT(employees);
        QCOMPARE(employees->size(), 3);
        QCOMPARE(employees->at(0).team, QString());
        QCOMPARE(employees->at(0).employees, 1);
        QCOMPARE(employees->at(1).team, QStringLiteral("Finance"));
        QCOMPARE(employees->at(1).employees, 7);
        QCOMPARE(employees->at(2).team, QStringLiteral("Legal"));
        QCOMPARE(employees->at(2).employees, 2);

        auto groups = repository.participantGroups(
            HrInstrumentParameters::of(org.wellbeing()), FixedNow, FixedNow.addDays(-90));
        QVERIFY_RESULT(groups);
        // (team, bracket, direction) → (people, sum of latest scores, recent)
        QMap<QString, std::tuple<qint64, double, qint64>> found;
        for (const HrPersonGroup& group : *groups) {
            const QString key = QStringLiteral("%1/%2/%3")
                                    .arg(group.team)
                                    .arg(group.bracket)
                                    .arg(trendDirectionName(group.direction));
            found.insert(key, {group.people, group.latestSum, group.recent});
        }
        const QMap<QString, std::tuple<qint64, double, qint64>> expected {
            // Finance: c1 40→60 improving, c2 44→44 stable, c3 48→36 declining, c4 52→56 stable, c5 56→68 improving
            {QStringLiteral("Finance/2/improving"), {2, 128.0, 2}},
            {QStringLiteral("Finance/1/stable"), {1, 44.0, 1}},
            {QStringLiteral("Finance/1/declining"), {1, 36.0, 1}},
            {QStringLiteral("Finance/2/stable"), {1, 56.0, 1}},
            // Legal: c6 one submission in November (not recent), c7 20→24 stable, poor
            {QStringLiteral("Legal/2/insufficient"), {1, 60.0, 0}},
            {QStringLiteral("Legal/0/stable"), {1, 24.0, 1}},
            // no team: c8 60→80 improving
            {QStringLiteral("/2/improving"), {1, 80.0, 1}},
        };
        QCOMPARE(found, expected);

        auto months = repository.monthly(InstrumentIds::Wellbeing);
        QVERIFY_RESULT(months);
        QCOMPARE(months->size(), 5);
        const QList<std::tuple<QDate, qint64, double>> expectedMonths {
            {QDate(2025, 11, 1), 1, 60.0},
            {QDate(2025, 12, 1), 1, 20.0},
            {QDate(2026, 1, 1), 5, 240.0},
            {QDate(2026, 2, 1), 5, 264.0},
            {QDate(2026, 3, 1), 2, 24.0 + 70.0}, // c8 counts once, with the mean of 60 and 80
        };
        for (qsizetype i = 0; i < months->size(); ++i) {
            QCOMPARE(months->at(i).month, std::get<0>(expectedMonths.at(i)));
            QCOMPARE(months->at(i).people, std::get<1>(expectedMonths.at(i)));
            QCOMPARE(months->at(i).sumOfPersonMeans, std::get<2>(expectedMonths.at(i)));
        }

        auto alliance = repository.alliance(InstrumentIds::Alliance);
        QVERIFY_RESULT(alliance);
        QCOMPARE(alliance->connections, 6); // c7's survey belongs to an ended connection; c6 never answered
        QCOMPARE(alliance->clients, 5);
        QCOMPARE(alliance->scoreSum, 6.0 + 7.0 + 4.8 + 6.0 + 3.0 + 6.0);
        QCOMPARE(alliance->patterns.size(), 5);
        QCOMPARE(alliance->patterns.at(0).answers, QStringLiteral("3,3,3,3,3"));
        QCOMPARE(alliance->patterns.at(2).answers, QStringLiteral("6,6,5,7,6"));
        QCOMPARE(alliance->patterns.at(2).connections, 2);
    }

    void reportMatchesHandComputedValues()
    {
        Organisation org(nextStorePath());
        QVERIFY(org.isValid());
        fillHandComputed(org);
        if (QTest::currentTestFailed()) {
            return;
        }
        auto report = org.report();
        QVERIFY_RESULT(report);
        const HrReport& r = *report;

        QCOMPARE(r.minimumGroupSize, 5);
        QVERIFY(!r.suppressed);
        QCOMPARE(r.employees, 10);
        QCOMPARE(r.participants, 8);
        QCOMPARE(r.participationRate, 0.8);
        QVERIFY(!r.lowParticipation);
        QCOMPARE(r.recentParticipants, 7);

        // Latest scores 60 44 36 56 68 60 24 80: mean 53.5, Good.
        QCOMPARE(r.wellbeingMean, 53.5);
        QVERIFY(r.wellbeingBracket);
        QCOMPARE(r.wellbeingBracket->id, QStringLiteral("good"));
        // Poor 1 and Moderate 2 are hidden; together they are 3 < 5, so Good (5) is hidden too.
        QCOMPARE(r.distribution.size(), 3);
        for (const HrBracketCount& count : r.distribution) {
            QVERIFY2(!count.people, qPrintable(count.bracket.id));
        }

        // Seven with more than one submission: improving 3, stable 3, declining 1, each below k.
        QCOMPARE(r.trends.people, 7);
        QVERIFY(!r.trends.improving && !r.trends.stable && !r.trends.declining);

        // Months from the first submission to the month of asOf; only January and February have k people.
        QCOMPARE(r.monthly.size(), 5);
        QCOMPARE(r.monthly.first().month, QDate(2025, 11, 1));
        QCOMPARE(r.monthly.last().month, QDate(2026, 3, 1));
        QVERIFY(monthOf(r, 2025, 11)->isSuppressed());
        QVERIFY(monthOf(r, 2025, 12)->isSuppressed());
        QCOMPARE(monthOf(r, 2026, 1)->mean, 48.0);
        QCOMPARE(monthOf(r, 2026, 1)->people, 5);
        // February's five (52.8) are exactly the five whose latest answer is in February, so 8 × 53.5 − 5 × 52.8
        // would be the sum of the other three's latest scores (60 + 24 + 80): the overlap rule withholds February.
        // January's five answered again later, so it touches all of them and stays.
        QVERIFY(monthOf(r, 2026, 2)->isSuppressed());
        QVERIFY(monthOf(r, 2026, 3)->isSuppressed());

        // Finance alone has 5 people, but Legal (2) and the untagged c8 (1) together are 3: Finance covers them.
        QCOMPARE(r.teams.size(), 2);
        QVERIFY(teamNamed(r, QStringLiteral("Finance"))->isSuppressed());
        QVERIFY(teamNamed(r, QStringLiteral("Legal"))->isSuppressed());

        // Alliance: latest per current connection, 5 distinct clients: (6 + 7 + 4.8 + 6 + 3 + 6) / 6.
        QCOMPARE(r.alliance.clients, 5);
        QCOMPARE(r.alliance.mean, 5.47);
        QCOMPARE(r.alliance.dimensions.size(), 3);
        QCOMPARE(r.alliance.dimensions.at(0).dimension.id, QStringLiteral("bond"));
        QCOMPARE(r.alliance.dimensions.at(0).mean, 5.5); // (6 + 7 + 5 + 6 + 3 + 6) / 6
        QCOMPARE(r.alliance.dimensions.at(1).mean, 5.33); // (6 + 7 + 4 + 6 + 3 + 6) / 6
        QCOMPARE(r.alliance.dimensions.at(2).mean, 5.67); // (6 + 7 + 6 + 6 + 3 + 6) / 6

        // An organisation may raise k: with 6, the alliance (5 clients) and the 5-person months go.
        QVERIFY_RESULT(org.store().settings().setValue(HrAnalytics::MinimumGroupSizeSetting, QStringLiteral("6")));
        auto raised = org.report();
        QVERIFY_RESULT(raised);
        QCOMPARE(raised->minimumGroupSize, 6);
        QCOMPARE(raised->participants, 8);
        QVERIFY(!raised->alliance.mean && !raised->alliance.clients);
        QVERIFY(!monthOf(*raised, 2026, 1)->mean);
        QVERIFY(!raised->recentParticipants.has_value() || *raised->recentParticipants >= 6);
    }

    void shownFiguresWithLargeGroups()
    {
        // Three teams large enough to show, brackets and directions each with at least k people.
        Organisation org(nextStorePath());
        QVERIFY(org.isValid());
        addTeam(org, QStringLiteral("Alpha"), 6, {20, 24, 28}); // Poor: mean 24
        addTeam(org, QStringLiteral("Beta"), 5, {32, 40, 48, 36, 44}); // Moderate: mean 40
        addTeam(org, QStringLiteral("Gamma"), 7, {60, 72, 80, 64, 76, 68, 84}); // Good: mean 72
        if (QTest::currentTestFailed()) {
            return;
        }
        auto report = org.report();
        QVERIFY_RESULT(report);
        QCOMPARE(report->participants, 18);
        QCOMPARE(report->wellbeingMean, 47.1); // (144 + 200 + 504) / 18
        QCOMPARE(report->distribution.at(0).people, 6);
        QCOMPARE(report->distribution.at(1).people, 5);
        QCOMPARE(report->distribution.at(2).people, 7);
        QCOMPARE(teamNamed(*report, QStringLiteral("Alpha"))->mean, 24.0);
        QCOMPARE(teamNamed(*report, QStringLiteral("Alpha"))->bracket->id, QStringLiteral("poor"));
        QCOMPARE(teamNamed(*report, QStringLiteral("Beta"))->mean, 40.0);
        QCOMPARE(teamNamed(*report, QStringLiteral("Beta"))->people, 5);
        QCOMPARE(teamNamed(*report, QStringLiteral("Gamma"))->mean, 72.0);
        QCOMPARE(monthOf(*report, 2026, 1)->people, 18);
        // One submission each: no trends to show.
        QVERIFY(!report->trends.people);
        QVERIFY(report->alliance.dimensions.size() == 3 && !report->alliance.mean);
    }

    // --- k−1, k, k+1 -----------------------------------------------------------------------------------------------

    void suppressionAroundK_data()
    {
        QTest::addColumn<int>("people");
        QTest::newRow("k-1") << 4;
        QTest::newRow("k") << 5;
        QTest::newRow("k+1") << 6;
    }

    void suppressionAroundK()
    {
        QFETCH(int, people);
        Organisation org(nextStorePath());
        QVERIFY(org.isValid());
        const QList<int> scores {40, 52, 60, 68, 76, 44};
        QList<QUuid> clients;
        const QUuid professional = org.add(QStringLiteral("Dr Kay"), Role::Professional);
        for (int i = 0; i < people; ++i) {
            const QUuid id = org.client(QStringLiteral("Client %1").arg(i + 1), QStringLiteral("Ops"));
            QVERIFY(org.wellbeingAt(id, scores.at(i) - 8, at(2026, 1, 10)));
            QVERIFY(org.wellbeingAt(id, scores.at(i), at(2026, 2, 10)));
            QVERIFY_RESULT(org.store().connections().connect(id, professional, Connection::State::Accepted));
            QVERIFY(org.allianceAt(id, professional, {5, 6, 5, 6, i % 2 == 0 ? 6 : 5}, at(2026, 2, 11)));
            clients.append(id);
        }
        auto report = org.report();
        QVERIFY_RESULT(report);
        const QJsonObject json = hrReportToJson(*report);
        QCOMPARE(json.value(QStringLiteral("minimumGroupSize")).toInt(), 5);

        double sum = 0;
        for (int i = 0; i < people; ++i) {
            sum += scores.at(i);
        }
        if (people < 5) {
            QVERIFY(report->suppressed);
            QVERIFY(json.value(QStringLiteral("suppressed")).toBool());
            QVERIFY(json.value(QStringLiteral("lowParticipation")).toBool());
            // Not a single number besides k itself.
            QList<double> numbers;
            collectNumbers(json, numbers, {QStringLiteral("minimumGroupSize")});
            QVERIFY2(numbers.isEmpty(), qPrintable(QString::fromUtf8(QJsonDocument(json).toJson())));
            // Nothing about the organisation either: not which teams it has, not since when it has figures.
            QVERIFY(json.value(QStringLiteral("teams")).toArray().isEmpty());
            QVERIFY(json.value(QStringLiteral("monthly")).toArray().isEmpty());
        } else {
            QVERIFY(!report->suppressed);
            QCOMPARE(report->participants, people);
            QCOMPARE(report->employees, people);
            QCOMPARE(report->wellbeingMean, roundScore(sum / people, 1));
            const HrTeam* ops = teamNamed(*report, QStringLiteral("Ops"));
            QVERIFY(ops && !ops->isSuppressed());
            QCOMPARE(ops->people, people);
            QCOMPARE(ops->mean, roundScore(sum / people, 1));
            QCOMPARE(monthOf(*report, 2026, 2)->people, people);
            QCOMPARE(report->alliance.clients, people);
            QVERIFY(report->alliance.mean);
            QVERIFY(report->alliance.dimensions.at(0).mean);
            // Every one went up by 8, so all are stable: showing that would tell each person's direction.
            QCOMPARE(report->trends.people, people);
            QVERIFY(!report->trends.improving && !report->trends.stable && !report->trends.declining);
            QVERIFY(json.value(QStringLiteral("trends")).toObject().value(QStringLiteral("stable")).isNull());
        }
    }

    // --- differencing ----------------------------------------------------------------------------------------------

    void differencingCannotRevealOnePerson_data()
    {
        QTest::addColumn<bool>("aloneInTeam"); // Alice in a team of her own, or without a team
        QTest::newRow("team of one") << true;
        QTest::newRow("no team") << false;
    }

    void differencingCannotRevealOnePerson()
    {
        QFETCH(bool, aloneInTeam);
        // Sales 6 and Support 6 people, and Alice on her own. A naive dashboard shows every team with at least 5
        // people and the total; then Alice = 13 × total mean − 6 × Sales mean − 6 × Support mean.
        Organisation org(nextStorePath());
        QVERIFY(org.isValid());
        addTeam(org, QStringLiteral("Sales"), 6, {48, 52, 56, 60, 64, 68});
        addTeam(org, QStringLiteral("Support"), 6, {40, 44, 48, 52, 56, 60});
        const QUuid alice
            = org.client(QStringLiteral("Alice Alone"), aloneInTeam ? QStringLiteral("Legal") : QString());
        const int aliceScore = 12;
        QVERIFY(org.wellbeingAt(alice, aliceScore, at(2026, 1, 7)));
        if (QTest::currentTestFailed()) {
            return;
        }

        // What the naive dashboard would reveal.
        const double total = 6 * 58.0 + 6 * 50.0 + aliceScore;
        QCOMPARE(13 * (total / 13) - 6 * 58.0 - 6 * 50.0, double(aliceScore));

        auto report = org.report();
        QVERIFY_RESULT(report);
        QVERIFY(!report->suppressed);
        QCOMPARE(report->participants, 13);
        QVERIFY(report->wellbeingMean);

        // Rapport hides Alice's row and the smallest other team (Sales, first of the two sixes by name).
        QVERIFY(teamNamed(*report, QStringLiteral("Sales"))->isSuppressed());
        const HrTeam* support = teamNamed(*report, QStringLiteral("Support"));
        QVERIFY(support && !support->isSuppressed());
        QCOMPARE(support->mean, 50.0);
        if (aloneInTeam) {
            QVERIFY(teamNamed(*report, QStringLiteral("Legal"))->isSuppressed());
        }

        // Everything anyone can derive by subtraction covers at least k people.
        qint64 shownPeople = 0;
        double shownSum = 0;
        for (const HrTeam& team : report->teams) {
            if (!team.isSuppressed()) {
                shownPeople += *team.people;
                shownSum += *team.people * *team.mean;
            }
        }
        const qint64 derivedPeople = *report->participants - shownPeople;
        QVERIFY(derivedPeople >= report->minimumGroupSize);
        const double derivedMean = (*report->participants * *report->wellbeingMean - shownSum) / derivedPeople;
        QVERIFY(qAbs(derivedMean - aliceScore) > 10);

        // The same through the JSON an export would carry.
        const QJsonObject json = hrReportToJson(*report);
        for (const QJsonValue& team : json.value(QStringLiteral("teams")).toArray()) {
            const QJsonObject row = team.toObject();
            QVERIFY(row.value(QStringLiteral("suppressed")).toBool() || row.value(QStringLiteral("n")).toInt() >= 5);
        }
    }

    void extremeMeansAreNotShown()
    {
        // Five people who all scored 0 and five who all scored 100: their means would give away every score.
        Organisation org(nextStorePath());
        QVERIFY(org.isValid());
        addTeam(org, QStringLiteral("Night"), 5, {0});
        addTeam(org, QStringLiteral("Day"), 5, {100});
        addTeam(org, QStringLiteral("Dusk"), 6, {40, 60});
        if (QTest::currentTestFailed()) {
            return;
        }
        auto report = org.report();
        QVERIFY_RESULT(report);
        QVERIFY(teamNamed(*report, QStringLiteral("Night"))->isSuppressed());
        QVERIFY(teamNamed(*report, QStringLiteral("Day"))->isSuppressed());
        // Night and Day together are 10 people with a mean of 50: enough cover, Dusk shows.
        QCOMPARE(teamNamed(*report, QStringLiteral("Dusk"))->mean, 50.0);
        QCOMPARE(report->wellbeingMean, 50.0);
        // Everyone in January, mean 50: shown. Poor 5, Moderate 3, Good 8 → Moderate and Poor hidden (8 people).
        QCOMPARE(monthOf(*report, 2026, 1)->mean, 50.0);
        QVERIFY(!report->distribution.at(0).people && !report->distribution.at(1).people);
        QCOMPARE(report->distribution.at(2).people, 8);

        // A whole organisation at the top of the scale shows no mean at all.
        Organisation top(nextStorePath());
        QVERIFY(top.isValid());
        addTeam(top, QStringLiteral("Happy"), 6, {100});
        auto topReport = top.report();
        QVERIFY_RESULT(topReport);
        QVERIFY(!topReport->suppressed);
        QVERIFY(!topReport->wellbeingMean && !topReport->wellbeingBracket);
        QVERIFY(monthOf(*topReport, 2026, 1)->isSuppressed());
        QVERIFY(teamNamed(*topReport, QStringLiteral("Happy"))->isSuppressed());
        for (const HrBracketCount& count : topReport->distribution) {
            QVERIFY(!count.people);
        }
    }

    void allianceNeedsKDistinctClients()
    {
        // One client with six professionals: six connections, one person.
        Organisation org(nextStorePath());
        QVERIFY(org.isValid());
        addTeam(org, QStringLiteral("Ops"), 6, {40, 60});
        const QUuid busy = org.client(QStringLiteral("Busy Bee"), QStringLiteral("Ops"));
        QVERIFY(org.wellbeingAt(busy, 52, at(2026, 1, 3)));
        for (int i = 0; i < 6; ++i) {
            const QUuid professional = org.add(QStringLiteral("Dr %1").arg(i), Role::Professional);
            QVERIFY_RESULT(org.store().connections().connect(busy, professional, Connection::State::Accepted));
            QVERIFY(org.allianceAt(busy, professional, {5, 5, 6, 6, 5}, at(2026, 2, 1 + i)));
        }
        auto report = org.report();
        QVERIFY_RESULT(report);
        QVERIFY(!report->suppressed);
        QVERIFY(!report->alliance.mean && !report->alliance.clients);
        for (const HrDimensionMean& dimension : report->alliance.dimensions) {
            QVERIFY(!dimension.mean);
        }
    }

    // --- the SQL trend rule is computeTrend() ----------------------------------------------------------------------

    void sqlTrendAgreesWithComputeTrend()
    {
        Organisation org(nextStorePath());
        QVERIFY(org.isValid());
        QRandomGenerator random(20260315);
        QList<QList<TrendPoint>> series;
        // Hand-picked edges: exactly ±10 (the threshold), all at one time, a day apart, an hour apart, long ago.
        series.append({{at(2026, 1, 1), 50}, {at(2026, 1, 15), 60}});
        series.append({{at(2026, 1, 1), 60}, {at(2026, 1, 15), 50}});
        series.append({{at(2024, 3, 1), 20}, {at(2024, 3, 2), 30}});
        series.append({{at(2024, 3, 1, 9), 20}, {at(2024, 3, 1, 10), 32}});
        series.append({{at(2024, 3, 1, 9), 40}, {at(2024, 3, 1, 9), 80}});
        series.append({{at(2025, 5, 1), 40}, {at(2025, 5, 15), 48}, {at(2025, 6, 1), 52}, {at(2025, 6, 15), 44}});
        series.append({{at(2026, 1, 1), 40}, {at(2026, 1, 22), 44}, {at(2026, 2, 12), 48}, {at(2026, 3, 5), 52}});
        // Random courses: 2–40 points every 1–30 days, scores on the 4-point grid.
        for (int person = 0; person < 60; ++person) {
            QList<TrendPoint> points;
            QDateTime when = at(2024, 1, 1).addSecs(random.bounded(86400 * 300));
            const int count = 2 + random.bounded(39);
            int score = 4 * random.bounded(26);
            const int drift = random.bounded(-2, 3);
            for (int i = 0; i < count; ++i) {
                points.append({when, double(score)});
                when = when.addSecs(3600 + random.bounded(86400 * 30));
                score = std::clamp(score + 4 * (drift + random.bounded(-2, 3)), 0, 100);
            }
            series.append(points);
        }

        QMap<QString, TrendDirection> expected;
        for (qsizetype i = 0; i < series.size(); ++i) {
            const QString team = QStringLiteral("series %1").arg(i, 3, 10, QLatin1Char('0'));
            const QUuid id = org.client(QStringLiteral("Trend %1").arg(i), team);
            for (const TrendPoint& point : series.at(i)) {
                QVERIFY(org.wellbeingAt(id, int(point.score), point.at));
            }
            expected.insert(team, computeTrend(series.at(i), org.wellbeing().meaningfulChange).direction);
        }
        QCOMPARE(expected.value(QStringLiteral("series 000")), TrendDirection::Improving);
        QCOMPARE(expected.value(QStringLiteral("series 001")), TrendDirection::Declining);
        QCOMPARE(expected.value(QStringLiteral("series 004")), TrendDirection::Stable);
        const QList<TrendDirection> directions = expected.values();
        for (TrendDirection direction :
             {TrendDirection::Improving, TrendDirection::Stable, TrendDirection::Declining}) {
            QVERIFY(directions.count(direction) >= 5);
        }

        auto groups = HrAggregatesRepository(org.store())
                          .participantGroups(HrInstrumentParameters::of(org.wellbeing()), FixedNow, FixedNow);
        QVERIFY_RESULT(groups);
        QMap<QString, TrendDirection> found;
        for (const HrPersonGroup& group : *groups) {
            QCOMPARE(group.people, 1);
            found.insert(group.team, group.direction);
        }
        QCOMPARE(found, expected);
    }

    void latestScoreIsTheLatestSubmission()
    {
        // Out-of-order inserts, and two submissions at the same latest time (the higher counts).
        Organisation org(nextStorePath());
        QVERIFY(org.isValid());
        const QUuid a = org.client(QStringLiteral("A"), QStringLiteral("a"));
        QVERIFY(org.wellbeingAt(a, 80, at(2026, 2, 1)));
        QVERIFY(org.wellbeingAt(a, 20, at(2026, 1, 1)));
        const QUuid b = org.client(QStringLiteral("B"), QStringLiteral("b"));
        QVERIFY(org.wellbeingAt(b, 32, at(2026, 2, 1)));
        QVERIFY(org.wellbeingAt(b, 36, at(2026, 2, 1)));
        QVERIFY(org.wellbeingAt(b, 96, at(2025, 2, 1)));
        auto groups = HrAggregatesRepository(org.store())
                          .participantGroups(HrInstrumentParameters::of(org.wellbeing()), FixedNow, FixedNow);
        QVERIFY_RESULT(groups);
        QMap<QString, double> latest;
        for (const HrPersonGroup& group : *groups) {
            latest.insert(group.team, group.latestSum);
        }
        QCOMPARE(latest.value(QStringLiteral("a")), 80.0);
        QCOMPARE(latest.value(QStringLiteral("b")), 36.0);
    }

    // --- no names, no ids, anywhere --------------------------------------------------------------------------------

    /**
     * The per-person summaries of schema v4 (kept by triggers) give exactly the figures of the former full scans of
     * the submissions, kept as the oracle: on random data, after erasing people (cascaded deletes), after more
     * submissions, after re-encrypting the store (sqlcipher_export copies the summaries and triggers) and after
     * reopening it.
     */
    void summariesMatchTheFullScans()
    {
        Organisation org(nextStorePath());
        QVERIFY(org.isValid());
        QRandomGenerator random(20261123);
        const QStringList teams {QStringLiteral("North"), QStringLiteral("South"), QStringLiteral("East"), QString()};
        QList<QUuid> clients;
        QList<QUuid> professionals;
        for (int i = 0; i < 4; ++i) {
            professionals.append(org.add(QStringLiteral("Pro %1").arg(i), Role::Professional));
        }
        ConnectionRepository connections = org.store().connections();
        QList<std::pair<QUuid, QUuid>> pairs;
        auto addClient = [&](int i) {
            const QUuid client = org.client(QStringLiteral("Client %1").arg(i), teams.at(i % teams.size()));
            clients.append(client);
            for (const QUuid& professional : professionals) {
                if (random.bounded(3) == 0) {
                    if (connections.connect(client, professional, Connection::State::Accepted)) {
                        pairs.append({client, professional});
                    }
                }
            }
        };
        auto submitSome = [&](int count) {
            const QDateTime start = at(2024, 1, 1);
            for (int i = 0; i < count; ++i) {
                const QUuid client = clients.at(random.bounded(int(clients.size())));
                // Seconds apart over two years, so submissions share months and, now and then, an exact time.
                const QDateTime when = start.addSecs(qint64(random.bounded(2 * 365 * 24)) * 3600
                                                     + (random.bounded(4) == 0 ? 0 : random.bounded(3600)));
                QVERIFY(org.wellbeingAt(client, random.bounded(101), when));
                if (!pairs.isEmpty() && random.bounded(2) == 0) {
                    const auto& [who, professional] = pairs.at(random.bounded(int(pairs.size())));
                    QList<int> answers;
                    for (int a = 0; a < 5; ++a) {
                        answers.append(1 + random.bounded(7));
                    }
                    QVERIFY(org.allianceAt(who, professional, answers, when.addMSecs(random.bounded(1000) + 1)));
                }
            }
        };
        auto compare = [&](const char* step) {
            const auto [summary, oracle] = bothWays(org.store(), org.wellbeing(), org.alliance(), at(2025, 12, 15));
            if (summary != oracle) {
                qWarning("%s:\nsummaries: %s\noracle:    %s",
                         step,
                         qPrintable(summary.join(QStringLiteral("; "))),
                         qPrintable(oracle.join(QStringLiteral("; "))));
            }
            QVERIFY(summary.size() > 10);
            QCOMPARE(summary, oracle);
        };

        for (int i = 0; i < 40; ++i) {
            addClient(i);
        }
        submitSome(600);
        compare("after the first submissions");
        if (QTest::currentTestFailed()) {
            return;
        }

        // Erasing people deletes their submissions by cascade (and a professional's alliance surveys with them).
        for (int i = 0; i < 3; ++i) {
            const QUuid gone = clients.takeAt(random.bounded(int(clients.size())));
            QVERIFY_RESULT(org.store().people().erase(gone));
            pairs.removeIf([&](const auto& pair) { return pair.first == gone; });
        }
        const QUuid goneProfessional = professionals.takeFirst();
        QVERIFY_RESULT(org.store().people().erase(goneProfessional));
        pairs.removeIf([&](const auto& pair) { return pair.second == goneProfessional; });
        compare("after erasing people");
        if (QTest::currentTestFailed()) {
            return;
        }

        for (int i = 40; i < 45; ++i) {
            addClient(i);
        }
        submitSome(400);
        compare("after more submissions");
        if (QTest::currentTestFailed()) {
            return;
        }

        QVERIFY_RESULT(org.store().changePassphrase(SecureBytes::fromUtf8(Passphrase), KdfParameters::minimal()));
        compare("after re-encrypting");
        if (QTest::currentTestFailed()) {
            return;
        }
        submitSome(100);
        compare("after submitting to the re-encrypted store");
    }

    /** The demo generator suspends the summary triggers and rebuilds the summaries once: the same figures. */
    void demoSummariesMatchTheFullScans()
    {
        Organisation org(nextStorePath());
        QVERIFY(org.isValid());
        DemoOptions options;
        options.employees = 60;
        options.months = 12;
        options.seed = 7;
        options.until = FixedNow;
        QVERIFY_RESULT(DemoGenerator(options).fill(org.store(), org.registry()));
        const auto [summary, oracle] = bothWays(org.store(), org.wellbeing(), org.alliance(), FixedNow);
        QVERIFY(summary.size() > 10);
        QCOMPARE(summary, oracle);
        // The triggers are back: a further submission is counted.
        const QUuid late = org.client(QStringLiteral("Late joiner"), QStringLiteral("Late"));
        QVERIFY(org.wellbeingAt(late, 50, FixedNow));
        const auto [after, oracleAfter] = bothWays(org.store(), org.wellbeing(), org.alliance(), FixedNow);
        QCOMPARE(after, oracleAfter);
        QVERIFY(after != summary);
    }

    void outputNeverNamesOrIdentifiesAnyone()
    {
        Organisation org(nextStorePath());
        QVERIFY(org.isValid());
        fillHandComputed(org);
        // rapport-cli runs on the real clock and publishes the last closed month: Zebulon answered in it.
        const QDate today = QDateTime::currentDateTimeUtc().date();
        const QDate lastMonth = QDate(today.year(), today.month(), 1).addMonths(-1);
        const QList<int> scores {44, 52, 60};
        for (int i = 0; i < 6; ++i) {
            const QUuid id = org.client(QStringLiteral("Zebulon Person %1").arg(i + 1), QStringLiteral("Zebulon"));
            QVERIFY(org.wellbeingAt(id, scores.at(i % 3), QDateTime(lastMonth.addDays(i), QTime(9, 0), Qt::UTC)));
        }
        if (QTest::currentTestFailed()) {
            return;
        }
        QStringList names = org.names();
        QList<QUuid> ids = org.ids();
        const QString storePath = org.path();
        org.close();

        QProcessEnvironment environment;
        environment.insert(QStringLiteral("RAPPORT_PASSPHRASE"), Passphrase);
        const auto runCli = [&](QStringList arguments, QString* err = nullptr) {
            arguments.prepend(storePath);
            arguments.prepend(QStringLiteral("--store"));
            arguments.prepend(QStringLiteral("rapport-cli"));
            QString out;
            QString error;
            QTextStream outStream(&out);
            QTextStream errStream(&error);
            const int code = cli::run(arguments, cli::standardCommands(), outStream, errStream, environment);
            if (err) {
                *err = error;
            }
            return std::pair {code, out};
        };

        const auto [jsonCode, jsonText]
            = runCli({QStringLiteral("view"), QStringLiteral("hr"), QStringLiteral("--json")});
        QCOMPARE(jsonCode, 0);
        const QJsonDocument document = QJsonDocument::fromJson(jsonText.toUtf8());
        QVERIFY(document.isObject());
        const QJsonObject json = document.object();
        for (const QString& key : {QStringLiteral("employees"),
                                   QStringLiteral("participants"),
                                   QStringLiteral("participationRate"),
                                   QStringLiteral("wellbeing"),
                                   QStringLiteral("trends"),
                                   QStringLiteral("alliance"),
                                   QStringLiteral("monthly"),
                                   QStringLiteral("teams"),
                                   QStringLiteral("suppressed"),
                                   QStringLiteral("minimumGroupSize")}) {
            QVERIFY2(json.contains(key), qPrintable(key));
        }
        QCOMPARE(json.value(QStringLiteral("employees")).toInt(), 16);
        QVERIFY(json.value(QStringLiteral("wellbeing"))
                    .toObject()
                    .value(QStringLiteral("distribution"))
                    .toObject()
                    .contains(QStringLiteral("Poor")));

        const auto [textCode, text] = runCli({QStringLiteral("view"), QStringLiteral("hr")});
        QCOMPARE(textCode, 0);
        QVERIFY(text.contains(QStringLiteral("fewer than 5 responses")));

        QStringList strings;
        collectStrings(json, strings);
        strings.append(jsonText);
        strings.append(text);
        QVERIFY(!names.isEmpty());
        for (const QString& string : std::as_const(strings)) {
            for (const QString& name : std::as_const(names)) {
                QVERIFY2(!string.contains(name, Qt::CaseInsensitive), qPrintable(name));
            }
            for (const QUuid& id : std::as_const(ids)) {
                for (const QString& form : {id.toString(QUuid::WithoutBraces), id.toString(QUuid::Id128)}) {
                    QVERIFY2(!string.contains(form, Qt::CaseInsensitive), qPrintable(form));
                    QVERIFY2(!string.contains(form.left(13), Qt::CaseInsensitive), qPrintable(form));
                }
            }
        }

        // Only an HR person may ask by name; the view takes no person id.
        QString error;
        const QUuid hr = ids.at(names.indexOf(QStringLiteral("Harriet HR")));
        const QUuid client = ids.at(names.indexOf(QStringLiteral("Ada Finance")));
        QCOMPARE(runCli({QStringLiteral("view"),
                         QStringLiteral("hr"),
                         QStringLiteral("--person"),
                         hr.toString(QUuid::WithoutBraces),
                         QStringLiteral("--json")})
                     .first,
                 0);
        QCOMPARE(runCli({QStringLiteral("view"),
                         QStringLiteral("hr"),
                         QStringLiteral("--person"),
                         client.toString(QUuid::WithoutBraces)},
                        &error)
                     .first,
                 1);
        QVERIFY(error.contains(QStringLiteral("Only HR")));
        QCOMPARE(runCli({QStringLiteral("view"), QStringLiteral("hr"), client.toString(QUuid::WithoutBraces)}).first,
                 2);
    }

    void jsonShapes()
    {
        Organisation org(nextStorePath());
        QVERIFY(org.isValid());
        addTeam(org, QStringLiteral("Alpha"), 6, {40, 60});
        addTeam(org, QStringLiteral("Beta"), 2, {52});
        addTeam(org, QStringLiteral("Gamma"), 7, {44, 56});
        if (QTest::currentTestFailed()) {
            return;
        }
        auto report = org.report();
        QVERIFY_RESULT(report);
        const QJsonObject json = hrReportToJson(*report);
        QCOMPARE(json.value(QStringLiteral("suppressed")).toBool(), false);
        QCOMPARE(json.value(QStringLiteral("participants")).toInt(), 15);
        QCOMPARE(json.value(QStringLiteral("participationRate")).toDouble(), 1.0);
        QCOMPARE(json.value(QStringLiteral("wellbeing")).toObject().value(QStringLiteral("mean")).toDouble(), 49.9);
        QCOMPARE(json.value(QStringLiteral("wellbeing")).toObject().value(QStringLiteral("bracket")).toString(),
                 QStringLiteral("Moderate"));
        const QJsonArray teams = json.value(QStringLiteral("teams")).toArray();
        QCOMPARE(teams.size(), 3);
        // Beta (2) is hidden and covered by Alpha (6, the smaller of the rest); Gamma shows.
        QCOMPARE(
            teams.at(0).toObject(),
            (QJsonObject {{QStringLiteral("team"), QStringLiteral("Alpha")}, {QStringLiteral("suppressed"), true}}));
        QCOMPARE(
            teams.at(1).toObject(),
            (QJsonObject {{QStringLiteral("team"), QStringLiteral("Beta")}, {QStringLiteral("suppressed"), true}}));
        QCOMPARE(teams.at(2).toObject(),
                 (QJsonObject {{QStringLiteral("team"), QStringLiteral("Gamma")},
                               {QStringLiteral("n"), 7},
                               {QStringLiteral("mean"), 49.1},
                               {QStringLiteral("bracket"), QStringLiteral("Moderate")}}));
        const QJsonArray monthly = json.value(QStringLiteral("monthly")).toArray();
        QCOMPARE(monthly.size(), 3); // January to March 2026
        QCOMPARE(monthly.at(0).toObject().value(QStringLiteral("month")).toString(), QStringLiteral("2026-01"));
        QCOMPARE(monthly.at(0).toObject().value(QStringLiteral("n")).toInt(), 15);
        QCOMPARE(
            monthly.at(1).toObject(),
            (QJsonObject {{QStringLiteral("month"), QStringLiteral("2026-02")}, {QStringLiteral("suppressed"), true}}));
        QVERIFY(json.value(QStringLiteral("alliance")).toObject().value(QStringLiteral("mean")).isNull());
        QVERIFY(json.value(QStringLiteral("alliance"))
                    .toObject()
                    .value(QStringLiteral("dimensions"))
                    .toObject()
                    .value(QStringLiteral("bond"))
                    .isNull());
    }
};

QTEST_GUILESS_MAIN(TestHrAnalytics)
#include "TestHrAnalytics.moc"
