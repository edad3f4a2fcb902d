#pragma once

#include "analytics/HrReport.h"

#include <QAbstractTableModel>

namespace rapport::ui {

/**
 * The HR report's calendar months, oldest first: month, people, mean wellbeing. A suppressed month shows
 * "fewer than k responses" and carries no number in any role; charts draw it as a gap.
 */
class HrMonthlyModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        MonthColumn,
        PeopleColumn,
        MeanColumn,
        ColumnCount
    };

    enum Role
    {
        SuppressedRole = Qt::UserRole + 1, ///< bool
        MonthRole, ///< QDate: the first day of the month
        MeanRole, ///< double, or an invalid QVariant when suppressed
    };

    explicit HrMonthlyModel(int decimals, QObject* parent = nullptr);

    void setReport(const HrReport& report);

    [[nodiscard]] int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    [[nodiscard]] int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant
    headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /** "Mar 2026" in the UI locale. */
    [[nodiscard]] static QString monthText(const QDate& month);

private:
    [[nodiscard]] QString displayText(const HrMonth& month, int column) const;

    int m_decimals = 1;
    int m_minimumGroupSize = 5;
    QList<HrMonth> m_months;
};

} // namespace rapport::ui
