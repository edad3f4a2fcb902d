#include "HrCommands.h"

#include "CliContext.h"
#include "analytics/HrAnalytics.h"
#include "analytics/HrInterventionPanels.h"
#include "analytics/HrReportJson.h"
#include "common/CoreTr.h"
#include "hub/HubConnection.h"
#include "hub/HubHrReport.h"
#include "hub/HubMigrations.h"
#include "instruments/InstrumentIds.h"
#include "instruments/InstrumentRegistry.h"
#include "store/PersonRepository.h"
#include "store/Store.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUuid>

namespace rapport::cli {
namespace {

const QString PersonOption = QStringLiteral("person");
const QString JsonOptionName = QStringLiteral("json");
const QString HubOptionName = QStringLiteral("hub");

/** The HR report computed by the hub named by the context's environment (RAPPORT_HUB_URL). */
Result<HrReport> loadHubHrReport(const CliContext& context, const InstrumentRegistry& registry)
{
    auto connection = hub::HubConnection::openFromEnvironment(context.environment());
    if (!connection) {
        return tl::unexpected(connection.error());
    }
    if (auto compatible = hub::HubMigrations::checkCompatible(**connection); !compatible) {
        return tl::unexpected(compatible.error());
    }
    return hub::HubHrReport::load(**connection, registry);
}

/** Checks that `text` names an HR person of the store. */
Result<void> checkHrPerson(Store& store, const QString& text)
{
    const QUuid id = QUuid::fromString(text.trimmed());
    if (id.isNull()) {
        return fail(ErrorCode::InvalidArgument, CoreTr::tr("'%1' is not a valid person id.").arg(text));
    }
    auto person = store.people().find(id);
    if (!person) {
        return tl::unexpected(person.error());
    }
    if (person->role != Role::Hr) {
        return fail(ErrorCode::PermissionDenied, CoreTr::tr("Only HR people see the HR view."));
    }
    return {};
}

class TextReport
{
public:
    TextReport(const HrReport& report, int wellbeingDecimals, int allianceDecimals)
        : m_report(report)
        , m_wellbeingDecimals(wellbeingDecimals)
        , m_allianceDecimals(allianceDecimals)
        , m_suppressed(HrAnalytics::suppressedText(report.minimumGroupSize))
    {
    }

    QString count(const std::optional<qint64>& value) const { return value ? QString::number(*value) : m_suppressed; }

    QString wellbeing(const std::optional<double>& value) const
    {
        return value ? QString::number(*value, 'f', m_wellbeingDecimals) : m_suppressed;
    }

    QString alliance(const std::optional<double>& value) const
    {
        return value ? QString::number(*value, 'f', m_allianceDecimals) : m_suppressed;
    }

    QString withBracket(const std::optional<double>& mean, const std::optional<Bracket>& bracket) const
    {
        return bracket ? QStringLiteral("%1 (%2)").arg(wellbeing(mean), bracket->label.text()) : wellbeing(mean);
    }

    void print(QTextStream& out) const
    {
        const HrReport& r = m_report;
        if (r.period.isValid()) {
            out << CoreTr::tr("HR overview for %1, published %2; the next month's figures follow on %3 (groups of at "
                              "least %4 people)")
                       .arg(r.period.toString(QStringLiteral("yyyy-MM")),
                            r.publishedAt.toUTC().date().toString(Qt::ISODate),
                            r.nextPublication.toString(Qt::ISODate))
                       .arg(r.minimumGroupSize)
                << '\n';
        } else {
            out << CoreTr::tr("No month with answers has closed yet: the first HR figures are published on %1 (groups "
                              "of at least %2 people)")
                       .arg(r.nextPublication.toString(Qt::ISODate))
                       .arg(r.minimumGroupSize)
                << '\n';
        }
        if (r.suppressed) {
            out << CoreTr::tr("Fewer than %1 employees have taken part: every figure is hidden to protect them.")
                       .arg(r.minimumGroupSize)
                << '\n';
        }
        out << CoreTr::tr("Employees in the programme: %1").arg(count(r.employees)) << '\n';
        out << CoreTr::tr("Took part in the month (a Wellbeing Index): %1").arg(count(r.participants));
        if (r.participationRate) {
            out << QStringLiteral(" (%1 %)").arg(QString::number(*r.participationRate * 100.0, 'f', 1));
        }
        out << '\n';
        out << CoreTr::tr("Took part in the last %n days: %1", nullptr, r.recentDays).arg(count(r.recentParticipants))
            << '\n';
        if (r.lowParticipation) {
            out << CoreTr::tr("Caution: participation is low, so these figures may not represent the organisation.")
                << '\n';
        }
        out << CoreTr::tr("Wellbeing (each participant's latest): %1")
                   .arg(withBracket(r.wellbeingMean, r.wellbeingBracket))
            << '\n';
        for (const HrBracketCount& bracket : r.distribution) {
            out << QStringLiteral("  %1: %2").arg(bracket.bracket.label.text(), count(bracket.people)) << '\n';
        }
        out << CoreTr::tr("Trends (more than one submission): %1").arg(count(r.trends.people)) << '\n';
        out << QStringLiteral("  ") << CoreTr::tr("improving: %1").arg(count(r.trends.improving)) << '\n';
        out << QStringLiteral("  ") << CoreTr::tr("stable: %1").arg(count(r.trends.stable)) << '\n';
        out << QStringLiteral("  ") << CoreTr::tr("declining: %1").arg(count(r.trends.declining)) << '\n';
        out << CoreTr::tr("Professional Alliance: %1").arg(alliance(r.alliance.mean)) << '\n';
        for (const HrDimensionMean& dimension : r.alliance.dimensions) {
            out << QStringLiteral("  %1: %2").arg(dimension.dimension.label.text(), alliance(dimension.mean)) << '\n';
        }
        out << CoreTr::tr("By month:") << '\n';
        for (const HrMonth& month : r.monthly) {
            out << QStringLiteral("  %1: ").arg(month.month.toString(QStringLiteral("yyyy-MM")));
            if (month.isSuppressed()) {
                out << m_suppressed << '\n';
            } else {
                out << CoreTr::tr("%1 (%2 people)").arg(wellbeing(month.mean), count(month.people)) << '\n';
            }
        }
        out << CoreTr::tr("By team:") << '\n';
        for (const HrTeam& team : r.teams) {
            out << QStringLiteral("  %1: ").arg(team.name);
            if (team.isSuppressed()) {
                out << m_suppressed << '\n';
            } else {
                out << CoreTr::tr("%1, %2 people").arg(withBracket(team.mean, team.bracket), count(team.people))
                    << '\n';
            }
        }
    }

private:
    const HrReport& m_report;
    int m_wellbeingDecimals;
    int m_allianceDecimals;
    QString m_suppressed;
};

/** The interventions' before/after panels as text, after the report. */
void printInterventionPanels(QTextStream& out, const QList<HrInterventionPanel>& panels, const QString& suppressed)
{
    auto value = [&](const std::optional<double>& figure, int decimals) {
        return figure ? QString::number(*figure, 'f', decimals) : suppressed;
    };
    auto alliance = [&](const HrInterventionPanel& panel, const std::optional<double>& figure) {
        return panel.intervention.isOrganisationWide() ? value(figure, 2) : CoreTr::tr("not by team");
    };
    auto people = [&](const std::optional<qint64>& figure) { return figure ? QString::number(*figure) : suppressed; };
    out << CoreTr::tr("Interventions:") << '\n';
    if (panels.isEmpty()) {
        out << QStringLiteral("  ") << CoreTr::tr("none recorded") << '\n';
    }
    const QString month = QStringLiteral("yyyy-MM");
    for (const HrInterventionPanel& panel : panels) {
        out << QStringLiteral("  %1 (%2, %3)")
                   .arg(panel.intervention.title,
                        interventionKindDisplayName(panel.intervention.kind),
                        panel.intervention.start.toString(Qt::ISODate))
            << '\n';
        out << QStringLiteral("    ")
            << CoreTr::tr("before %1–%2: wellbeing %3, alliance %4, %5 participants a month")
                   .arg(panel.windows.beforeFrom.toString(month),
                        panel.windows.beforeTo.toString(month),
                        value(panel.before.wellbeingMean, 1),
                        alliance(panel, panel.before.allianceMean),
                        value(panel.before.participantsPerMonth, 1))
            << '\n';
        if (!panel.complete) {
            out << QStringLiteral("    ")
                << CoreTr::tr("after %1–%2: available after %3")
                       .arg(panel.windows.afterFrom.toString(month),
                            panel.windows.afterTo.toString(month),
                            panel.windows.availableFrom().toString(Qt::ISODate))
                << '\n';
            continue;
        }
        out << QStringLiteral("    ")
            << CoreTr::tr("after %1–%2: wellbeing %3, alliance %4, %5 participants a month")
                   .arg(panel.windows.afterFrom.toString(month),
                        panel.windows.afterTo.toString(month),
                        value(panel.after.wellbeingMean, 1),
                        alliance(panel, panel.after.allianceMean),
                        value(panel.after.participantsPerMonth, 1))
            << '\n';
        out << QStringLiteral("    ")
            << CoreTr::tr("answered in both: %1; improved %2, stable %3, declined %4")
                   .arg(people(panel.changes.people),
                        people(panel.changes.improved),
                        people(panel.changes.stable),
                        people(panel.changes.declined))
            << '\n';
        if (panel.participationShift) {
            out << QStringLiteral("    ") << CoreTr::tr("Caution: participation differs a lot between the two windows.")
                << '\n';
        }
    }
}

/** Prints `report` (and the interventions' panels, from the store) as JSON (--json) or text. */
int printHrReport(CliContext& context,
                  const QCommandLineParser& parser,
                  const HrReport& report,
                  const InstrumentRegistry& registry,
                  const std::optional<QList<HrInterventionPanel>>& panels = std::nullopt)
{
    if (parser.isSet(JsonOptionName)) {
        QJsonObject json = hrReportToJson(report);
        if (panels) {
            QJsonArray interventions;
            for (const HrInterventionPanel& panel : *panels) {
                interventions.append(HrInterventionRules::panelToJson(panel));
            }
            json.insert(QStringLiteral("interventions"), interventions);
        }
        context.printJson(QJsonDocument(json));
        return ExitOk;
    }
    const InstrumentDefinition* wellbeing = registry.find(InstrumentIds::Wellbeing);
    const InstrumentDefinition* alliance = registry.find(InstrumentIds::Alliance);
    const TextReport text(report, wellbeing ? wellbeing->decimals + 1 : 1, alliance ? alliance->decimals + 1 : 2);
    text.print(context.out());
    if (panels) {
        printInterventionPanels(context.out(), *panels, HrAnalytics::suppressedText(report.minimumGroupSize));
    }
    context.out().flush();
    return ExitOk;
}

} // namespace

void addViewHrOptions(QCommandLineParser& parser)
{
    parser.addOption(QCommandLineOption(
        PersonOption, CoreTr::tr("The HR person asking (optional; must have role hr)."), QStringLiteral("ID")));
    parser.addOption(QCommandLineOption(
        HubOptionName, CoreTr::tr("Ask the hub in RAPPORT_HUB_URL (as an HR login) instead of the local store.")));
}

bool wantsHubHr(const QCommandLineParser& parser)
{
    return parser.isSet(HubOptionName);
}

int runViewHr(CliContext& context, const QCommandLineParser& parser, Store& store)
{
    if (!parser.positionalArguments().isEmpty()) {
        return context.reportUsage(CoreTr::tr("view hr takes no id: it shows the whole organisation (use --person "
                                              "for the HR person asking)."));
    }
    if (parser.isSet(PersonOption)) {
        if (auto allowed = checkHrPerson(store, parser.value(PersonOption)); !allowed) {
            return context.reportError(allowed.error());
        }
    }
    auto registry = InstrumentRegistry::load(context.instrumentsDirectory);
    if (!registry) {
        return context.reportError(registry.error());
    }
    auto report = HrAnalytics::load(store, *registry);
    if (!report) {
        return context.reportError(report.error());
    }
    auto panels = HrInterventionPanels::load(store, *registry);
    if (!panels) {
        return context.reportError(panels.error());
    }
    return printHrReport(context, parser, *report, *registry, *panels);
}

int runViewHubHr(CliContext& context, const QCommandLineParser& parser)
{
    if (!parser.positionalArguments().isEmpty() || parser.isSet(PersonOption)) {
        return context.reportUsage(CoreTr::tr("view hr --hub takes no id and no --person: the hub login says who "
                                              "is asking."));
    }
    auto registry = InstrumentRegistry::load(context.instrumentsDirectory);
    if (!registry) {
        return context.reportError(registry.error());
    }
    auto report = loadHubHrReport(context, *registry);
    if (!report) {
        return context.reportError(report.error());
    }
    return printHrReport(context, parser, *report, *registry);
}

} // namespace rapport::cli
