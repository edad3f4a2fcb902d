#pragma once

#include "Metric.h"

#include <QDateTime>
#include <QUuid>

#include <optional>

namespace rapport {

/** A professional asking a client to share a metric. Only the client answers it. */
struct ShareRequest
{
    enum class Status
    {
        Pending,
        Accepted,
        Declined,
    };

    QUuid id;
    QUuid professionalId;
    QUuid clientId;
    Metric metric = Metric::Alliance;
    Status status = Status::Pending;
    QDateTime requestedAt;
    QDateTime answeredAt; ///< null while pending

    friend bool operator==(const ShareRequest&, const ShareRequest&) = default;
};

/** "pending", "accepted", "declined". */
[[nodiscard]] QString shareRequestStatusName(ShareRequest::Status status);
[[nodiscard]] std::optional<ShareRequest::Status> shareRequestStatusFromName(const QString& name);

} // namespace rapport
