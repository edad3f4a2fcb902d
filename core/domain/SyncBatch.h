#pragma once

#include "Connection.h"
#include "Person.h"
#include "ShareRequest.h"
#include "SharingState.h"
#include "Submission.h"

#include <QList>

namespace rapport {

/** One sharing setting as a row: a client's choice for one metric, with its change time. */
struct SharingSetting
{
    QUuid clientId;
    Metric metric = Metric::Alliance;
    bool enabled = false;
    QDateTime createdAt;
    QDateTime updatedAt;

    friend bool operator==(const SharingSetting&, const SharingSetting&) = default;
};

/** A local row at the version that was read for pushing: recorded as pushed once the hub has it. */
struct PushedRow
{
    QString table;
    QString rowId;
    qint64 version = 0; ///< the row's updated_at (UTC milliseconds) when it was read

    friend bool operator==(const PushedRow&, const PushedRow&) = default;
};

/**
 * What this store's person owns that the hub does not have yet (or has at an older version). Every row is sent
 * with an idempotent statement, so sending a batch twice changes nothing the second time.
 */
struct OutgoingBatch
{
    QList<Submission> submissions; ///< a client's questionnaires
    QList<SharingSetting> sharing; ///< a client's sharing choices
    QList<SharingChange> audit; ///< a client's sharing audit log (append-only)
    QList<ShareRequest> newRequests; ///< a professional's share requests
    QList<ShareRequest> answeredRequests; ///< a client's answers to requests addressed to them
    QList<Connection> answeredConnections; ///< a client's answers to connections made for them
    QList<ConnectionDecision> connectionDecisions; ///< and their log (append-only)
    QList<PushedRow> rows; ///< every row above, for the bookkeeping after the hub committed

    [[nodiscard]] qsizetype size() const { return rows.size(); }
    [[nodiscard]] bool isEmpty() const { return rows.isEmpty(); }
};

/**
 * Everything the hub lets this person see, as the hub's row-level security returns it. Applying it to the local
 * store upserts these rows and removes cached rows of other people that are no longer in it.
 */
struct PulledSnapshot
{
    QList<Person> people;
    QList<Connection> connections;
    QList<SharingSetting> sharing;
    QList<Submission> submissions;
    QList<SharingChange> audit; ///< the person's own audit log (a client re-joining on a new machine)
    QList<ShareRequest> requests;
    QList<ConnectionDecision> connectionDecisions; ///< the client's own answers to connections
};

/** What one sync did, for the CLI's --json and the GUI's status message. */
struct SyncOutcome
{
    qsizetype pushed = 0;
    qsizetype pulled = 0;
    qsizetype removed = 0; ///< cached rows the hub no longer shows this person (e.g. after a revocation)
    QDateTime at;
};

} // namespace rapport
