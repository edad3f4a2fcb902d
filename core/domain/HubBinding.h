#pragma once

#include "Role.h"

#include <QDateTime>
#include <QUuid>

namespace rapport {

/**
 * Which hub person a local store belongs to (`rapport-cli hub join`). The hub URL is kept without any password:
 * the password comes from libpq's usual places (PGPASSWORD, ~/.pgpass, PGPASSFILE) or, in the GUI, a prompt.
 */
struct HubBinding
{
    QUuid personId; ///< the person's id on the hub, which is also their id in this store
    QString login; ///< their PostgreSQL login role
    QString hubUrl; ///< postgresql://LOGIN@HOST:PORT/DB[?sslmode=...], never with a password
    Role role = Role::Client;
    QDateTime joinedAt;
    QDateTime lastSyncedAt; ///< invalid until the first successful sync

    friend bool operator==(const HubBinding&, const HubBinding&) = default;
};

} // namespace rapport
