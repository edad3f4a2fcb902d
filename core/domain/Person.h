#pragma once

#include "Role.h"

#include <QDateTime>
#include <QUuid>

namespace rapport {

/** Someone in the programme. */
struct Person
{
    QUuid id;
    QString name;
    Role role = Role::Client;
    QString team; ///< a client's team or department; empty when not recorded
    QDateTime createdAt;
    QDateTime updatedAt;

    friend bool operator==(const Person&, const Person&) = default;
};

} // namespace rapport
