#pragma once

#include <QString>
#include <QStringList>

namespace rapport::hub {

/**
 * Splits a PostgreSQL script into its statements at top-level semicolons, keeping quoted strings, quoted
 * identifiers, dollar-quoted bodies and comments intact. QPSQL runs a multi-statement string but reports only some
 * of its errors, so migrations run statement by statement.
 */
[[nodiscard]] QStringList splitSqlScript(const QString& script);

} // namespace rapport::hub
