#include "PersonPickerDialog.h"

#include "models/PeopleModel.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QVBoxLayout>

namespace rapport::ui {

PersonPickerDialog::PersonPickerDialog(const QString& title,
                                       const QString& prompt,
                                       const QList<Person>& people,
                                       const QString& acceptText,
                                       QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("personPickerDialog"));
    setWindowTitle(title);
    auto* layout = new QVBoxLayout(this);
    auto* promptLabel = new QLabel(prompt, this);
    promptLabel->setObjectName(QStringLiteral("promptLabel"));
    promptLabel->setWordWrap(true);
    layout->addWidget(promptLabel);

    m_model = new PeopleModel(this);
    m_model->setPeople(people);
    m_list = new QListView(this);
    m_list->setObjectName(QStringLiteral("peopleList"));
    m_list->setModel(m_model);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setAccessibleName(prompt);
    promptLabel->setBuddy(m_list);
    layout->addWidget(m_list, 1);

    auto* buttons = new QDialogButtonBox(this);
    QPushButton* accept = buttons->addButton(acceptText, QDialogButtonBox::AcceptRole);
    accept->setObjectName(QStringLiteral("acceptButton"));
    accept->setDefault(true);
    buttons->addButton(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QListView::doubleClicked, this, &QDialog::accept);
    layout->addWidget(buttons);

    const auto updateAccept = [this, accept] { accept->setEnabled(selectedPerson().has_value()); };
    connect(m_list->selectionModel(), &QItemSelectionModel::selectionChanged, this, updateAccept);
    if (m_model->rowCount() > 0) {
        m_list->setCurrentIndex(m_model->index(0, 0));
    }
    updateAccept();
    resize(420, 380);
}

std::optional<Person> PersonPickerDialog::selectedPerson() const
{
    const QModelIndex current = m_list->currentIndex();
    if (!current.isValid() || !m_list->selectionModel()->isSelected(current)) {
        return std::nullopt;
    }
    return m_model->people().at(current.row());
}

void PersonPickerDialog::select(const QUuid& id)
{
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->people().at(row).id == id) {
            m_list->setCurrentIndex(m_model->index(row, 0));
            return;
        }
    }
}

} // namespace rapport::ui
