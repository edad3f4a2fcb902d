#include "HubOrganisationBox.h"

#include "common/DateText.h"
#include "common/PersonPickerDialog.h"
#include "common/StatusColours.h"
#include "hub/HubConnection.h"
#include "hub/HubInvitations.h"
#include "hub/HubOrganisationSettings.h"
#include "hub/HubPeople.h"
#include "hub/Invitation.h"
#include "models/HubConnectionsModel.h"
#include "models/HubInvitationsModel.h"

#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace rapport::ui {
namespace {

/** A file name from a person's name: letters, digits and dashes only. */
QString fileNameFor(const QString& name)
{
    QString base;
    for (const QChar c : name.trimmed().toLower()) {
        base += c.isLetterOrNumber() ? c : QLatin1Char('-');
    }
    return (base.isEmpty() ? QStringLiteral("invitation") : base) + QLatin1Char('.') + hub::Invitation::FileSuffix;
}

} // namespace

HubOrganisationBox::HubOrganisationBox(HubAccess access, SelectedPerson selected, QWidget* parent)
    : QGroupBox(tr("Your organisation on the hub"), parent)
    , m_access(std::move(access))
    , m_selected(std::move(selected))
{
    setObjectName(QStringLiteral("hubOrganisationBox"));
    m_chooseFile = [](QWidget* dialogParent, const QString& suggestedName) {
        const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
        return QFileDialog::getSaveFileName(dialogParent,
                                            tr("Save the invitation"),
                                            folder + QLatin1Char('/') + suggestedName,
                                            tr("Rapport invitations (*.%1)").arg(hub::Invitation::FileSuffix));
    };
    m_askPerson = [](QWidget* dialogParent) -> std::optional<NewHubPerson> {
        HubPersonDialog dialog(dialogParent);
        if (dialog.exec() != QDialog::Accepted) {
            return std::nullopt;
        }
        return dialog.person();
    };
    m_editPerson = [](QWidget* dialogParent, const Person& person) -> std::optional<NewHubPerson> {
        HubPersonDialog dialog(person, dialogParent);
        if (dialog.exec() != QDialog::Accepted) {
            return std::nullopt;
        }
        return dialog.person();
    };
    m_pickProfessional
        = [](QWidget* dialogParent, const Person& client, const QList<Person>& choices) -> std::optional<Person> {
        PersonPickerDialog picker(tr("Connect %1").arg(client.name),
                                  tr("Choose the professional who works with %1. The connection shares nothing until "
                                     "%1 accepts it.")
                                      .arg(client.name),
                                  choices,
                                  tr("Connect"),
                                  dialogParent);
        if (picker.exec() != QDialog::Accepted) {
            return std::nullopt;
        }
        return picker.selectedPerson();
    };
    m_confirm = [](QWidget* dialogParent, const QString& question) {
        return QMessageBox::question(dialogParent, tr("Remove from the organisation"), question) == QMessageBox::Yes;
    };
    m_confirmDisconnect = [](QWidget* dialogParent, const QString& question) {
        return QMessageBox::question(dialogParent, tr("Remove the connection"), question) == QMessageBox::Yes;
    };
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("Invite the person selected in the list to use Rapport on their own computer: the "
                                "invitation is a file to hand to them privately (or its code); it works once."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    // Two rows of two: the panel shares the window's width with the backups, down to 1024 pixels.
    auto* buttons = new QGridLayout();
    m_add = new QPushButton(tr("&Add a person…"), this);
    m_add->setObjectName(QStringLiteral("addHubPersonButton"));
    buttons->addWidget(m_add, 0, 0);
    m_edit = new QPushButton(tr("&Change…"), this);
    m_edit->setObjectName(QStringLiteral("editHubPersonButton"));
    m_edit->setToolTip(tr("Rename the selected person or change their team"));
    buttons->addWidget(m_edit, 0, 1);
    m_invite = new QPushButton(tr("&Invite the selected person…"), this);
    m_invite->setObjectName(QStringLiteral("inviteButton"));
    m_remove = new QPushButton(tr("Remove from the &organisation…"), this);
    m_remove->setObjectName(QStringLiteral("removeFromHubButton"));
    m_connect = new QPushButton(tr("Co&nnect with a professional…"), this);
    m_connect->setObjectName(QStringLiteral("connectHubPersonButton"));
    buttons->addWidget(m_connect, 0, 2);
    buttons->addWidget(m_invite, 1, 0);
    buttons->addWidget(m_remove, 1, 1, 1, 2);
    buttons->setColumnStretch(3, 1);
    layout->addLayout(buttons);

    // Invitations and connections share one place: the panel is no taller than a 768-pixel screen allows.
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("hubOrganisationTabs"));
    auto* invitationsPage = new QWidget(m_tabs);
    auto* invitationsLayout = new QVBoxLayout(invitationsPage);
    m_model = new HubInvitationsModel(this);
    m_view = new QTableView(invitationsPage);
    m_view->setObjectName(QStringLiteral("invitationsView"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setTabKeyNavigation(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(HubInvitationsModel::PersonColumn, QHeaderView::Stretch);
    m_view->setAccessibleName(tr("Invitations"));
    invitationsLayout->addWidget(m_view, 1);
    auto* invitationButtons = new QHBoxLayout();
    m_revoke = new QPushButton(tr("&Revoke the invitation"), invitationsPage);
    m_revoke->setObjectName(QStringLiteral("revokeInvitationButton"));
    m_revoke->setEnabled(false);
    invitationButtons->addWidget(m_revoke);
    invitationButtons->addStretch(1);
    invitationsLayout->addLayout(invitationButtons);
    m_tabs->addTab(invitationsPage, tr("&Invitations"));

    auto* connectionsPage = new QWidget(m_tabs);
    auto* connectionsLayout = new QVBoxLayout(connectionsPage);
    m_connectionsModel = new HubConnectionsModel(this);
    m_connectionsView = new QTableView(connectionsPage);
    m_connectionsView->setObjectName(QStringLiteral("connectionsView"));
    m_connectionsView->setModel(m_connectionsModel);
    m_connectionsView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_connectionsView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_connectionsView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_connectionsView->setTabKeyNavigation(false);
    m_connectionsView->verticalHeader()->hide();
    m_connectionsView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_connectionsView->horizontalHeader()->setSectionResizeMode(HubConnectionsModel::ClientColumn,
                                                                QHeaderView::Stretch);
    m_connectionsView->setAccessibleName(tr("Connections"));
    connectionsLayout->addWidget(m_connectionsView, 1);
    auto* connectionButtons = new QHBoxLayout();
    m_disconnect = new QPushButton(tr("Remove the &connection…"), connectionsPage);
    m_disconnect->setObjectName(QStringLiteral("removeConnectionButton"));
    m_disconnect->setToolTip(tr("The professional sees nothing more of the client from now on"));
    m_disconnect->setEnabled(false);
    connectionButtons->addWidget(m_disconnect);
    connectionButtons->addStretch(1);
    connectionsLayout->addLayout(connectionButtons);
    m_tabs->addTab(connectionsPage, tr("Connec&tions"));

    auto* refreshButton = new QPushButton(tr("Re&fresh"), m_tabs);
    refreshButton->setObjectName(QStringLiteral("refreshInvitationsButton"));
    m_tabs->setCornerWidget(refreshButton, Qt::TopRightCorner);
    layout->addWidget(m_tabs, 1);
    auto* kRow = new QHBoxLayout();
    auto* kLabel = new QLabel(tr("&Smallest group HR sees:"), this);
    m_minimumGroupSize = new QSpinBox(this);
    m_minimumGroupSize->setObjectName(QStringLiteral("minimumGroupSizeField"));
    m_minimumGroupSize->setRange(hub::HubOrganisationSettings::MinimumGroupSizeFloor,
                                 hub::HubOrganisationSettings::MinimumGroupSizeCeiling);
    m_minimumGroupSize->setSuffix(tr(" people"));
    m_minimumGroupSize->setToolTip(tr("No HR figure stands on fewer people. A new value applies from the next month "
                                      "published; months already published keep theirs."));
    kLabel->setBuddy(m_minimumGroupSize);
    auto* saveK = new QPushButton(tr("Sa&ve"), this);
    saveK->setObjectName(QStringLiteral("saveMinimumGroupSizeButton"));
    kRow->addWidget(kLabel);
    kRow->addWidget(m_minimumGroupSize);
    kRow->addWidget(saveK);
    kRow->addStretch(1);
    layout->addLayout(kRow);
    connect(saveK, &QPushButton::clicked, this, &HubOrganisationBox::saveMinimumGroupSize);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("hubOrganisationStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_status);
    m_code = new QLineEdit(this);
    m_code->setObjectName(QStringLiteral("invitationCodeField"));
    m_code->setReadOnly(true);
    m_code->setAccessibleName(tr("Invitation code"));
    m_code->hide();
    layout->addWidget(m_code);

    connect(m_add, &QPushButton::clicked, this, &HubOrganisationBox::addPerson);
    connect(m_edit, &QPushButton::clicked, this, &HubOrganisationBox::editSelected);
    connect(m_connect, &QPushButton::clicked, this, &HubOrganisationBox::connectSelected);
    connect(m_invite, &QPushButton::clicked, this, &HubOrganisationBox::inviteSelected);
    connect(m_remove, &QPushButton::clicked, this, &HubOrganisationBox::removeSelected);
    connect(m_revoke, &QPushButton::clicked, this, &HubOrganisationBox::revokeSelected);
    connect(m_disconnect, &QPushButton::clicked, this, &HubOrganisationBox::disconnectSelected);
    connect(refreshButton, &QPushButton::clicked, this, &HubOrganisationBox::refresh);
    connect(m_connectionsView->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        m_disconnect->setEnabled(!m_connectionsView->selectionModel()->selectedRows().isEmpty());
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        const QModelIndexList rows = m_view->selectionModel()->selectedRows();
        m_revoke->setEnabled(!rows.isEmpty()
                             && rows.first().data(HubInvitationsModel::StatusRole).toInt()
                                 == static_cast<int>(hub::InvitationEntry::Status::Open));
    });
}

HubOrganisationBox::~HubOrganisationBox() = default;

void HubOrganisationBox::setFileChooser(FileChooser chooser)
{
    m_chooseFile = std::move(chooser);
}

void HubOrganisationBox::setConfirm(Confirm confirm)
{
    m_confirm = std::move(confirm);
}

void HubOrganisationBox::setDisconnectConfirm(Confirm confirm)
{
    m_confirmDisconnect = std::move(confirm);
}

void HubOrganisationBox::setPersonAsker(PersonAsker asker)
{
    m_askPerson = std::move(asker);
}

void HubOrganisationBox::setPersonEditor(PersonEditor editor)
{
    m_editPerson = std::move(editor);
}

void HubOrganisationBox::editSelected()
{
    const std::optional<Person> person = m_selected();
    if (!person) {
        report(false, tr("Select the person to change in the list of people first."));
        return;
    }
    const std::optional<NewHubPerson> changed = m_editPerson(this, *person);
    if (!changed) {
        return;
    }
    const auto connection = connectOrSay();
    if (!connection) {
        return;
    }
    if (auto updated = hub::HubPeople(*connection).update(person->id, changed->name, changed->team); !updated) {
        report(false, tr("%1 could not be changed: %2").arg(person->name, updated.error().message));
        return;
    }
    report(true,
           tr("%1 is now %2, team %3.")
               .arg(person->name, changed->name, changed->team.isEmpty() ? tr("none") : changed->team));
    Q_EMIT hubChanged();
}

void HubOrganisationBox::setPeopleList(PeopleList people)
{
    m_people = std::move(people);
}

void HubOrganisationBox::setProfessionalPicker(ProfessionalPicker picker)
{
    m_pickProfessional = std::move(picker);
}

void HubOrganisationBox::connectSelected()
{
    const std::optional<Person> client = m_selected();
    if (!client || client->role != Role::Client) {
        report(false, tr("Select the client to connect in the list of people first."));
        return;
    }
    QList<Person> professionals;
    for (const Person& person : m_people ? m_people() : QList<Person>()) {
        if (person.role == Role::Professional) {
            professionals.append(person);
        }
    }
    if (professionals.isEmpty()) {
        report(false, tr("There is no professional in the organisation yet: add one first."));
        return;
    }
    const std::optional<Person> professional = m_pickProfessional(this, *client, professionals);
    if (!professional) {
        return;
    }
    const auto connection = connectOrSay();
    if (!connection) {
        return;
    }
    auto made = hub::HubPeople(*connection).connect(client->id, professional->id);
    if (!made) {
        report(false,
               tr("%1 could not be connected with %2: %3").arg(client->name, professional->name, made.error().message));
        return;
    }
    report(true,
           made->created ? tr("%1 is connected with %2. The connection shares nothing until %1 accepts it in My "
                              "professionals.")
                               .arg(client->name, professional->name)
                         : tr("%1 and %2 were connected already.").arg(client->name, professional->name));
    refresh();
    Q_EMIT hubChanged();
}

void HubOrganisationBox::saveMinimumGroupSize()
{
    const auto connection = connectOrSay();
    if (!connection) {
        return;
    }
    const int k = m_minimumGroupSize->value();
    if (auto saved = hub::HubOrganisationSettings(*connection).setMinimumGroupSize(k); !saved) {
        report(false, tr("The minimum group size could not be saved: %1").arg(saved.error().message));
        return;
    }
    report(true, tr("HR figures now stand on groups of at least %1 people, from the next month published.").arg(k));
}

void HubOrganisationBox::setValidDays(int days)
{
    m_validDays = std::clamp(days, 1, 90);
}

void HubOrganisationBox::report(bool succeeded, const QString& message)
{
    m_code->clear(); // a code belongs to the message that showed it
    m_code->hide();
    QPalette palette = m_status->palette();
    palette.setColor(QPalette::WindowText,
                     succeeded ? QApplication::palette().color(QPalette::WindowText) : QColor(StatusColours::Poor));
    m_status->setPalette(palette);
    m_status->setText(message);
    m_lastFailed = !succeeded;
}

std::unique_ptr<hub::HubConnection> HubOrganisationBox::connectOrSay()
{
    auto connection = m_access();
    if (!connection) {
        report(false, tr("The hub cannot be reached: %1").arg(connection.error().message));
        return nullptr;
    }
    return std::move(*connection);
}

void HubOrganisationBox::refresh()
{
    const auto connection = connectOrSay();
    if (!connection) {
        return;
    }
    auto invitations = hub::HubInvitations(*connection).list();
    if (!invitations) {
        report(false, tr("The invitations could not be read: %1").arg(invitations.error().message));
        return;
    }
    m_model->setInvitations(std::move(*invitations), QDateTime::currentDateTimeUtc());
    auto connections = hub::HubPeople(*connection).connections();
    if (!connections) {
        report(false, tr("The connections could not be read: %1").arg(connections.error().message));
        return;
    }
    m_connectionsModel->setConnections(std::move(*connections));
    m_disconnect->setEnabled(false);
    if (auto k = hub::HubOrganisationSettings(*connection).minimumGroupSize()) {
        m_minimumGroupSize->setValue(*k);
    }
    m_revoke->setEnabled(false);
    if (m_lastFailed) {
        report(true, QString()); // the hub answers again: the old complaint no longer holds
    }
}

void HubOrganisationBox::inviteSelected()
{
    const std::optional<Person> person = m_selected();
    if (!person) {
        report(false, tr("Select the person to invite in the list of people first."));
        return;
    }
    invite(person->id, person->name);
}

void HubOrganisationBox::addPerson()
{
    const std::optional<NewHubPerson> wanted = m_askPerson(this);
    if (!wanted) {
        return;
    }
    const auto connection = connectOrSay();
    if (!connection) {
        return;
    }
    // A throwaway password: the invitation made next replaces it with its one-time secret, and the person then
    // with their own. Nobody ever sees this one.
    const QString throwaway = hub::secretText(hub::Invitation::newSecret());
    auto added = hub::HubPeople(*connection).add(wanted->role, wanted->name, wanted->login, wanted->team, throwaway);
    if (!added) {
        report(false, tr("%1 could not be added: %2").arg(wanted->name, added.error().message));
        return;
    }
    report(true, tr("%1 was added to the organisation.").arg(wanted->name));
    Q_EMIT hubChanged();
    invite(added->id, wanted->name);
}

void HubOrganisationBox::invite(const QUuid& personId, const QString& name)
{
    const QString path = m_chooseFile(this, fileNameFor(name));
    if (path.isEmpty()) {
        return;
    }
    const auto connection = connectOrSay();
    if (!connection) {
        return;
    }
    auto invitation = hub::HubInvitations(*connection).create(personId, m_validDays);
    if (!invitation) {
        report(false, tr("%1 could not be invited: %2").arg(name, invitation.error().message));
        return;
    }
    if (auto saved = invitation->save(path); !saved) {
        report(false, tr("The invitation could not be saved: %1").arg(saved.error().message));
        return;
    }
    report(true,
           tr("Invitation for %1 saved to %2. Hand it to them privately; it works once, until %3. Its code, to "
              "paste instead of the file, is below.")
               .arg(name, QDir::toNativeSeparators(path), DateText::dateTime(invitation->expiresAt)));
    // One long line: a field scrolls and copies it whole, where a label would stretch the panel.
    m_code->setText(invitation->toCode());
    m_code->setCursorPosition(0); // the "rapport-invitation:" start shows what it is
    m_code->show();
    refresh();
    Q_EMIT hubChanged();
}

void HubOrganisationBox::revokeSelected()
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    if (rows.isEmpty()) {
        return;
    }
    const QUuid id = rows.first().data(HubInvitationsModel::InvitationIdRole).toUuid();
    const QString name = rows.first().data(Qt::DisplayRole).toString();
    const auto connection = connectOrSay();
    if (!connection) {
        return;
    }
    if (auto revoked = hub::HubInvitations(*connection).revoke(id); !revoked) {
        report(false, tr("The invitation could not be revoked: %1").arg(revoked.error().message));
        return;
    }
    report(true, tr("The invitation for %1 no longer works.").arg(name));
    refresh();
}

void HubOrganisationBox::removeSelected()
{
    const std::optional<Person> person = m_selected();
    if (!person) {
        report(false, tr("Select the person to remove in the list of people first."));
        return;
    }
    if (!m_confirm(this,
                   tr("Remove %1 from the organisation? Their login and everything of theirs on the hub are deleted; "
                      "this cannot be undone.")
                       .arg(person->name))) {
        return;
    }
    const auto connection = connectOrSay();
    if (!connection) {
        return;
    }
    if (auto removed = hub::HubPeople(*connection).remove(person->id); !removed) {
        report(false, tr("%1 could not be removed: %2").arg(person->name, removed.error().message));
        return;
    }
    report(true, tr("%1 was removed from the organisation.").arg(person->name));
    refresh();
    Q_EMIT hubChanged();
}

void HubOrganisationBox::disconnectSelected()
{
    const QModelIndexList rows = m_connectionsView->selectionModel()->selectedRows();
    const hub::HubConnectionEntry* entry = rows.isEmpty() ? nullptr : m_connectionsModel->entry(rows.first().row());
    if (entry == nullptr) {
        report(false, tr("Select the connection to remove in the list of connections first."));
        return;
    }
    const hub::HubConnectionEntry chosen = *entry; // the list is re-read below
    if (!m_confirmDisconnect(this,
                             tr("Remove the connection between %1 and %2? %2 sees nothing more of %1 from now on. "
                                "To work together again, connect them anew and %1 accepts again.")
                                 .arg(chosen.clientName, chosen.professionalName))) {
        return;
    }
    const auto connection = connectOrSay();
    if (!connection) {
        return;
    }
    if (auto removed = hub::HubPeople(*connection).disconnect(chosen.id); !removed) {
        report(false, tr("The connection could not be removed: %1").arg(removed.error().message));
        return;
    }
    report(true,
           tr("%1 and %2 are no longer connected. Their computers catch up at their next sync.")
               .arg(chosen.clientName, chosen.professionalName));
    refresh();
    Q_EMIT hubChanged();
}

} // namespace rapport::ui
