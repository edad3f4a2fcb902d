#include "AdminPeopleModel.h"

#include "common/DateText.h"

#include <QLocale>

namespace rapport::ui {

AdminPeopleModel::AdminPeopleModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void AdminPeopleModel::setPeople(QList<Person> people)
{
    beginResetModel();
    m_people = std::move(people);
    endResetModel();
}

int AdminPeopleModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_people.size());
}

int AdminPeopleModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AdminPeopleModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Person& person = m_people.at(index.row());
    if (role == PersonIdRole) {
        return person.id;
    }
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole) {
        return {};
    }
    switch (index.column()) {
    case NameColumn:
        return person.name;
    case RoleColumn:
        return roleDisplayName(person.role);
    case TeamColumn:
        return person.team;
    case AddedColumn:
        return DateText::date(person.createdAt);
    default:
        return {};
    }
}

QVariant AdminPeopleModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case NameColumn:
        return tr("Name");
    case RoleColumn:
        return tr("Role");
    case TeamColumn:
        return tr("Team");
    case AddedColumn:
        return tr("Added");
    default:
        return {};
    }
}

} // namespace rapport::ui
