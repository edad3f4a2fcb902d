#pragma once

#include "common/Error.h"

#include <QString>

namespace rapport {
class Store;
}

namespace rapport::hub {

class HubConnection;

/** What a bulk load copied. */
struct HubBulkLoadSummary
{
    qint64 people = 0;
    qint64 connections = 0;
    qint64 submissions = 0;
    qint64 sharingSettings = 0;
};

/**
 * Copies a whole local store (people, connections, submissions, sharing switches) into a hub, as the hub owner,
 * in batched multi-row INSERTs inside one transaction; rows the hub has already are left alone, so a load can be
 * repeated. For the HR comparison test and the 100k benchmark (an organisation's real data arrives by sync).
 * People get the placeholder login `<loginPrefix><id>` without a login role: they cannot log in.
 */
class HubBulkLoader
{
public:
    explicit HubBulkLoader(HubConnection& connection);

    [[nodiscard]] Result<HubBulkLoadSummary> load(Store& store, const QString& loginPrefix = QStringLiteral("bulk-"));

private:
    HubConnection& m_connection;
};

} // namespace rapport::hub
