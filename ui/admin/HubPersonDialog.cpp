#include "HubPersonDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QRegularExpressionValidator>

namespace rapport::ui {
namespace {

/** rapport.add_person()'s rule for a login (hub schema 2). */
const QRegularExpression LoginPattern(QStringLiteral("^[a-z_][a-z0-9_.@-]{0,62}$"));

} // namespace

HubPersonDialog::HubPersonDialog(QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("hubPersonDialog"));
    setWindowTitle(tr("Add a person to the organisation"));
    setMinimumWidth(fontMetrics().averageCharWidth() * 52);
    auto* form = new QFormLayout(this);
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("hubPersonName"));
    m_role = new QComboBox(this);
    m_role->setObjectName(QStringLiteral("hubPersonRole"));
    for (const Role role : {Role::Client, Role::Professional, Role::Hr, Role::Admin}) {
        m_role->addItem(roleDisplayName(role), static_cast<int>(role));
    }
    m_team = new QLineEdit(this);
    m_team->setObjectName(QStringLiteral("hubPersonTeam"));
    m_login = new QLineEdit(this);
    m_login->setObjectName(QStringLiteral("hubPersonLogin"));
    m_login->setValidator(new QRegularExpressionValidator(LoginPattern, m_login));
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Role:"), m_role);
    form->addRow(tr("&Team:"), m_team);
    form->addRow(tr("&Login:"), m_login);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_add = buttons->addButton(tr("Add"), QDialogButtonBox::AcceptRole);
    m_add->setObjectName(QStringLiteral("hubPersonAddButton"));
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_name, &QLineEdit::textChanged, this, [this](const QString& name) {
        if (!m_loginEdited) {
            m_login->setText(suggestedLogin(name));
        }
        update();
    });
    connect(m_login, &QLineEdit::textEdited, this, [this] {
        m_loginEdited = true;
        update();
    });
    update();
}

HubPersonDialog::HubPersonDialog(const Person& person, QWidget* parent)
    : HubPersonDialog(parent)
{
    setWindowTitle(tr("Change %1").arg(person.name));
    m_name->setText(person.name);
    m_team->setText(person.team);
    m_role->setCurrentIndex(std::max(0, m_role->findData(static_cast<int>(person.role))));
    m_role->setEnabled(false);
    m_loginEdited = true;
    m_editing = true; // the login is not asked: it never changes
    m_login->clear();
    m_login->hide();
    if (auto* form = qobject_cast<QFormLayout*>(layout())) {
        form->setRowVisible(m_login, false);
    }
    m_add->setText(tr("Save"));
    update();
}

void HubPersonDialog::update()
{
    m_add->setEnabled(!m_name->text().trimmed().isEmpty()
                      && (m_editing || LoginPattern.match(m_login->text()).hasMatch()));
}

NewHubPerson HubPersonDialog::person() const
{
    return NewHubPerson {m_name->text().trimmed(),
                         static_cast<Role>(m_role->currentData().toInt()),
                         m_team->text().trimmed(),
                         m_login->text()};
}

QString HubPersonDialog::suggestedLogin(const QString& name)
{
    // Letters without their accents, digits, and one dot between the words.
    QString login;
    for (const QChar c : name.normalized(QString::NormalizationForm_KD).toLower()) {
        if ((c >= QLatin1Char('a') && c <= QLatin1Char('z')) || (c >= QLatin1Char('0') && c <= QLatin1Char('9'))) {
            login += c;
        } else if (c == QChar(0x00F0)) { // ð has no decomposition
            login += QLatin1Char('d');
        } else if (c == QChar(0x00FE)) { // þ
            login += QStringLiteral("th");
        } else if (c == QChar(0x00E6)) { // æ
            login += QStringLiteral("ae");
        } else if (c == QChar(0x00F8)) { // ø
            login += QLatin1Char('o');
        } else if (c.isSpace() || c == QLatin1Char('-') || c == QLatin1Char('.')) {
            if (!login.isEmpty() && !login.endsWith(QLatin1Char('.'))) {
                login += QLatin1Char('.');
            }
        }
    }
    while (login.endsWith(QLatin1Char('.'))) {
        login.chop(1);
    }
    if (login.isEmpty() || !(login.at(0) >= QLatin1Char('a') && login.at(0) <= QLatin1Char('z'))) {
        login.prepend(QStringLiteral("person"));
    }
    login.truncate(63);
    if (login.startsWith(QStringLiteral("rapport_")) || login.startsWith(QStringLiteral("pg_"))) {
        login.prepend(QLatin1Char('u'));
    }
    return login;
}

} // namespace rapport::ui
