#include "ProfessionalClientsModel.h"

#include "common/DateText.h"
#include "common/StatusColours.h"
#include "instruments/Scoring.h"

#include <QBrush>
#include <QLocale>

namespace rapport::ui {

namespace {

/** "+1.2" or "-1.1": the fitted change of a trend, as scores are shown. */
QString signedChange(const Trend& trend, int decimals)
{
    const double change = trend.change.value_or(0);
    return (change > 0 ? QStringLiteral("+") : QString()) + displayScore(change, decimals);
}

} // namespace

ProfessionalClientsModel::ProfessionalClientsModel(int allianceDecimals, QObject* parent)
    : QAbstractTableModel(parent)
    , m_allianceDecimals(allianceDecimals)
{
}

void ProfessionalClientsModel::setOverview(ProfessionalOverview overview)
{
    bool sameClients = overview.clients.size() == m_overview.clients.size();
    for (qsizetype i = 0; sameClients && i < overview.clients.size(); ++i) {
        sameClients = overview.clients.at(i).client.id == m_overview.clients.at(i).client.id;
    }
    if (!sameClients) {
        beginResetModel();
        m_overview = std::move(overview);
        endResetModel();
        return;
    }
    m_overview = std::move(overview);
    if (!m_overview.clients.isEmpty()) {
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    }
}

int ProfessionalClientsModel::rowOf(const QUuid& clientId) const
{
    for (qsizetype i = 0; i < m_overview.clients.size(); ++i) {
        if (m_overview.clients.at(i).client.id == clientId) {
            return static_cast<int>(i);
        }
    }
    return -1;
}

std::optional<ProfessionalClientEntry> ProfessionalClientsModel::entry(int row) const
{
    if (row < 0 || row >= m_overview.clients.size()) {
        return std::nullopt;
    }
    return m_overview.clients.at(row);
}

QString ProfessionalClientsModel::sharingText(const SharingState& sharing)
{
    if (sharing.alliance && sharing.wellbeing) {
        return tr("● Sharing");
    }
    if (sharing.alliance) {
        return tr("● Sharing: alliance only");
    }
    if (sharing.wellbeing) {
        return tr("● Sharing: wellbeing only");
    }
    return tr("● Not Sharing");
}

int ProfessionalClientsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_overview.clients.size());
}

int ProfessionalClientsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ProfessionalClientsModel::display(const ProfessionalClientEntry& entry, int column) const
{
    switch (column) {
    case ClientColumn:
        return entry.client.name;
    case SharingColumn:
        if (!entry.pendingRequests.isEmpty() && !(entry.sharing.alliance && entry.sharing.wellbeing)) {
            return tr("%1 (request pending)").arg(sharingText(entry.sharing));
        }
        return sharingText(entry.sharing);
    case AllianceColumn:
        if (!entry.alliance) {
            return tr("Not shared");
        }
        if (!entry.alliance->latest) {
            return tr("No survey yet");
        }
        return displayScore(*entry.alliance->latest, m_allianceDecimals);
    case TrendColumn:
        if (!entry.alliance) {
            return tr("—");
        }
        switch (entry.alliance->trend.direction) {
        case TrendDirection::Improving:
            return tr("↑ improving (%1)").arg(signedChange(entry.alliance->trend, m_allianceDecimals));
        case TrendDirection::Stable:
            return tr("→ stable");
        case TrendDirection::Declining:
            return tr("↓ declining (%1)").arg(signedChange(entry.alliance->trend, m_allianceDecimals));
        case TrendDirection::Insufficient:
            break;
        }
        return tr("after 2 surveys");
    case LastUpdatedColumn:
        if (!entry.lastUpdated.isValid()) {
            return tr("—");
        }
        return DateText::date(entry.lastUpdated);
    default:
        return {};
    }
}

QString ProfessionalClientsModel::toolTip(const ProfessionalClientEntry& entry) const
{
    if (!entry.sharing.anyOn()) {
        return entry.pendingRequests.isEmpty()
            ? tr("%1 does not share any scores with you.").arg(entry.client.name)
            : tr("%1 does not share any scores with you yet; your request is waiting for their answer.")
                  .arg(entry.client.name);
    }
    if (!entry.lastUpdated.isValid()) {
        return tr("%1 shares with you but has not submitted anything shared yet.").arg(entry.client.name);
    }
    return tr("Last updated %1").arg(DateText::dateTime(entry.lastUpdated));
}

QVariant ProfessionalClientsModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const ProfessionalClientEntry& entry = m_overview.clients.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(entry, index.column());
    case Qt::ToolTipRole:
        return toolTip(entry);
    case Qt::ForegroundRole:
        if (index.column() == SharingColumn) {
            return QBrush(StatusColours::forSharing(entry.sharing.anyOn()));
        }
        if ((index.column() == AllianceColumn || index.column() == TrendColumn) && !entry.alliance) {
            return QBrush(StatusColours::Neutral);
        }
        return {};
    case Qt::AccessibleTextRole:
        return QStringLiteral("%1, %2").arg(entry.client.name, display(entry, SharingColumn).toString().mid(2));
    case ClientIdRole:
        return entry.client.id;
    case NameRole:
        return entry.client.name;
    case SharingRole:
        return entry.sharing.anyOn();
    case SharesAllianceRole:
        return entry.sharing.alliance;
    case SharesWellbeingRole:
        return entry.sharing.wellbeing;
    case LatestAllianceRole:
        return entry.alliance && entry.alliance->latest ? QVariant(*entry.alliance->latest) : QVariant();
    case AllianceTrendRole:
        return entry.alliance ? QVariant(static_cast<int>(entry.alliance->trend.direction)) : QVariant();
    case LastUpdatedRole:
        return entry.lastUpdated.isValid() ? QVariant(entry.lastUpdated) : QVariant();
    case PendingRequestsRole:
        return static_cast<int>(entry.pendingRequests.size());
    case HasScoresRole:
        return entry.alliance.has_value() || entry.wellbeing.has_value();
    default:
        return {};
    }
}

QVariant ProfessionalClientsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case ClientColumn:
        return tr("Client");
    case SharingColumn:
        return tr("Sharing");
    case AllianceColumn:
        return tr("Alliance");
    case TrendColumn:
        return tr("Trend");
    case LastUpdatedColumn:
        return tr("Last updated");
    default:
        return {};
    }
}

} // namespace rapport::ui
