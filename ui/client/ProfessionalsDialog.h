#pragma once

#include "domain/Person.h"
#include "services/ConnectionDecisions.h"

#include <QDialog>
#include <QMessageBox>
#include <QPointer>
#include <QUuid>

#include <optional>

class QLabel;
class QListView;
class QVBoxLayout;
class QPushButton;

namespace rapport {
class Store;
}

namespace rapport::ui {

class PeopleModel;

/**
 * "My professionals": the professionals a client is connected with. Adding one creates the professional in the store
 * and connects them; renaming corrects a name; removing ends the connection after a confirmation that says the
 * client's past surveys about them stay with the client. Connections made for the client (by the organisation's
 * administrator) are listed above, with Accept and Decline: until the client accepts, they share nothing.
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

    /** Accepts or declines the connection `connectionId` (the Accept and Decline buttons; tests). */
    void answerConnection(const QUuid& connectionId, bool accept);
    /** The rows of connections waiting for an answer or declined (tests). */
    [[nodiscard]] QWidget* answersBox() const { return m_answers; }

    void addProfessional();
    void renameSelected();
    void removeSelected();

private:
    void reload();
    void showAnswers(const QList<ClientConnection>& connections);
    void updateButtons();
    void showError(const QString& message);
    [[nodiscard]] std::optional<Person> selected() const;

    Store& m_store;
    QUuid m_clientId;
    PeopleModel* m_model = nullptr;
    QListView* m_list = nullptr;
    QWidget* m_answers = nullptr; ///< one row per pending or declined connection
    QVBoxLayout* m_answersLayout = nullptr;
    QLabel* m_empty = nullptr;
    QLabel* m_error = nullptr;
    QPushButton* m_rename = nullptr;
    QPushButton* m_remove = nullptr;
    QPointer<QMessageBox> m_confirmation;
};

} // namespace rapport::ui
