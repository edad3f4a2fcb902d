#pragma once

#include "domain/Person.h"
#include "domain/Role.h"

#include <QDialog>

class QComboBox;
class QLineEdit;
class QPushButton;

namespace rapport::ui {

/** Who to add to the organisation on the hub: their name, role, team and the login the hub gives them. */
struct NewHubPerson
{
    QString name;
    Role role = Role::Client;
    QString team;
    QString login;
};

/**
 * Asks for a new person on the hub. The login is suggested from the name (lower-case letters, digits and dots, as
 * the hub accepts them) and can be changed; the person never types it: their invitation carries it.
 */
class HubPersonDialog : public QDialog
{
    Q_OBJECT

public:
    explicit HubPersonDialog(QWidget* parent = nullptr);
    /** Changing someone already on the hub: their name and team; the role and login stay as they are. */
    HubPersonDialog(const Person& person, QWidget* parent);

    [[nodiscard]] NewHubPerson person() const;

    /** "Ásdís Jónsdóttir" → "asdis.jonsdottir": a login the hub accepts; "person" when nothing is left. */
    [[nodiscard]] static QString suggestedLogin(const QString& name);

private:
    void update();

    QLineEdit* m_name = nullptr;
    QComboBox* m_role = nullptr;
    QLineEdit* m_team = nullptr;
    QLineEdit* m_login = nullptr;
    QPushButton* m_add = nullptr;
    bool m_loginEdited = false;
    bool m_editing = false;
};

} // namespace rapport::ui
