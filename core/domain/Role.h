#pragma once

#include <QString>

#include <optional>

namespace rapport {

/** What a person is in the programme; decides which mode of Rapport they open and what they may see. */
enum class Role
{
    Client, ///< an employee in the programme
    Professional, ///< a therapist, coach or counsellor connected to clients
    Hr, ///< sees aggregated, anonymised figures only
    Admin, ///< manages people and backups; reads no scores
};

/** "client", "professional", "hr", "admin": the stored and CLI spelling. */
[[nodiscard]] QString roleName(Role role);
[[nodiscard]] std::optional<Role> roleFromName(const QString& name);
/** Translated, for people. */
[[nodiscard]] QString roleDisplayName(Role role);

} // namespace rapport
