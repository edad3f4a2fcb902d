#pragma once

#include <QDate>
#include <QDateTime>
#include <QStringList>
#include <QUuid>

#include <optional>

namespace rapport {

/**
 * Something the organisation did for its people's wellbeing, recorded by HR or an administrator so the HR figures
 * before and after it can be compared (docs/hr-dashboard.md, "Interventions"). It holds no personal data: a title,
 * a kind, dates and the teams it was for.
 */
struct Intervention
{
    enum class Kind
    {
        ManagerCheckIns,
        WellnessSessions,
        ProviderChange,
        WorkloadChange,
        Other,
    };

    QUuid id;
    QString title;
    Kind kind = Kind::Other;
    QDate start; ///< the first day
    std::optional<QDate> end; ///< the last day, when it has one (on or after start)
    QStringList teams; ///< the teams it was for, sorted; empty: the whole organisation
    QDateTime createdAt;
    QDateTime updatedAt;

    [[nodiscard]] bool isOrganisationWide() const { return teams.isEmpty(); }

    friend bool operator==(const Intervention&, const Intervention&) = default;
};

/** Every kind, in the order forms and lists show them. */
[[nodiscard]] QList<Intervention::Kind> interventionKinds();
/** The stable, untranslated name of `kind` ("manager-check-ins"), as stored and in JSON and the CLI. */
[[nodiscard]] QString interventionKindName(Intervention::Kind kind);
/** The kind named `name`, or nothing. */
[[nodiscard]] std::optional<Intervention::Kind> interventionKindFromName(const QString& name);
/** The kind for people ("Manager check-ins"), translated. */
[[nodiscard]] QString interventionKindDisplayName(Intervention::Kind kind);

} // namespace rapport
