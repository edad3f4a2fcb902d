#include "SharingLogModel.h"

#include "common/DateText.h"
#include "common/StatusColours.h"

#include <QBrush>
#include <QLocale>

#include <algorithm>

namespace rapport::ui {

SharingLogModel::SharingLogModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void SharingLogModel::setChanges(const QList<SharingChange>& changes)
{
    setHistory(changes, {}, {});
}

void SharingLogModel::setHistory(const QList<SharingChange>& changes,
                                 const QList<ConnectionDecision>& decisions,
                                 const QHash<QUuid, QString>& names)
{
    QList<Entry> entries;
    entries.reserve(changes.size() + decisions.size());
    for (const SharingChange& change : changes) {
        entries.append({change.at, static_cast<int>(change.metric), QString(), change.to});
    }
    for (const ConnectionDecision& decision : decisions) {
        entries.append(
            {decision.at, -1, names.value(decision.professionalId, tr("A professional")), decision.accepted});
    }
    std::stable_sort(entries.begin(), entries.end(), [](const Entry& a, const Entry& b) { return a.at > b.at; });
    beginResetModel();
    m_entries = std::move(entries);
    endResetModel();
}

int SharingLogModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_entries.size());
}

int SharingLogModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SharingLogModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Entry& change = m_entries.at(index.row());
    const bool connection = change.metric < 0;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case WhenColumn:
            return DateText::dateTime(change.at);
        case ScoreColumn:
            if (connection) {
                return tr("Connection with %1").arg(change.professional);
            }
            return change.metric == static_cast<int>(Metric::Alliance) ? tr("Professional Alliance")
                                                                       : tr("Wellbeing Score");
        case ChangeColumn:
            if (connection) {
                return change.on ? tr("Accepted") : tr("Declined");
            }
            return change.on ? tr("Started sharing") : tr("Stopped sharing");
        default:
            return {};
        }
    case Qt::ForegroundRole:
        if (index.column() == ChangeColumn) {
            return QBrush(StatusColours::forSharing(change.on));
        }
        return {};
    case TimestampRole:
        return change.at;
    case MetricRole:
        return change.metric;
    case SharingOnRole:
        return change.on;
    default:
        return {};
    }
}

QVariant SharingLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case WhenColumn:
        return tr("When");
    case ScoreColumn:
        return tr("Score");
    case ChangeColumn:
        return tr("Change");
    default:
        return {};
    }
}

} // namespace rapport::ui
