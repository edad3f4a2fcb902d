#include "HrInterventionPanels.h"

#include "HrAnalytics.h"
#include "HrPublication.h"
#include "instruments/InstrumentIds.h"
#include "instruments/InstrumentRegistry.h"
#include "store/HrInterventionPanelRepository.h"
#include "store/HrSnapshotRepository.h"
#include "store/InterventionRepository.h"
#include "store/SettingsRepository.h"
#include "store/Store.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace rapport::HrInterventionPanels {
namespace {

Result<int> weeksSetting(Store& store, const QString& key, int fallback, int least)
{
    auto value = store.settings().value(key);
    if (!value) {
        return tl::unexpected(value.error());
    }
    bool ok = false;
    const int weeks = value->trimmed().toInt(&ok);
    return ok ? std::clamp(weeks, least, 52) : fallback;
}

/** The teams of a frozen panel (empty: the organisation), when its counts were published. */
std::optional<QStringList> shownScope(const QByteArray& figures)
{
    const QJsonObject object = QJsonDocument::fromJson(figures).object();
    if (!object.value(QStringLiteral("changes")).toObject().value(QStringLiteral("n")).isDouble()) {
        return std::nullopt;
    }
    QStringList teams;
    for (const QJsonValue& team : object.value(QStringLiteral("teams")).toArray()) {
        teams.append(team.toString());
    }
    return teams;
}

} // namespace

Result<HrInterventionWindowSettings> windowSettings(Store& store)
{
    HrInterventionWindowSettings settings;
    auto before = weeksSetting(store, HrInterventionWindowSettings::WeeksBeforeSetting, settings.weeksBefore, 1);
    auto lag = weeksSetting(store, HrInterventionWindowSettings::LagWeeksSetting, settings.lagWeeks, 0);
    auto after = weeksSetting(store, HrInterventionWindowSettings::WeeksAfterSetting, settings.weeksAfter, 1);
    if (!before || !lag || !after) {
        return tl::unexpected(!before ? before.error() : !lag ? lag.error() : after.error());
    }
    settings.weeksBefore = *before;
    settings.lagWeeks = *lag;
    settings.weeksAfter = *after;
    return settings;
}

Result<QList<HrInterventionPanel>> load(Store& store, const InstrumentRegistry& registry)
{
    auto wellbeing = registry.get(InstrumentIds::Wellbeing);
    if (!wellbeing) {
        return tl::unexpected(wellbeing.error());
    }
    const InstrumentDefinition* alliance = registry.find(InstrumentIds::Alliance);
    if (auto published = HrPublication::publish(store, registry); !published) {
        return tl::unexpected(published.error());
    }
    auto k = HrAnalytics::minimumGroupSize(store);
    auto settings = windowSettings(store);
    auto snapshots = HrSnapshotRepository(store).all();
    auto interventions = InterventionRepository(store).list();
    HrInterventionPanelRepository repository(store);
    auto frozen = repository.frozen();
    if (!k || !settings || !snapshots || !interventions || !frozen) {
        return tl::unexpected(!k                   ? k.error()
                                  : !settings      ? settings.error()
                                  : !snapshots     ? snapshots.error()
                                  : !interventions ? interventions.error()
                                                   : frozen.error());
    }
    QSet<QDate> publishedMonths;
    for (const HrSnapshot& snapshot : std::as_const(*snapshots)) {
        publishedMonths.insert(snapshot.month);
    }
    const QDateTime now = store.clock().now();
    QList<HrInterventionPanel> panels;
    auto written = store.transaction([&]() -> Result<void> {
        for (const Intervention& intervention : std::as_const(*interventions)) {
            HrInterventionPanel panel;
            panel.intervention = intervention;
            panel.windows = settings->windowsFor(intervention.start);
            const QString key = HrInterventionRules::panelKey(panel.windows, intervention.teams);
            if (const auto found = frozen->constFind(key); found != frozen->constEnd()) {
                HrInterventionRules::readFrozen(*found, panel);
                panel.complete = true;
                panels.append(panel);
                continue;
            }
            panel.before = HrInterventionRules::windowFigures(
                *snapshots, panel.windows.beforeFrom, panel.windows.beforeTo, intervention.teams, *wellbeing, alliance);
            panel.after = HrInterventionRules::windowFigures(
                *snapshots, panel.windows.afterFrom, panel.windows.afterTo, intervention.teams, *wellbeing, alliance);
            panel.participationShift = HrInterventionRules::participationShift(panel.before, panel.after);
            panel.complete = publishedMonths.contains(panel.windows.afterTo);
            if (!panel.complete) {
                panels.append(panel);
                continue;
            }
            // The after-window is published: the counts, once, then frozen with everything else.
            auto cells = repository.changeCells(wellbeing->id, panel.windows, wellbeing->meaningfulChange);
            if (!cells) {
                return tl::unexpected(cells.error());
            }
            panel.changes = HrInterventionRules::changesFor(*cells, intervention.teams, *k);
            if (panel.changes.people) {
                QList<QStringList> shown;
                for (auto other = frozen->constBegin(); other != frozen->constEnd(); ++other) {
                    if (other.key().startsWith(panel.windows.key() + QLatin1Char('|'))) {
                        if (const auto scope = shownScope(other.value())) {
                            shown.append(*scope);
                        }
                    }
                }
                if (HrInterventionRules::overlapDiscloses(shown, intervention.teams, *cells, *k)) {
                    panel.changes = HrInterventionChanges {};
                }
            }
            const QByteArray figures = HrInterventionRules::frozenToJson(panel);
            RAPPORT_TRY(repository.freeze(key, now, figures));
            frozen->insert(key, figures);
            panels.append(panel);
        }
        return {};
    });
    if (!written) {
        return tl::unexpected(written.error());
    }
    return panels;
}

} // namespace rapport::HrInterventionPanels
