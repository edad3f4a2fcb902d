#include "HubInvitationsModel.h"

#include "common/DateText.h"

namespace rapport::ui {
namespace {

QString statusText(hub::InvitationEntry::Status status)
{
    switch (status) {
    case hub::InvitationEntry::Status::Open:
        return HubInvitationsModel::tr("Open");
    case hub::InvitationEntry::Status::Used:
        return HubInvitationsModel::tr("Used");
    case hub::InvitationEntry::Status::Expired:
        return HubInvitationsModel::tr("Expired");
    case hub::InvitationEntry::Status::Revoked:
        return HubInvitationsModel::tr("Revoked");
    }
    return QString();
}

} // namespace

HubInvitationsModel::HubInvitationsModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void HubInvitationsModel::setInvitations(QList<hub::InvitationEntry> invitations, const QDateTime& now)
{
    beginResetModel();
    m_invitations = std::move(invitations);
    m_now = now;
    endResetModel();
}

int HubInvitationsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_invitations.size());
}

int HubInvitationsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant HubInvitationsModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_invitations.size()) {
        return {};
    }
    const hub::InvitationEntry& entry = m_invitations.at(index.row());
    const hub::InvitationEntry::Status status = entry.status(m_now);
    if (role == InvitationIdRole) {
        return entry.id;
    }
    if (role == StatusRole) {
        return static_cast<int>(status);
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole) {
        return {};
    }
    switch (index.column()) {
    case PersonColumn:
        return entry.personName;
    case RoleColumn:
        return roleDisplayName(entry.role);
    case StatusColumn:
        return statusText(status);
    case WhenColumn:
        switch (status) {
        case hub::InvitationEntry::Status::Open:
            return tr("until %1").arg(DateText::dateTime(entry.expiresAt));
        case hub::InvitationEntry::Status::Used:
            return DateText::dateTime(entry.usedAt);
        case hub::InvitationEntry::Status::Expired:
            return DateText::dateTime(entry.expiresAt);
        case hub::InvitationEntry::Status::Revoked:
            return DateText::dateTime(entry.revokedAt);
        }
        break;
    default:
        break;
    }
    return {};
}

QVariant HubInvitationsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case PersonColumn:
        return tr("Person");
    case RoleColumn:
        return tr("Role");
    case StatusColumn:
        return tr("Status");
    case WhenColumn:
        return tr("When");
    default:
        return {};
    }
}

} // namespace rapport::ui
