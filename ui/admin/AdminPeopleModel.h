#pragma once

#include "domain/Person.h"

#include <QAbstractTableModel>
#include <QList>

namespace rapport::ui {

/**
 * The people in the store as the admin sees them: name, role, team and when they were added. Deliberately holds
 * Person values only, so no score or answer can ever reach the admin's screen through it.
 */
class AdminPeopleModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        NameColumn,
        RoleColumn,
        TeamColumn,
        AddedColumn,
        ColumnCount,
    };
    enum Role
    {
        PersonIdRole = Qt::UserRole + 1, ///< QUuid
    };

    explicit AdminPeopleModel(QObject* parent = nullptr);

    void setPeople(QList<Person> people);
    [[nodiscard]] const QList<Person>& people() const { return m_people; }

    [[nodiscard]] int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    [[nodiscard]] int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant
    headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Person> m_people;
};

} // namespace rapport::ui
