#include "DeleteDataDialog.h"

#include "common/StatusColours.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace rapport::ui {

DeleteDataDialog::DeleteDataDialog(const QString& name, const QString& whatIsErased, Erase erase, QWidget* parent)
    : QDialog(parent)
    , m_erase(std::move(erase))
{
    setObjectName(QStringLiteral("deleteDataDialog"));
    setWindowTitle(tr("Delete all my data"));

    auto* layout = new QVBoxLayout(this);
    auto* heading = new QLabel(tr("Delete everything Rapport keeps about %1?").arg(name), this);
    heading->setObjectName(QStringLiteral("headingLabel"));
    QFont headingFont = heading->font();
    headingFont.setBold(true);
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.3);
    heading->setFont(headingFont);
    heading->setWordWrap(true);
    layout->addWidget(heading);

    auto* what = new QLabel(whatIsErased, this);
    what->setObjectName(QStringLiteral("whatIsErasedLabel"));
    what->setWordWrap(true);
    layout->addWidget(what);

    auto* warning = new QLabel(tr("This cannot be undone. If you want to keep a copy, close this and use "
                                  "Export my data first. Backups made earlier still contain your data until they "
                                  "are deleted."),
                               this);
    warning->setObjectName(QStringLiteral("warningLabel"));
    warning->setWordWrap(true);
    layout->addWidget(warning);

    auto* prompt = new QLabel(tr("To confirm, type %1 below:").arg(confirmationWord()), this);
    prompt->setObjectName(QStringLiteral("confirmPrompt"));
    prompt->setWordWrap(true);
    layout->addWidget(prompt);
    m_confirm = new QLineEdit(this);
    m_confirm->setObjectName(QStringLiteral("confirmEdit"));
    m_confirm->setPlaceholderText(confirmationWord());
    m_confirm->setAccessibleName(prompt->text());
    prompt->setBuddy(m_confirm);
    layout->addWidget(m_confirm);

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
    m_delete = buttons->addButton(tr("Delete all my data"), QDialogButtonBox::DestructiveRole);
    m_delete->setObjectName(QStringLiteral("deleteButton"));
    m_delete->setEnabled(false);
    m_delete->setAutoDefault(false);
    QPushButton* cancel = buttons->addButton(QDialogButtonBox::Cancel);
    cancel->setObjectName(QStringLiteral("cancelButton"));
    cancel->setDefault(true);
    connect(m_delete, &QPushButton::clicked, this, &DeleteDataDialog::tryErase);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    connect(m_confirm, &QLineEdit::textChanged, this, [this](const QString& typed) {
        m_delete->setEnabled(confirms(typed));
    });
    resize(520, sizeHint().height());
}

QString DeleteDataDialog::confirmationWord()
{
    return tr("DELETE");
}

bool DeleteDataDialog::confirms(const QString& typed)
{
    const QString word = typed.trimmed();
    return word.compare(confirmationWord(), Qt::CaseInsensitive) == 0
        || word.compare(QStringLiteral("DELETE"), Qt::CaseInsensitive) == 0;
}

void DeleteDataDialog::tryErase()
{
    if (!confirms(m_confirm->text())) {
        return;
    }
    if (auto erased = m_erase(); !erased) {
        m_error->setText(tr("Your data could not be deleted: %1").arg(erased.error().message));
        m_error->show();
        return;
    }
    accept();
}

} // namespace rapport::ui
