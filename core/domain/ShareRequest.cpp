#include "ShareRequest.h"

namespace rapport {

QString shareRequestStatusName(ShareRequest::Status status)
{
    switch (status) {
    case ShareRequest::Status::Pending:
        return QStringLiteral("pending");
    case ShareRequest::Status::Accepted:
        return QStringLiteral("accepted");
    case ShareRequest::Status::Declined:
        return QStringLiteral("declined");
    }
    return {};
}

std::optional<ShareRequest::Status> shareRequestStatusFromName(const QString& name)
{
    for (auto status :
         {ShareRequest::Status::Pending, ShareRequest::Status::Accepted, ShareRequest::Status::Declined}) {
        if (shareRequestStatusName(status) == name) {
            return status;
        }
    }
    return std::nullopt;
}

} // namespace rapport
