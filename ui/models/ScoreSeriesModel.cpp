#include "ScoreSeriesModel.h"

#include "instruments/Scoring.h"

namespace rapport::ui {

ScoreSeriesModel::ScoreSeriesModel(int decimals, QObject* parent)
    : QAbstractTableModel(parent)
    , m_decimals(decimals)
{
}

void ScoreSeriesModel::setSeries(const ScoreSeries& series)
{
    beginResetModel();
    m_series = series;
    endResetModel();
}

int ScoreSeriesModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_series.points.size());
}

int ScoreSeriesModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ScoreSeriesModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const SeriesPoint& point = m_series.points.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return index.column() == TimeColumn ? QVariant(point.at) : QVariant(point.score);
    case ScoreTextRole:
        return displayScore(point.score, m_decimals);
    default:
        return {};
    }
}

QVariant ScoreSeriesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case TimeColumn:
        return tr("Date");
    case ScoreColumn:
        return tr("Score");
    default:
        return {};
    }
}

} // namespace rapport::ui
