#include "ProfessionalNameDialog.h"

#include "common/StatusColours.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace rapport::ui {

ProfessionalNameDialog::ProfessionalNameDialog(const QString& title,
                                               const QString& prompt,
                                               const QString& name,
                                               const QString& acceptText,
                                               Apply apply,
                                               QWidget* parent)
    : QDialog(parent)
    , m_apply(std::move(apply))
{
    setObjectName(QStringLiteral("professionalNameDialog"));
    setWindowTitle(title);
    auto* layout = new QVBoxLayout(this);
    auto* promptLabel = new QLabel(prompt, this);
    promptLabel->setObjectName(QStringLiteral("promptLabel"));
    promptLabel->setWordWrap(true);
    layout->addWidget(promptLabel);

    m_name = new QLineEdit(name, this);
    m_name->setObjectName(QStringLiteral("nameEdit"));
    m_name->setMaxLength(200);
    m_name->setAccessibleName(prompt);
    m_name->selectAll();
    promptLabel->setBuddy(m_name);
    layout->addWidget(m_name);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setWordWrap(true);
    QPalette errorPalette = m_error->palette();
    errorPalette.setColor(QPalette::WindowText, StatusColours::Poor);
    m_error->setPalette(errorPalette);
    m_error->hide();
    layout->addWidget(m_error);
    layout->addStretch(1);

    auto* buttons = new QDialogButtonBox(this);
    m_accept = buttons->addButton(acceptText, QDialogButtonBox::AcceptRole);
    m_accept->setObjectName(QStringLiteral("saveButton"));
    m_accept->setDefault(true);
    buttons->addButton(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ProfessionalNameDialog::tryApply);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    const auto updateAccept = [this] { m_accept->setEnabled(!this->name().isEmpty()); };
    connect(m_name, &QLineEdit::textChanged, this, updateAccept);
    updateAccept();
    resize(420, sizeHint().height());
}

QString ProfessionalNameDialog::name() const
{
    return m_name->text().simplified();
}

void ProfessionalNameDialog::tryApply()
{
    if (name().isEmpty()) {
        return;
    }
    if (auto applied = m_apply(name()); !applied) {
        m_error->setText(applied.error().message);
        m_error->show();
        return;
    }
    accept();
}

} // namespace rapport::ui
