#pragma once

#include <QDateTime>
#include <QUuid>

namespace rapport {

/** A client working with a professional. Alliance surveys and share requests belong to a connection. */
struct Connection
{
    QUuid id;
    QUuid clientId;
    QUuid professionalId;
    QDateTime createdAt;
    QDateTime updatedAt;

    friend bool operator==(const Connection&, const Connection&) = default;
};

} // namespace rapport
