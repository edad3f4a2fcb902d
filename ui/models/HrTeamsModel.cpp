#include "HrTeamsModel.h"

#include "analytics/HrAnalytics.h"
#include "common/UiText.h"

#include <QLocale>

namespace rapport::ui {

HrTeamsModel::HrTeamsModel(int decimals, QObject* parent)
    : QAbstractTableModel(parent)
    , m_decimals(decimals)
{
}

void HrTeamsModel::setReport(const HrReport& report)
{
    beginResetModel();
    m_teams = report.teams;
    m_minimumGroupSize = report.minimumGroupSize;
    endResetModel();
}

int HrTeamsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_teams.size());
}

int HrTeamsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString HrTeamsModel::displayText(const HrTeam& team, int column) const
{
    if (column == TeamColumn) {
        return team.name.isEmpty() ? tr("(no name)") : team.name;
    }
    if (team.isSuppressed()) {
        return column == PeopleColumn ? HrAnalytics::suppressedText(m_minimumGroupSize) : QString();
    }
    switch (column) {
    case PeopleColumn:
        return team.people ? QLocale().toString(*team.people) : HrAnalytics::suppressedText(m_minimumGroupSize);
    case MeanColumn:
        return team.mean ? QLocale().toString(*team.mean, 'f', m_decimals)
                         : HrAnalytics::suppressedText(m_minimumGroupSize);
    case BracketColumn:
        return team.bracket ? team.bracket->label.text(instrumentLanguage()) : QString();
    default:
        return {};
    }
}

QVariant HrTeamsModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const HrTeam& team = m_teams.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayText(team, index.column());
    case Qt::ToolTipRole:
    case Qt::AccessibleTextRole:
        if (team.isSuppressed()) {
            return tr("%1: %2").arg(displayText(team, TeamColumn), HrAnalytics::suppressedText(m_minimumGroupSize));
        }
        return tr("%1: %2 people, average wellbeing %3 (%4)")
            .arg(displayText(team, TeamColumn),
                 displayText(team, PeopleColumn),
                 displayText(team, MeanColumn),
                 displayText(team, BracketColumn));
    case Qt::TextAlignmentRole:
        if (index.column() == PeopleColumn || index.column() == MeanColumn) {
            return team.isSuppressed() ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                                       : QVariant(Qt::AlignRight | Qt::AlignVCenter);
        }
        return {};
    case SuppressedRole:
        return team.isSuppressed();
    case MeanRole:
        return team.mean ? QVariant(*team.mean) : QVariant();
    case BracketIdRole:
        return team.bracket ? QVariant(team.bracket->id) : QVariant();
    default:
        return {};
    }
}

QVariant HrTeamsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case TeamColumn:
        return tr("Team");
    case PeopleColumn:
        return tr("Participants");
    case MeanColumn:
        return tr("Average wellbeing");
    case BracketColumn:
        return tr("Bracket");
    default:
        return {};
    }
}

} // namespace rapport::ui
