#pragma once

#include "hub/HubInvitations.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QList>

namespace rapport::ui {

/** The hub's invitations as an admin lists them: for whom, as what, what became of each and until when. */
class HubInvitationsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        PersonColumn,
        RoleColumn,
        StatusColumn,
        WhenColumn,
        ColumnCount,
    };
    enum Roles
    {
        InvitationIdRole = Qt::UserRole + 1, ///< QUuid
        StatusRole, ///< int (InvitationEntry::Status)
    };

    explicit HubInvitationsModel(QObject* parent = nullptr);

    /** Replaces the rows; `now` decides which open ones have expired. */
    void setInvitations(QList<hub::InvitationEntry> invitations, const QDateTime& now);

    [[nodiscard]] int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    [[nodiscard]] int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QList<hub::InvitationEntry> m_invitations;
    QDateTime m_now;
};

} // namespace rapport::ui
