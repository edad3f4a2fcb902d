#pragma once

#include "Metric.h"

#include <QDateTime>
#include <QUuid>

namespace rapport {

/** A client's current sharing choices. Both are off until the client turns them on. */
struct SharingState
{
    bool alliance = false;
    bool wellbeing = false;

    [[nodiscard]] bool isOn(Metric metric) const { return metric == Metric::Alliance ? alliance : wellbeing; }
    [[nodiscard]] bool anyOn() const { return alliance || wellbeing; }
    friend bool operator==(const SharingState&, const SharingState&) = default;
};

/** One entry of the append-only sharing audit log. */
struct SharingChange
{
    QUuid id;
    QUuid clientId;
    Metric metric = Metric::Alliance;
    bool from = false;
    bool to = false;
    QUuid changedBy;
    QDateTime at;

    friend bool operator==(const SharingChange&, const SharingChange&) = default;
};

} // namespace rapport
