#include "HrMonthlyModel.h"

#include "analytics/HrAnalytics.h"

#include <QLocale>

namespace rapport::ui {

HrMonthlyModel::HrMonthlyModel(int decimals, QObject* parent)
    : QAbstractTableModel(parent)
    , m_decimals(decimals)
{
}

void HrMonthlyModel::setReport(const HrReport& report)
{
    beginResetModel();
    m_months = report.monthly;
    m_minimumGroupSize = report.minimumGroupSize;
    endResetModel();
}

int HrMonthlyModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_months.size());
}

int HrMonthlyModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString HrMonthlyModel::monthText(const QDate& month)
{
    return QLocale().toString(month, QStringLiteral("MMM yyyy"));
}

QString HrMonthlyModel::displayText(const HrMonth& month, int column) const
{
    const QString hidden = HrAnalytics::suppressedText(m_minimumGroupSize);
    switch (column) {
    case MonthColumn:
        return monthText(month.month);
    case PeopleColumn:
        return month.people && !month.isSuppressed() ? QLocale().toString(*month.people) : hidden;
    case MeanColumn:
        return month.mean ? QLocale().toString(*month.mean, 'f', m_decimals) : hidden;
    default:
        return {};
    }
}

QVariant HrMonthlyModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const HrMonth& month = m_months.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayText(month, index.column());
    case Qt::ToolTipRole:
    case Qt::AccessibleTextRole:
        if (month.isSuppressed()) {
            return tr("%1: %2").arg(monthText(month.month), HrAnalytics::suppressedText(m_minimumGroupSize));
        }
        return tr("%1: average wellbeing %2 from %3 people")
            .arg(monthText(month.month), displayText(month, MeanColumn), displayText(month, PeopleColumn));
    case SuppressedRole:
        return month.isSuppressed();
    case MonthRole:
        return month.month;
    case MeanRole:
        return month.mean ? QVariant(*month.mean) : QVariant();
    default:
        return {};
    }
}

QVariant HrMonthlyModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case MonthColumn:
        return tr("Month");
    case PeopleColumn:
        return tr("People");
    case MeanColumn:
        return tr("Average wellbeing");
    default:
        return {};
    }
}

} // namespace rapport::ui
