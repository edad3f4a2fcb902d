#pragma once

#include "domain/Person.h"

#include <QDialog>
#include <QMessageBox>
#include <QPointer>
#include <QUuid>

#include <optional>

class QLabel;
class QListView;
class QPushButton;

namespace rapport {
class Store;
}

namespace rapport::ui {

class PeopleModel;

/**
 * "My professionals": the professionals a client is connected with. Adding one creates the professional in the store
 * and connects them; renaming corrects a name; removing ends the connection after a confirmation that says the
 * client's past surveys about them stay with the client.
 */
class ProfessionalsDialog : public QDialog
{
    Q_OBJECT

public:
    ProfessionalsDialog(Store& store, const QUuid& clientId, QWidget* parent = nullptr);

    [[nodiscard]] PeopleModel* model() const { return m_model; }
    /** The open "Remove …?" confirmation, if any (tests). */
    [[nodiscard]] QMessageBox* confirmation() const { return m_confirmation; }
    /** Selects the professional with `id` (tests). */
    void select(const QUuid& id);

    void addProfessional();
    void renameSelected();
    void removeSelected();

private:
    void reload();
    void updateButtons();
    void showError(const QString& message);
    [[nodiscard]] std::optional<Person> selected() const;

    Store& m_store;
    QUuid m_clientId;
    PeopleModel* m_model = nullptr;
    QListView* m_list = nullptr;
    QLabel* m_empty = nullptr;
    QLabel* m_error = nullptr;
    QPushButton* m_rename = nullptr;
    QPushButton* m_remove = nullptr;
    QPointer<QMessageBox> m_confirmation;
};

} // namespace rapport::ui
