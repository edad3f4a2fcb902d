#pragma once

#include "domain/Person.h"

#include <QDialog>
#include <QList>

#include <optional>

class QListView;

namespace rapport::ui {

class PeopleModel;

/** Picks one person from a list: who is using Rapport, or which professional a session was with. */
class PersonPickerDialog : public QDialog
{
    Q_OBJECT

public:
    PersonPickerDialog(const QString& title,
                       const QString& prompt,
                       const QList<Person>& people,
                       const QString& acceptText,
                       QWidget* parent = nullptr);

    /** The chosen person; nothing when none is selected. */
    [[nodiscard]] std::optional<Person> selectedPerson() const;
    /** Selects the person with `id` (tests, remembered choices). */
    void select(const QUuid& id);

private:
    PeopleModel* m_model = nullptr;
    QListView* m_list = nullptr;
};

} // namespace rapport::ui
