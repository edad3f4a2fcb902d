#include "HubConnectionsModel.h"

#include "common/DateText.h"

namespace rapport::ui {
namespace {

QString stateText(Connection::State state)
{
    switch (state) {
    case Connection::State::Pending:
        return HubConnectionsModel::tr("Waiting for the client");
    case Connection::State::Accepted:
        return HubConnectionsModel::tr("Accepted");
    case Connection::State::Declined:
        return HubConnectionsModel::tr("Declined");
    }
    return QString();
}

QDateTime since(const hub::HubConnectionEntry& entry)
{
    return entry.decidedAt.isValid() ? entry.decidedAt : entry.createdAt;
}

} // namespace

HubConnectionsModel::HubConnectionsModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void HubConnectionsModel::setConnections(QList<hub::HubConnectionEntry> connections)
{
    beginResetModel();
    m_connections = std::move(connections);
    endResetModel();
}

const hub::HubConnectionEntry* HubConnectionsModel::entry(int row) const
{
    return row >= 0 && row < m_connections.size() ? &m_connections.at(row) : nullptr;
}

int HubConnectionsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_connections.size());
}

int HubConnectionsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant HubConnectionsModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_connections.size()) {
        return {};
    }
    const hub::HubConnectionEntry& entry = m_connections.at(index.row());
    if (role == ConnectionIdRole) {
        return entry.id;
    }
    if (role == StateRole) {
        return static_cast<int>(entry.state);
    }
    if (role == SinceRole) {
        return since(entry);
    }
    if (role == Qt::ToolTipRole && index.column() == SinceColumn) {
        return entry.decidedAt.isValid()
            ? tr("Made %1, answered %2").arg(DateText::dateTime(entry.createdAt), DateText::dateTime(entry.decidedAt))
            : tr("Made %1").arg(DateText::dateTime(entry.createdAt));
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole) {
        return {};
    }
    switch (index.column()) {
    case ClientColumn:
        return entry.clientName;
    case ProfessionalColumn:
        return entry.professionalName;
    case StateColumn:
        return stateText(entry.state);
    case SinceColumn:
        return DateText::dateTime(since(entry));
    default:
        break;
    }
    return {};
}

QVariant HubConnectionsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case ClientColumn:
        return tr("Client");
    case ProfessionalColumn:
        return tr("Professional");
    case StateColumn:
        return tr("State");
    case SinceColumn:
        return tr("Since");
    default:
        return {};
    }
}

} // namespace rapport::ui
