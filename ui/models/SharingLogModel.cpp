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

void SharingLogModel::setChanges(QList<SharingChange> changes)
{
    std::stable_sort(changes.begin(), changes.end(),
                     [](const SharingChange& a, const SharingChange& b) { return a.at > b.at; });
    beginResetModel();
    m_changes = std::move(changes);
    endResetModel();
}

int SharingLogModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_changes.size());
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
    const SharingChange& change = m_changes.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case WhenColumn:
            return DateText::dateTime(change.at);
        case ScoreColumn:
            return change.metric == Metric::Alliance ? tr("Professional Alliance") : tr("Wellbeing Score");
        case ChangeColumn:
            return change.to ? tr("Started sharing") : tr("Stopped sharing");
        default:
            return {};
        }
    case Qt::ForegroundRole:
        if (index.column() == ChangeColumn) {
            return QBrush(StatusColours::forSharing(change.to));
        }
        return {};
    case TimestampRole:
        return change.at;
    case MetricRole:
        return static_cast<int>(change.metric);
    case SharingOnRole:
        return change.to;
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
