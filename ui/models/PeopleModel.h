#pragma once

#include "domain/Person.h"

#include <QAbstractListModel>
#include <QList>

namespace rapport::ui {

/** A list of people, shown as "Name" with their role as a second line (for pickers). */
class PeopleModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role
    {
        PersonIdRole = Qt::UserRole + 1, ///< QUuid
        RoleRole, ///< int, a rapport::Role
        NameRole, ///< QString
    };

    explicit PeopleModel(QObject* parent = nullptr);

    void setPeople(QList<Person> people);
    [[nodiscard]] const QList<Person>& people() const { return m_people; }

    [[nodiscard]] int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

private:
    QList<Person> m_people;
};

} // namespace rapport::ui
