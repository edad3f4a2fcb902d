#include "SharingDialog.h"

#include "common/StatusColours.h"
#include "models/SharingLogModel.h"
#include "services/ConnectionDecisions.h"
#include "services/SharingChoices.h"
#include "store/Store.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTableView>
#include <QVBoxLayout>

namespace rapport::ui {

namespace {

void showSharingWord(QLabel* label, bool on)
{
    label->setText(on ? SharingDialog::tr("Sharing") : SharingDialog::tr("Not Sharing"));
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText, StatusColours::forSharing(on));
    label->setPalette(palette);
    label->setProperty("sharing", on);
}

QLabel* boldLabel(const QString& objectName, QWidget* parent, qreal scale = 1.0)
{
    auto* label = new QLabel(parent);
    label->setObjectName(objectName);
    QFont font = label->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * scale);
    label->setFont(font);
    return label;
}

} // namespace

SharingDialog::SharingDialog(Store& store, const QUuid& clientId, QWidget* parent)
    : QDialog(parent)
    , m_store(store)
    , m_clientId(clientId)
{
    setObjectName(QStringLiteral("sharingDialog"));
    setWindowTitle(tr("Sharing"));

    auto* layout = new QVBoxLayout(this);
    auto* heading = boldLabel(QStringLiteral("headingLabel"), this, 1.4);
    heading->setText(tr("Share your scores with your professionals"));
    heading->setWordWrap(true);
    layout->addWidget(heading);

    m_overallState = boldLabel(QStringLiteral("overallStateLabel"), this, 1.2);
    layout->addWidget(m_overallState);

    auto* choices = new QGridLayout();
    choices->setHorizontalSpacing(16);
    m_allianceCheck = new QCheckBox(tr("Share my Professional Alliance score"), this);
    m_allianceCheck->setObjectName(QStringLiteral("allianceCheck"));
    m_allianceState = boldLabel(QStringLiteral("allianceStateLabel"), this);
    m_wellbeingCheck = new QCheckBox(tr("Share my Wellbeing score"), this);
    m_wellbeingCheck->setObjectName(QStringLiteral("wellbeingCheck"));
    m_wellbeingState = boldLabel(QStringLiteral("wellbeingStateLabel"), this);
    choices->addWidget(m_allianceCheck, 0, 0);
    choices->addWidget(m_allianceState, 0, 1);
    choices->addWidget(m_wellbeingCheck, 1, 0);
    choices->addWidget(m_wellbeingState, 1, 1);
    choices->setColumnStretch(2, 1);
    layout->addLayout(choices);

    auto* explanation = new QLabel(
        tr("Sharing lets the professionals you work with see this score, so you can talk about how things are "
           "going. It is off until you turn it on. A choice applies to all of your professionals at once, and you "
           "can change it at any time: turning it off hides the score from them straight away. Your organisation, "
           "your manager and HR never see your individual results, only anonymous totals for the whole "
           "programme."),
        this);
    explanation->setObjectName(QStringLiteral("explanationLabel"));
    explanation->setWordWrap(true);
    layout->addWidget(explanation);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setWordWrap(true);
    QPalette errorPalette = m_error->palette();
    errorPalette.setColor(QPalette::WindowText, StatusColours::Poor);
    m_error->setPalette(errorPalette);
    m_error->hide();
    layout->addWidget(m_error);

    auto* logHeading = boldLabel(QStringLiteral("logHeading"), this);
    logHeading->setText(tr("Your sharing history"));
    layout->addWidget(logHeading);

    m_logModel = new SharingLogModel(this);
    m_logView = new QTableView(this);
    m_logView->setTabKeyNavigation(false); // arrows move between cells; Tab moves on
    m_logView->setObjectName(QStringLiteral("sharingLogView"));
    m_logView->setModel(m_logModel);
    m_logView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_logView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_logView->verticalHeader()->hide();
    m_logView->horizontalHeader()->setStretchLastSection(true);
    m_logView->horizontalHeader()->setSectionResizeMode(SharingLogModel::WhenColumn, QHeaderView::ResizeToContents);
    m_logView->horizontalHeader()->setSectionResizeMode(SharingLogModel::ScoreColumn, QHeaderView::ResizeToContents);
    m_logView->setAccessibleName(tr("Sharing history"));
    layout->addWidget(m_logView, 1);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setObjectName(QStringLiteral("closeButton"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    connect(m_allianceCheck, &QCheckBox::toggled, this, [this](bool on) { applyChoice(Metric::Alliance, on); });
    connect(m_wellbeingCheck, &QCheckBox::toggled, this, [this](bool on) { applyChoice(Metric::Wellbeing, on); });

    reload();
    resize(640, 560);
}

void SharingDialog::reload()
{
    SharingChoices choices(m_store);
    auto state = choices.state(m_clientId);
    auto log = choices.log(m_clientId);
    ConnectionDecisions answers(m_store);
    auto decisions = answers.decisions(m_clientId);
    auto connections = answers.list(m_clientId);
    if (!state || !log || !decisions || !connections) {
        m_error->setText(!state           ? state.error().message
                             : !log       ? log.error().message
                             : !decisions ? decisions.error().message
                                          : connections.error().message);
        m_error->show();
        return;
    }
    QHash<QUuid, QString> names;
    for (const ClientConnection& entry : std::as_const(*connections)) {
        names.insert(entry.professional.id, entry.professional.name);
    }
    m_state = *state;
    m_logModel->setHistory(*log, *decisions, names);
    showState();
}

void SharingDialog::showState()
{
    {
        const QSignalBlocker allianceBlocker(m_allianceCheck);
        const QSignalBlocker wellbeingBlocker(m_wellbeingCheck);
        m_allianceCheck->setChecked(m_state.alliance);
        m_wellbeingCheck->setChecked(m_state.wellbeing);
    }
    showSharingWord(m_allianceState, m_state.alliance);
    showSharingWord(m_wellbeingState, m_state.wellbeing);
    showSharingWord(m_overallState, m_state.anyOn());
}

void SharingDialog::applyChoice(Metric metric, bool on)
{
    auto change = SharingChoices(m_store).set(m_clientId, metric, on);
    if (!change) {
        m_error->setText(tr("Your choice could not be saved: %1").arg(change.error().message));
        m_error->show();
        showState(); // back to what is stored
        return;
    }
    m_error->hide();
    reload();
    Q_EMIT sharingChanged(metric, on);
}

} // namespace rapport::ui
