#include "PeopleModel.h"

namespace rapport::ui {

PeopleModel::PeopleModel(QObject* parent)
    : QAbstractListModel(parent)
{
}

void PeopleModel::setPeople(QList<Person> people)
{
    beginResetModel();
    m_people = std::move(people);
    endResetModel();
}

int PeopleModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_people.size());
}

QVariant PeopleModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Person& person = m_people.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return person.role == rapport::Role::Client ? person.name
                                                    : tr("%1 (%2)").arg(person.name, roleDisplayName(person.role));
    case Qt::AccessibleTextRole:
    case NameRole:
        return person.name;
    case PersonIdRole:
        return person.id;
    case RoleRole:
        return static_cast<int>(person.role);
    default:
        return {};
    }
}

} // namespace rapport::ui
