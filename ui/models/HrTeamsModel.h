#pragma once

#include "analytics/HrReport.h"

#include <QAbstractTableModel>

namespace rapport::ui {

/**
 * The HR report's team rows as a table: team, people, mean wellbeing, bracket. A suppressed row shows only its name
 * and "fewer than k responses" (in PeopleColumn); it never carries a number in any role.
 */
class HrTeamsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        TeamColumn,
        PeopleColumn,
        MeanColumn,
        BracketColumn,
        ColumnCount
    };

    enum Role
    {
        SuppressedRole = Qt::UserRole + 1, ///< bool: the row's figures are hidden
        MeanRole, ///< double, or an invalid QVariant when suppressed
        BracketIdRole, ///< the bracket's id ("good"), or invalid
    };

    /** `decimals`: how many decimals the means are shown with. */
    explicit HrTeamsModel(int decimals, QObject* parent = nullptr);

    void setReport(const HrReport& report);

    [[nodiscard]] int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    [[nodiscard]] int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant
    headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    [[nodiscard]] QString displayText(const HrTeam& team, int column) const;

    int m_decimals = 1;
    int m_minimumGroupSize = 5;
    QList<HrTeam> m_teams;
};

} // namespace rapport::ui
