#include "HrInterventionPanel.h"

#include "instruments/Scoring.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>
#include <cmath>

namespace rapport {
namespace {

QString monthText(const QDate& month)
{
    return month.toString(QStringLiteral("yyyy-MM"));
}

QDate firstOfMonth(const QDate& day)
{
    return QDate(day.year(), day.month(), 1);
}

template <typename T>
QJsonValue figure(const std::optional<T>& value)
{
    return value ? QJsonValue(static_cast<double>(*value)) : QJsonValue(QJsonValue::Null);
}

std::optional<double> number(const QJsonValue& value)
{
    return value.isDouble() ? std::optional<double>(value.toDouble()) : std::nullopt;
}

std::optional<qint64> count(const QJsonValue& value)
{
    return value.isDouble() ? std::optional<qint64>(value.toInteger()) : std::nullopt;
}

QJsonObject windowToJson(const HrInterventionWindowFigures& figures)
{
    return QJsonObject {{QStringLiteral("months"), figures.months},
                        {QStringLiteral("publishedMonths"), figures.publishedMonths},
                        {QStringLiteral("wellbeingMean"), figure(figures.wellbeingMean)},
                        {QStringLiteral("participantsPerMonth"), figure(figures.participantsPerMonth)},
                        {QStringLiteral("participationRate"), figure(figures.participationRate)},
                        {QStringLiteral("allianceMean"), figure(figures.allianceMean)}};
}

HrInterventionWindowFigures windowFromJson(const QJsonObject& object)
{
    HrInterventionWindowFigures figures;
    figures.months = object.value(QStringLiteral("months")).toInt();
    figures.publishedMonths = object.value(QStringLiteral("publishedMonths")).toInt();
    figures.wellbeingMean = number(object.value(QStringLiteral("wellbeingMean")));
    figures.participantsPerMonth = number(object.value(QStringLiteral("participantsPerMonth")));
    figures.participationRate = number(object.value(QStringLiteral("participationRate")));
    figures.allianceMean = number(object.value(QStringLiteral("allianceMean")));
    return figures;
}

QJsonObject changesToJson(const HrInterventionChanges& changes)
{
    return QJsonObject {{QStringLiteral("n"), figure(changes.people)},
                        {QStringLiteral("improved"), figure(changes.improved)},
                        {QStringLiteral("stable"), figure(changes.stable)},
                        {QStringLiteral("declined"), figure(changes.declined)}};
}

/** The rank of `rows` (0/1 entries) modulo the prime 2^31 − 1: exact for these small integer matrices. */
int rankModPrime(QList<QList<qint64>> rows)
{
    constexpr qint64 P = 2147483647;
    auto power = [](qint64 base, qint64 exponent) {
        qint64 result = 1;
        base %= P;
        while (exponent > 0) {
            if ((exponent & 1) != 0) {
                result = result * base % P;
            }
            base = base * base % P;
            exponent >>= 1;
        }
        return result;
    };
    int rank = 0;
    const int columns = rows.isEmpty() ? 0 : static_cast<int>(rows.first().size());
    for (int column = 0; column < columns && rank < rows.size(); ++column) {
        int pivot = -1;
        for (int row = rank; row < rows.size(); ++row) {
            if (rows[row][column] % P != 0) {
                pivot = row;
                break;
            }
        }
        if (pivot < 0) {
            continue;
        }
        rows.swapItemsAt(rank, pivot);
        const qint64 inverse = power(rows[rank][column], P - 2);
        for (int row = 0; row < rows.size(); ++row) {
            if (row == rank || rows[row][column] % P == 0) {
                continue;
            }
            const qint64 factor = rows[row][column] * inverse % P;
            for (int c = column; c < columns; ++c) {
                rows[row][c] = ((rows[row][c] - factor * rows[rank][c]) % P + P) % P;
            }
        }
        ++rank;
    }
    return rank;
}

} // namespace

QString HrInterventionWindows::key() const
{
    return QStringLiteral("%1..%2|%3..%4")
        .arg(monthText(beforeFrom), monthText(beforeTo), monthText(afterFrom), monthText(afterTo));
}

int HrInterventionWindowSettings::monthsFor(int weeks)
{
    const double months = std::round(std::max(weeks, 1) * 7.0 / 30.4375);
    return std::clamp(static_cast<int>(months), 1, MaxMonths);
}

HrInterventionWindows HrInterventionWindowSettings::windowsFor(const QDate& start) const
{
    HrInterventionWindows windows;
    const QDate startMonth = firstOfMonth(start);
    windows.beforeTo = startMonth.addMonths(-1);
    windows.beforeFrom = startMonth.addMonths(-monthsFor(weeksBefore));
    const QDate lagged = start.addDays(7LL * std::clamp(lagWeeks, 0, 52));
    windows.afterFrom = lagged.day() == 1 ? lagged : firstOfMonth(lagged).addMonths(1);
    windows.afterTo = windows.afterFrom.addMonths(monthsFor(weeksAfter) - 1);
    return windows;
}

namespace HrInterventionRules {

HrInterventionWindowFigures windowFigures(const QList<HrSnapshot>& snapshots,
                                          const QDate& from,
                                          const QDate& to,
                                          const QStringList& teams,
                                          const InstrumentDefinition& wellbeing,
                                          const InstrumentDefinition* alliance)
{
    QMap<QDate, QJsonObject> byMonth;
    for (const HrSnapshot& snapshot : snapshots) {
        if (snapshot.month >= from && snapshot.month <= to) {
            byMonth.insert(snapshot.month, QJsonDocument::fromJson(snapshot.figures).object());
        }
    }
    HrInterventionWindowFigures result;
    bool wellbeingShown = true;
    bool participationShown = true;
    bool rateShown = teams.isEmpty();
    bool allianceShown = teams.isEmpty() && alliance != nullptr;
    double people = 0;
    double sumOfMeans = 0;
    double participants = 0;
    double rates = 0;
    double allianceClients = 0;
    double allianceSum = 0;
    for (QDate month = from; month <= to && result.months < HrInterventionWindowSettings::MaxMonths;
         month = month.addMonths(1)) {
        ++result.months;
        const auto found = byMonth.constFind(month);
        if (found == byMonth.constEnd() || found->value(QStringLiteral("suppressed")).toBool(true)) {
            wellbeingShown = participationShown = rateShown = allianceShown = false;
            if (found != byMonth.constEnd()) {
                ++result.publishedMonths;
            }
            continue;
        }
        ++result.publishedMonths;
        const QJsonObject& figures = *found;
        if (teams.isEmpty()) {
            const QJsonObject own = figures.value(QStringLiteral("month")).toObject();
            const auto n = count(own.value(QStringLiteral("n")));
            const auto mean = number(own.value(QStringLiteral("mean")));
            if (n && mean) {
                people += static_cast<double>(*n);
                sumOfMeans += static_cast<double>(*n) * *mean;
            } else {
                wellbeingShown = false;
            }
            const auto monthParticipants = count(figures.value(QStringLiteral("participants")));
            participationShown = participationShown && monthParticipants.has_value();
            participants += static_cast<double>(monthParticipants.value_or(0));
            const auto rate = number(figures.value(QStringLiteral("participationRate")));
            rateShown = rateShown && rate.has_value();
            rates += rate.value_or(0);
            const QJsonObject allianceFigures = figures.value(QStringLiteral("alliance")).toObject();
            const auto clients = count(allianceFigures.value(QStringLiteral("n")));
            const auto allianceMean = number(allianceFigures.value(QStringLiteral("mean")));
            if (clients && allianceMean) {
                allianceClients += static_cast<double>(*clients);
                allianceSum += static_cast<double>(*clients) * *allianceMean;
            } else {
                allianceShown = false;
            }
            continue;
        }
        // A team scope adds up the named teams' rows of the month; each must be shown (team suppression).
        QMap<QString, QJsonObject> rows;
        for (const QJsonValue& value : figures.value(QStringLiteral("teams")).toArray()) {
            rows.insert(value.toObject().value(QStringLiteral("team")).toString(), value.toObject());
        }
        for (const QString& team : teams) {
            const QJsonObject row = rows.value(team);
            const auto n = count(row.value(QStringLiteral("n")));
            const auto mean = number(row.value(QStringLiteral("mean")));
            if (n && mean) {
                people += static_cast<double>(*n);
                sumOfMeans += static_cast<double>(*n) * *mean;
                participants += static_cast<double>(*n);
            } else {
                wellbeingShown = participationShown = false;
            }
        }
    }
    if (result.months == 0 || result.publishedMonths < result.months) {
        return result;
    }
    if (wellbeingShown && people > 0) {
        result.wellbeingMean = roundScore(sumOfMeans / people, wellbeing.decimals + 1);
    }
    if (participationShown) {
        result.participantsPerMonth = roundScore(participants / result.months, 1);
    }
    if (rateShown) {
        result.participationRate = roundScore(rates / result.months, 3);
    }
    if (allianceShown && allianceClients > 0) {
        result.allianceMean = roundScore(allianceSum / allianceClients, alliance->decimals + 1);
    }
    return result;
}

HrInterventionChanges changesFor(const QList<ChangeCell>& cells, const QStringList& teams, int k)
{
    qint64 totals[3] = {0, 0, 0};
    for (const ChangeCell& cell : cells) {
        if (teams.isEmpty() || teams.contains(cell.team)) {
            totals[0] += cell.improved;
            totals[1] += cell.stable;
            totals[2] += cell.declined;
        }
    }
    HrInterventionChanges changes;
    const qint64 people = totals[0] + totals[1] + totals[2];
    if (people < k) {
        return changes;
    }
    changes.people = people;
    // Rules 2, 3 and 5 on the partition improved / stable / declined: hide what is below k (zero too), then, while the
    // hidden ways together hold fewer than k people, the smallest shown one as cover (ties in display order).
    bool hidden[3];
    qint64 hiddenPeople = 0;
    for (int i = 0; i < 3; ++i) {
        hidden[i] = totals[i] < k;
        hiddenPeople += hidden[i] ? totals[i] : 0;
    }
    for (;;) {
        const bool anyHidden = hidden[0] || hidden[1] || hidden[2];
        if (!anyHidden || hiddenPeople >= k) {
            break;
        }
        int smallest = -1;
        for (int i = 0; i < 3; ++i) {
            if (!hidden[i] && (smallest < 0 || totals[i] < totals[smallest])) {
                smallest = i;
            }
        }
        if (smallest < 0) {
            break;
        }
        hidden[smallest] = true;
        hiddenPeople += totals[smallest];
    }
    std::optional<qint64>* const shown[] = {&changes.improved, &changes.stable, &changes.declined};
    for (int i = 0; i < 3; ++i) {
        if (!hidden[i]) {
            *shown[i] = totals[i];
        }
    }
    return changes;
}

bool overlapDiscloses(const QList<QStringList>& shown,
                      const QStringList& candidate,
                      const QList<ChangeCell>& cells,
                      int k)
{
    if (shown.isEmpty()) {
        return false; // one cohort alone is rules 2, 3 and 5
    }
    constexpr qsizetype MostCells = 16;
    if (cells.size() > MostCells) {
        return true; // too many teams to examine every combination: withhold rather than guess
    }
    QList<QList<qint64>> rows;
    QList<QStringList> scopes = shown;
    scopes.append(candidate);
    for (const QStringList& scope : std::as_const(scopes)) {
        QList<qint64> row;
        for (const ChangeCell& cell : cells) {
            row.append(scope.isEmpty() || scope.contains(cell.team) ? 1 : 0);
        }
        rows.append(row);
    }
    const int full = rankModPrime(rows);
    const auto n = static_cast<int>(cells.size());
    // A combination of the cohorts' counts covers only the cells of S exactly when dropping S's columns lowers the
    // rank: some non-zero combination vanishes outside S. It discloses when S holds 1 to k−1 people.
    for (quint32 subset = 1; subset < (1U << n); ++subset) {
        qint64 people = 0;
        for (int c = 0; c < n; ++c) {
            if ((subset & (1U << c)) != 0) {
                people += cells.at(c).people();
            }
        }
        if (people < 1 || people >= k) {
            continue;
        }
        QList<QList<qint64>> outside;
        for (const QList<qint64>& row : std::as_const(rows)) {
            QList<qint64> kept;
            for (int c = 0; c < n; ++c) {
                if ((subset & (1U << c)) == 0) {
                    kept.append(row.at(c));
                }
            }
            outside.append(kept);
        }
        if (rankModPrime(outside) < full) {
            return true;
        }
    }
    return false;
}

bool participationShift(const HrInterventionWindowFigures& before, const HrInterventionWindowFigures& after)
{
    if (!before.participantsPerMonth || !after.participantsPerMonth) {
        return false;
    }
    const double smaller = std::min(*before.participantsPerMonth, *after.participantsPerMonth);
    const double larger = std::max(*before.participantsPerMonth, *after.participantsPerMonth);
    return larger > 0 && smaller < larger * 2.0 / 3.0;
}

QString panelKey(const HrInterventionWindows& windows, const QStringList& teams)
{
    QStringList sorted = teams;
    sorted.sort();
    return windows.key() + QStringLiteral("|")
        + QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(sorted)).toJson(QJsonDocument::Compact));
}

QByteArray frozenToJson(const HrInterventionPanel& panel)
{
    const QJsonObject object {{QStringLiteral("windows"), panel.windows.key()},
                              {QStringLiteral("teams"), QJsonArray::fromStringList(panel.intervention.teams)},
                              {QStringLiteral("before"), windowToJson(panel.before)},
                              {QStringLiteral("after"), windowToJson(panel.after)},
                              {QStringLiteral("changes"), changesToJson(panel.changes)}};
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

void readFrozen(const QByteArray& json, HrInterventionPanel& panel)
{
    const QJsonObject object = QJsonDocument::fromJson(json).object();
    panel.before = windowFromJson(object.value(QStringLiteral("before")).toObject());
    panel.after = windowFromJson(object.value(QStringLiteral("after")).toObject());
    const QJsonObject changes = object.value(QStringLiteral("changes")).toObject();
    panel.changes.people = count(changes.value(QStringLiteral("n")));
    panel.changes.improved = count(changes.value(QStringLiteral("improved")));
    panel.changes.stable = count(changes.value(QStringLiteral("stable")));
    panel.changes.declined = count(changes.value(QStringLiteral("declined")));
    panel.participationShift = participationShift(panel.before, panel.after);
}

QJsonObject panelToJson(const HrInterventionPanel& panel)
{
    const Intervention& intervention = panel.intervention;
    auto window = [](const QDate& from, const QDate& to) {
        return QJsonObject {{QStringLiteral("from"), monthText(from)}, {QStringLiteral("to"), monthText(to)}};
    };
    QJsonObject before = windowToJson(panel.before);
    before.insert(QStringLiteral("window"), window(panel.windows.beforeFrom, panel.windows.beforeTo));
    QJsonObject after = windowToJson(panel.after);
    after.insert(QStringLiteral("window"), window(panel.windows.afterFrom, panel.windows.afterTo));
    return QJsonObject {
        {QStringLiteral("id"), intervention.id.toString(QUuid::WithoutBraces)},
        {QStringLiteral("title"), intervention.title},
        {QStringLiteral("kind"), interventionKindName(intervention.kind)},
        {QStringLiteral("start"), intervention.start.toString(Qt::ISODate)},
        {QStringLiteral("end"), intervention.end ? QJsonValue(intervention.end->toString(Qt::ISODate)) : QJsonValue()},
        {QStringLiteral("scope"),
         intervention.isOrganisationWide() ? QStringLiteral("organisation") : QStringLiteral("teams")},
        {QStringLiteral("teams"), QJsonArray::fromStringList(intervention.teams)},
        {QStringLiteral("complete"), panel.complete},
        {QStringLiteral("availableFrom"), panel.windows.availableFrom().toString(Qt::ISODate)},
        {QStringLiteral("before"), before},
        {QStringLiteral("after"), after},
        {QStringLiteral("changes"), changesToJson(panel.changes)},
        {QStringLiteral("participationShift"), panel.participationShift},
    };
}

} // namespace HrInterventionRules
} // namespace rapport
