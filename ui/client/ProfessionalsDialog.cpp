#include "ProfessionalsDialog.h"

#include "ProfessionalNameDialog.h"
#include "common/StatusColours.h"
#include "models/PeopleModel.h"
#include "services/ClientProfessionals.h"
#include "services/ConnectionDecisions.h"
#include "store/Store.h"

#include <QDialogButtonBox>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>
#include <memory>

namespace rapport::ui {

ProfessionalsDialog::ProfessionalsDialog(Store& store, const QUuid& clientId, QWidget* parent)
    : QDialog(parent)
    , m_store(store)
    , m_clientId(clientId)
{
    setObjectName(QStringLiteral("professionalsDialog"));
    setWindowTitle(tr("My professionals"));

    auto* layout = new QVBoxLayout(this);
    auto* heading = new QLabel(tr("The professionals you work with"), this);
    heading->setObjectName(QStringLiteral("headingLabel"));
    QFont headingFont = heading->font();
    headingFont.setBold(true);
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.3);
    heading->setFont(headingFont);
    heading->setWordWrap(true);
    layout->addWidget(heading);

    auto* explanation = new QLabel(
        tr("Add the therapists, coaches and counsellors you have sessions with, so you can rate how the work with "
           "each of them is going. They see your scores only while you share them."),
        this);
    explanation->setObjectName(QStringLiteral("explanationLabel"));
    explanation->setWordWrap(true);
    layout->addWidget(explanation);

    m_answers = new QWidget(this);
    m_answers->setObjectName(QStringLiteral("connectionAnswers"));
    m_answersLayout = new QVBoxLayout(m_answers);
    m_answersLayout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_answers);

    auto* row = new QHBoxLayout();
    m_model = new PeopleModel(this);
    m_list = new QListView(this);
    m_list->setObjectName(QStringLiteral("professionalList"));
    m_list->setModel(m_model);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setAccessibleName(tr("Your professionals"));
    row->addWidget(m_list, 1);

    auto* actions = new QVBoxLayout();
    auto* add = new QPushButton(tr("Add…"), this);
    add->setObjectName(QStringLiteral("addButton"));
    m_rename = new QPushButton(tr("Rename…"), this);
    m_rename->setObjectName(QStringLiteral("renameButton"));
    m_remove = new QPushButton(tr("Remove…"), this);
    m_remove->setObjectName(QStringLiteral("removeButton"));
    actions->addWidget(add);
    actions->addWidget(m_rename);
    actions->addWidget(m_remove);
    actions->addStretch(1);
    row->addLayout(actions);
    layout->addLayout(row, 1);

    m_empty = new QLabel(tr("You have not added a professional yet."), this);
    m_empty->setObjectName(QStringLiteral("emptyLabel"));
    m_empty->setWordWrap(true);
    layout->addWidget(m_empty);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setWordWrap(true);
    QPalette errorPalette = m_error->palette();
    errorPalette.setColor(QPalette::WindowText, StatusColours::Poor);
    m_error->setPalette(errorPalette);
    m_error->hide();
    layout->addWidget(m_error);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setObjectName(QStringLiteral("closeButton"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    connect(add, &QPushButton::clicked, this, &ProfessionalsDialog::addProfessional);
    connect(m_rename, &QPushButton::clicked, this, &ProfessionalsDialog::renameSelected);
    connect(m_remove, &QPushButton::clicked, this, &ProfessionalsDialog::removeSelected);
    connect(m_list, &QListView::doubleClicked, this, &ProfessionalsDialog::renameSelected);
    connect(
        m_list->selectionModel(), &QItemSelectionModel::selectionChanged, this, &ProfessionalsDialog::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ProfessionalsDialog::updateButtons);
    connect(&m_store, &Store::changed, this, [this](const StoreChange& change) {
        if (change.touches(StoreChange::Kind::Connections, m_clientId) || change.touches(StoreChange::Kind::People)) {
            reload();
        }
    });

    reload();
    resize(520, 420);
}

void ProfessionalsDialog::reload()
{
    const std::optional<Person> previous = selected();
    auto connections = ConnectionDecisions(m_store).list(m_clientId);
    if (!connections) {
        showError(connections.error().message);
        return;
    }
    QList<Person> professionals;
    QList<ClientConnection> unanswered;
    for (const ClientConnection& entry : std::as_const(*connections)) {
        if (entry.connection.isAccepted()) {
            professionals.append(entry.professional);
        } else {
            unanswered.append(entry);
        }
    }
    showAnswers(unanswered);
    m_model->setPeople(professionals);
    if (previous) {
        select(previous->id);
    }
    m_empty->setVisible(professionals.isEmpty() && unanswered.isEmpty());
    updateButtons();
}

void ProfessionalsDialog::showAnswers(const QList<ClientConnection>& connections)
{
    // Rebuilt on every change: a handful of rows at most, and the buttons carry the connection they answer.
    while (QLayoutItem* taken = m_answersLayout->takeAt(0)) {
        const std::unique_ptr<QLayoutItem> item(taken); // a taken item has no owner left
        if (QWidget* widget = item->widget()) {
            widget->deleteLater();
        }
    }
    for (const ClientConnection& entry : connections) {
        const bool pending = entry.connection.state == Connection::State::Pending;
        auto* rowFrame = new QFrame(m_answers);
        rowFrame->setObjectName(pending ? QStringLiteral("pendingConnection") : QStringLiteral("declinedConnection"));
        rowFrame->setFrameShape(QFrame::StyledPanel);
        rowFrame->setProperty("connectionId", entry.connection.id);
        auto* rowLayout = new QHBoxLayout(rowFrame);
        rowLayout->setContentsMargins(10, 6, 10, 6);
        auto* text = new QLabel(rowFrame);
        text->setObjectName(QStringLiteral("connectionText"));
        text->setWordWrap(true);
        text->setTextFormat(Qt::PlainText);
        text->setText(
            pending ? tr("%1 has been connected with you by your organisation. If you accept, %1 sees the "
                         "scores you share; until then, nothing of you.")
                          .arg(entry.professional.name)
                    : tr("You declined the connection with %1: they see nothing of you.").arg(entry.professional.name));
        rowLayout->addWidget(text, 1);
        const QUuid id = entry.connection.id;
        auto* accept = new QPushButton(tr("Accept"), rowFrame);
        accept->setObjectName(QStringLiteral("acceptConnectionButton"));
        accept->setAccessibleName(tr("Accept the connection with %1").arg(entry.professional.name));
        connect(accept, &QPushButton::clicked, this, [this, id] { answerConnection(id, true); });
        rowLayout->addWidget(accept);
        if (pending) {
            auto* decline = new QPushButton(tr("Decline"), rowFrame);
            decline->setObjectName(QStringLiteral("declineConnectionButton"));
            decline->setAccessibleName(tr("Decline the connection with %1").arg(entry.professional.name));
            connect(decline, &QPushButton::clicked, this, [this, id] { answerConnection(id, false); });
            rowLayout->addWidget(decline);
        }
        m_answersLayout->addWidget(rowFrame);
    }
    m_answers->setVisible(!connections.isEmpty());
}

void ProfessionalsDialog::answerConnection(const QUuid& connectionId, bool accept)
{
    if (auto answered = ConnectionDecisions(m_store).answer(m_clientId, connectionId, accept); !answered) {
        showError(tr("Your answer could not be saved: %1").arg(answered.error().message));
        return;
    }
    m_error->hide();
}

void ProfessionalsDialog::select(const QUuid& id)
{
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QModelIndex index = m_model->index(row, 0);
        if (index.data(PeopleModel::PersonIdRole).toUuid() == id) {
            m_list->setCurrentIndex(index);
            return;
        }
    }
}

std::optional<Person> ProfessionalsDialog::selected() const
{
    const QModelIndex current = m_list->currentIndex();
    if (!current.isValid() || !m_list->selectionModel()->isSelected(current)) {
        return std::nullopt;
    }
    return m_model->people().value(current.row());
}

void ProfessionalsDialog::updateButtons()
{
    const bool any = selected().has_value();
    m_rename->setEnabled(any);
    m_remove->setEnabled(any);
}

void ProfessionalsDialog::showError(const QString& message)
{
    m_error->setText(message);
    m_error->show();
}

void ProfessionalsDialog::addProfessional()
{
    const auto apply = [this](const QString& name) -> Result<void> {
        auto added = ClientProfessionals(m_store).add(m_clientId, name);
        if (!added) {
            return tl::unexpected(added.error());
        }
        m_error->hide();
        select(added->id);
        return {};
    };
    auto* dialog = new ProfessionalNameDialog(
        tr("Add a professional"), tr("Name of the professional:"), QString(), tr("Add"), apply, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void ProfessionalsDialog::renameSelected()
{
    const std::optional<Person> professional = selected();
    if (!professional) {
        return;
    }
    const QUuid id = professional->id;
    const auto apply = [this, id](const QString& name) -> Result<void> {
        auto renamed = ClientProfessionals(m_store).rename(m_clientId, id, name);
        if (!renamed) {
            return tl::unexpected(renamed.error());
        }
        m_error->hide();
        return {};
    };
    auto* dialog = new ProfessionalNameDialog(tr("Rename a professional"),
                                              tr("New name for %1:").arg(professional->name),
                                              professional->name,
                                              tr("Rename"),
                                              apply,
                                              this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void ProfessionalsDialog::removeSelected()
{
    const std::optional<Person> professional = selected();
    if (!professional) {
        return;
    }
    auto* box = new QMessageBox(QMessageBox::Question,
                                tr("Remove %1?").arg(professional->name),
                                tr("Remove %1 from your professionals?").arg(professional->name),
                                QMessageBox::NoButton,
                                this);
    box->setObjectName(QStringLiteral("removeConfirmation"));
    box->setInformativeText(
        tr("%1 will no longer see any of your scores, and you will no longer rate sessions with them. Your past "
           "surveys about %1 stay with you: they remain in your history and in your exports.")
            .arg(professional->name));
    QPushButton* remove = box->addButton(tr("Remove"), QMessageBox::DestructiveRole);
    remove->setObjectName(QStringLiteral("confirmRemoveButton"));
    QPushButton* cancel = box->addButton(QMessageBox::Cancel);
    cancel->setObjectName(QStringLiteral("cancelRemoveButton"));
    box->setDefaultButton(cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    const QUuid id = professional->id;
    const QString name = professional->name;
    connect(box, &QMessageBox::buttonClicked, this, [this, remove, id, name](QAbstractButton* clicked) {
        if (clicked != remove) {
            return;
        }
        if (auto removed = ClientProfessionals(m_store).remove(m_clientId, id); !removed) {
            showError(tr("%1 could not be removed: %2").arg(name, removed.error().message));
            return;
        }
        m_error->hide();
    });
    m_confirmation = box;
    box->open();
}

} // namespace rapport::ui
