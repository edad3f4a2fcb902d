#pragma once

#include "sharing/ScoreSeries.h"

#include <QAbstractTableModel>

namespace rapport::ui {

/**
 * One score series as a table, oldest first: the time (a QDateTime, so QVXYModelMapper puts it on a date axis) and
 * the score. Charts read it through a QVXYModelMapper.
 */
class ScoreSeriesModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        TimeColumn,
        ScoreColumn,
        ColumnCount
    };

    enum Role
    {
        ScoreTextRole = Qt::UserRole + 1, ///< the score formatted with the instrument's decimals
    };

    explicit ScoreSeriesModel(int decimals, QObject* parent = nullptr);

    void setSeries(const ScoreSeries& series);
    [[nodiscard]] const ScoreSeries& series() const { return m_series; }

    [[nodiscard]] int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    [[nodiscard]] int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant
    headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    int m_decimals = 0;
    ScoreSeries m_series;
};

} // namespace rapport::ui
