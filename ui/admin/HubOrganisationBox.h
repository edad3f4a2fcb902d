#pragma once

#include "HubPersonDialog.h"
#include "common/Error.h"
#include "domain/Person.h"

#include <QDateTime>
#include <QGroupBox>

#include <functional>
#include <memory>
#include <optional>

class QLabel;
class QSpinBox;
class QLineEdit;
class QPushButton;
class QTableView;
class QTabWidget;

namespace rapport::hub {
class HubConnection;
}

namespace rapport::ui {

class HubConnectionsModel;
class HubInvitationsModel;

/**
 * The organisation on the hub, for an admin whose store is joined to it (part of the admin panel): invite the person
 * selected in the people list (an invitation file to hand over, and its code), see every invitation and what became
 * of it, revoke an open one, and remove a person from the organisation (offboarding: their login and everything of
 * theirs on the hub go), list the connections between clients and professionals and remove one. Each action opens its
 * own connection through the injected access and says what happened.
 */
class HubOrganisationBox : public QGroupBox
{
    Q_OBJECT

public:
    using HubAccess = std::function<Result<std::unique_ptr<hub::HubConnection>>()>;
    using SelectedPerson = std::function<std::optional<Person>()>;
    /** Where to save an invitation (suggested file name given); empty cancels. */
    using FileChooser = std::function<QString(QWidget* parent, const QString& suggestedName)>;
    /** Asks yes or no (removing a person); tests answer themselves. */
    using Confirm = std::function<bool(QWidget* parent, const QString& question)>;
    /** Asks who to add (HubPersonDialog); nullopt cancels. */
    using PersonAsker = std::function<std::optional<NewHubPerson>(QWidget* parent)>;
    /** Everyone in the store's people list (the hub's people, as the last sync brought them). */
    using PeopleList = std::function<QList<Person>()>;
    /** Picks the professional to connect `client` with (PersonPickerDialog); nullopt cancels. */
    using ProfessionalPicker
        = std::function<std::optional<Person>(QWidget* parent, const Person& client, const QList<Person>& choices)>;
    /** Asks for a person's new name and team (HubPersonDialog); nullopt cancels. */
    using PersonEditor = std::function<std::optional<NewHubPerson>(QWidget* parent, const Person& person)>;

    HubOrganisationBox(HubAccess access, SelectedPerson selected, QWidget* parent = nullptr);
    ~HubOrganisationBox() override;

    void setFileChooser(FileChooser chooser);
    void setConfirm(Confirm confirm);
    /** Asks before removing a connection (the default is a message box). */
    void setDisconnectConfirm(Confirm confirm);
    void setPersonAsker(PersonAsker asker);
    void setPersonEditor(PersonEditor editor);
    void setPeopleList(PeopleList people);
    void setProfessionalPicker(ProfessionalPicker picker);
    /** The validity of new invitations, in days (1–90, default 7). */
    void setValidDays(int days);

    [[nodiscard]] HubInvitationsModel* invitationsModel() const { return m_model; }
    [[nodiscard]] HubConnectionsModel* connectionsModel() const { return m_connectionsModel; }

    /** Re-reads the invitations, the connections and the minimum group size from the hub. */
    void refresh();
    void inviteSelected();
    /** Adds a person to the organisation on the hub, then invites them at once. */
    void addPerson();
    /** Renames the selected person or changes their team on the hub. */
    void editSelected();
    /** Connects the selected client with a professional they choose; the connection waits for the client. */
    void connectSelected();
    /** Saves the minimum group size in the field as the hub's k. */
    void saveMinimumGroupSize();
    void revokeSelected();
    void removeSelected();
    /** Removes the connection selected in the connections list, after a confirmation. */
    void disconnectSelected();

Q_SIGNALS:
    /** Something on the hub changed (an invitation, a person removed): a sync brings the store up to date. */
    void hubChanged();

private:
    void report(bool succeeded, const QString& message);
    /** A connection through the injected access, or nullptr with the reason shown. */
    [[nodiscard]] std::unique_ptr<hub::HubConnection> connectOrSay();
    void invite(const QUuid& personId, const QString& name);

    HubAccess m_access;
    SelectedPerson m_selected;
    FileChooser m_chooseFile;
    Confirm m_confirm;
    Confirm m_confirmDisconnect;
    PersonAsker m_askPerson;
    PersonEditor m_editPerson;
    PeopleList m_people;
    ProfessionalPicker m_pickProfessional;
    int m_validDays = 7;
    bool m_lastFailed = false;
    HubInvitationsModel* m_model = nullptr;
    QTableView* m_view = nullptr;
    HubConnectionsModel* m_connectionsModel = nullptr;
    QTableView* m_connectionsView = nullptr;
    QTabWidget* m_tabs = nullptr;
    QPushButton* m_disconnect = nullptr;
    QPushButton* m_add = nullptr;
    QPushButton* m_edit = nullptr;
    QPushButton* m_connect = nullptr;
    QPushButton* m_invite = nullptr;
    QPushButton* m_revoke = nullptr;
    QPushButton* m_remove = nullptr;
    QLabel* m_status = nullptr;
    QSpinBox* m_minimumGroupSize = nullptr;
    QLineEdit* m_code = nullptr;
};

} // namespace rapport::ui
