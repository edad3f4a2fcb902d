#pragma once

#include "hub/HubPeople.h"

#include <QAbstractTableModel>
#include <QList>

namespace rapport::ui {

/**
 * The hub's connections as an admin lists them: which client with which professional, whether the client has
 * accepted, declined or not answered yet, and since when.
 */
class HubConnectionsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        ClientColumn,
        ProfessionalColumn,
        StateColumn,
        SinceColumn,
        ColumnCount,
    };
    enum Roles
    {
        ConnectionIdRole = Qt::UserRole + 1, ///< QUuid
        StateRole, ///< int (Connection::State)
        SinceRole, ///< QDateTime: when it was answered, or made while pending
    };

    explicit HubConnectionsModel(QObject* parent = nullptr);

    /** Replaces the rows. */
    void setConnections(QList<hub::HubConnectionEntry> connections);
    [[nodiscard]] const hub::HubConnectionEntry* entry(int row) const;

    [[nodiscard]] int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    [[nodiscard]] int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QList<hub::HubConnectionEntry> m_connections;
};

} // namespace rapport::ui
