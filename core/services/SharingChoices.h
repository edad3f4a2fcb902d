#pragma once

#include "common/Error.h"
#include "domain/SharingState.h"

#include <QList>

#include <optional>

namespace rapport {

class Store;

/**
 * A client's sharing choices: off by default, one switch per score for all of their professionals at once, each
 * change recorded in the append-only audit log. Only the client changes them, so the client is also the one
 * recorded as having changed them. The Sharing dialog and `rapport-cli sharing` go through here.
 */
class SharingChoices
{
public:
    explicit SharingChoices(Store& store);

    [[nodiscard]] Result<SharingState> state(const QUuid& clientId);
    /** Turns sharing of `metric` on or off; the audit entry, or nothing when it already was so. */
    [[nodiscard]] Result<std::optional<SharingChange>> set(const QUuid& clientId, Metric metric, bool on);
    /** The audit log, oldest first. */
    [[nodiscard]] Result<QList<SharingChange>> log(const QUuid& clientId);

private:
    Store& m_store;
};

} // namespace rapport
