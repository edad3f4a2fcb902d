#include "ProfessionalView.h"

#include "ClientDetailPanel.h"
#include "InterpretationHelp.h"
#include "common/Icons.h"
#include "common/StatusColours.h"
#include "instruments/InstrumentIds.h"
#include "instruments/InstrumentRegistry.h"
#include "models/ProfessionalClientsModel.h"
#include "services/ProfessionalRequests.h"
#include "store/Store.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSplitter>
#include <QStyleOptionViewItem>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace rapport::ui {

namespace {

/** The band's colour: a deep teal no client screen uses, with white text (contrast above 7:1). */
const QColor HeaderColour(0x0e, 0x4d, 0x5c);

} // namespace

ProfessionalView::ProfessionalView(Store& store,
                                   const InstrumentRegistry& registry,
                                   const QUuid& professionalId,
                                   QWidget* parent)
    : QWidget(parent)
    , m_store(store)
    , m_registry(registry)
    , m_professionalId(professionalId)
{
    setObjectName(QStringLiteral("professionalView"));
    buildLayout();
    connect(&m_store, &Store::changed, this, [this](const StoreChange& change) {
        // After a failed load there is no overview to compare with: reload on anything.
        const ProfessionalOverview& shown = m_model->overview();
        if (shown.professional.id.isNull() || affects(change, shown)) {
            refresh();
        }
    });
    refresh();
}

const ProfessionalOverview& ProfessionalView::overview() const
{
    return m_model->overview();
}

void ProfessionalView::buildLayout()
{
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->setSpacing(0);

    // The band that says which mode this is: nobody should take it for a client's own dashboard.
    auto* header = new QFrame(this);
    header->setObjectName(QStringLiteral("modeHeader"));
    header->setAutoFillBackground(true);
    QPalette headerPalette = header->palette();
    headerPalette.setColor(QPalette::Window, HeaderColour);
    headerPalette.setColor(QPalette::WindowText, Qt::white);
    headerPalette.setColor(QPalette::Text, Qt::white);
    header->setPalette(headerPalette);
    auto* headerLayout = new QHBoxLayout(header);
    headerLayout->setContentsMargins(20, 12, 20, 12);
    auto* headerText = new QVBoxLayout();
    headerText->setSpacing(2);
    auto* mode = new QLabel(tr("PROFESSIONAL VIEW"), header);
    mode->setObjectName(QStringLiteral("modeLabel"));
    QFont modeFont = mode->font();
    modeFont.setBold(true);
    modeFont.setLetterSpacing(QFont::AbsoluteSpacing, 1.5);
    mode->setFont(modeFont);
    m_headerName = new QLabel(header);
    m_headerName->setObjectName(QStringLiteral("professionalNameLabel"));
    QFont nameFont = m_headerName->font();
    nameFont.setBold(true);
    nameFont.setPointSizeF(nameFont.pointSizeF() * 1.7);
    m_headerName->setFont(nameFont);
    m_headerSummary = new QLabel(header);
    m_headerSummary->setObjectName(QStringLiteral("clientSummaryLabel"));
    m_headerSummary->setWordWrap(true);
    headerText->addWidget(mode);
    headerText->addWidget(m_headerName);
    headerText->addWidget(m_headerSummary);
    headerLayout->addLayout(headerText, 1);
    auto* helpButton = new QPushButton(Icons::help(), tr("How to read the &scores"), header);
    helpButton->setObjectName(QStringLiteral("interpretationButton"));
    helpButton->setMinimumHeight(34);
    headerLayout->addWidget(helpButton, 0, Qt::AlignVCenter);
    outer->addWidget(header);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setWordWrap(true);
    m_error->setContentsMargins(20, 8, 20, 0);
    QPalette errorPalette = m_error->palette();
    errorPalette.setColor(QPalette::WindowText, StatusColours::Poor);
    m_error->setPalette(errorPalette);
    m_error->hide();
    outer->addWidget(m_error);

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("professionalSplitter"));
    splitter->setChildrenCollapsible(false);

    // The clients.
    auto* listSide = new QWidget(splitter);
    auto* listLayout = new QVBoxLayout(listSide);
    listLayout->setContentsMargins(20, 16, 8, 16);
    auto* listHeading = new QLabel(tr("Your clients"), listSide);
    listHeading->setObjectName(QStringLiteral("clientsHeading"));
    QFont headingFont = listHeading->font();
    headingFont.setBold(true);
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.15);
    listHeading->setFont(headingFont);
    listLayout->addWidget(listHeading);
    const InstrumentDefinition* alliance = m_registry.find(InstrumentIds::Alliance);
    m_model = new ProfessionalClientsModel(alliance ? alliance->decimals : 1, this);
    m_table = new QTableView(listSide);
    m_table->setTabKeyNavigation(false); // arrows move between cells; Tab moves on
    m_table->setObjectName(QStringLiteral("clientTable"));
    m_table->setModel(m_model);
    m_table->setAccessibleName(tr("Your clients"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    listHeading->setBuddy(m_table);
    listLayout->addWidget(m_table, 1);
    auto* listNote = new QLabel(tr("Alliance: the latest survey about your sessions. Scores appear only while a "
                                   "client shares them with you."),
                                listSide);
    listNote->setObjectName(QStringLiteral("clientsNote"));
    listNote->setWordWrap(true);
    listNote->setForegroundRole(QPalette::PlaceholderText);
    listLayout->addWidget(listNote);
    splitter->addWidget(listSide);

    // The selected client, then the help.
    m_detailScroll = new QScrollArea(splitter);
    m_detailScroll->setObjectName(QStringLiteral("detailScrollArea"));
    m_detailScroll->setAccessibleName(tr("Client details"));
    m_detailScroll->setWidgetResizable(true);
    m_detailScroll->setFrameShape(QFrame::NoFrame);
    auto* detailContent = new QWidget(m_detailScroll);
    auto* detailLayout = new QVBoxLayout(detailContent);
    detailLayout->setContentsMargins(8, 16, 20, 16);
    detailLayout->setSpacing(14);
    m_detail = new ClientDetailPanel(m_registry, detailContent);
    detailLayout->addWidget(m_detail);
    m_help = new InterpretationHelp(m_registry, detailContent);
    detailLayout->addWidget(m_help);
    detailLayout->addStretch(1);
    m_detailScroll->setWidget(detailContent);
    splitter->addWidget(m_detailScroll);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({700, 580});
    m_splitter = splitter;
    // Until the user drags the divider, the list gets the width its columns need (see fitListWidth()).
    connect(splitter, &QSplitter::splitterMoved, this, [this] { m_userPlacedSplitter = true; });
    connect(m_model, &QAbstractItemModel::modelReset, this, &ProfessionalView::fitListWidth, Qt::QueuedConnection);
    outer->addWidget(splitter, 1);

    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &ProfessionalView::showSelected);
    connect(m_detail, &ClientDetailPanel::sharingRequested, this, &ProfessionalView::requestSharing);
    connect(helpButton, &QPushButton::clicked, this, &ProfessionalView::showInterpretationHelp);
}

QUuid ProfessionalView::selectedClient() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty()) {
        return {};
    }
    return rows.constFirst().data(ProfessionalClientsModel::ClientIdRole).toUuid();
}

void ProfessionalView::refresh()
{
    const QUuid selected = selectedClient();
    auto overview = loadProfessionalOverview(m_store, m_registry, m_professionalId);
    if (!overview) {
        // Fail closed: show nothing rather than what may no longer be shared.
        m_model->setOverview(ProfessionalOverview());
        showSelected();
        showError(overview.error().message);
        return;
    }
    m_error->hide();
    m_headerName->setText(overview->professional.name);
    const auto sharing = std::count_if(overview->clients.cbegin(),
                                       overview->clients.cend(),
                                       [](const ProfessionalClientEntry& entry) { return entry.sharing.anyOn(); });
    const int count = static_cast<int>(overview->clients.size());
    if (count == 0) {
        m_headerSummary->setText(tr("No connected clients yet."));
    } else if (count == 1) {
        m_headerSummary->setText(tr("1 connected client, %1 sharing with you.").arg(sharing));
    } else {
        m_headerSummary->setText(tr("%1 connected clients, %2 sharing with you.").arg(count).arg(sharing));
    }
    m_model->setOverview(std::move(*overview)); // in place when the clients are the same: the selection stays
    if (selectedClient().isNull()) {
        const int row = selected.isNull() ? 0 : std::max(0, m_model->rowOf(selected));
        if (row < m_model->rowCount()) {
            m_table->selectRow(row);
        }
    }
    showSelected();
}

void ProfessionalView::selectClient(const QUuid& clientId)
{
    const int row = m_model->rowOf(clientId);
    if (row >= 0) {
        m_table->selectRow(row);
        m_table->scrollTo(m_model->index(row, 0));
    }
}

void ProfessionalView::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    fitListWidth();
}

void ProfessionalView::fitListWidth()
{
    if (!m_splitter || m_userPlacedSplitter || m_splitter->width() <= 0) {
        return;
    }
    // Every column of the list readable (no horizontal scrolling for "Last updated"), as long as the details keep
    // room for their charts; otherwise half and half.
    constexpr int DetailMinimum = 320;
    const QHeaderView* header = m_table->horizontalHeader();
    QStyleOptionViewItem option;
    option.initFrom(m_table);
    option.font = m_table->font();
    option.features = QStyleOptionViewItem::HasDisplay | QStyleOptionViewItem::HasDecoration;
    int columns = 0;
    for (int section = 0; section < header->count(); ++section) {
        if (header->isSectionHidden(section)) {
            continue;
        }
        int widest = header->sectionSizeHint(section);
        for (int row = 0; row < m_model->rowCount(); ++row) {
            const QModelIndex index = m_model->index(row, section);
            widest = std::max(widest, m_table->itemDelegateForIndex(index)->sizeHint(option, index).width());
        }
        columns += widest + 1; // the grid line
    }
    const QWidget* listSide = m_splitter->widget(0);
    const QMargins margins = listSide->layout() ? listSide->layout()->contentsMargins() : QMargins();
    const int needed = columns + 2 * m_table->frameWidth() + margins.left() + margins.right()
        + m_table->verticalScrollBar()->sizeHint().width();
    const int total = m_splitter->width() - m_splitter->handleWidth();
    const int list = total - needed >= DetailMinimum ? needed : total / 2;
    if (m_splitter->sizes().value(0) != list) {
        m_splitter->setSizes({list, total - list});
    }
}

void ProfessionalView::showSelected()
{
    const int row = m_model->rowOf(selectedClient());
    const auto entry = m_model->entry(row);
    if (!entry) {
        m_detail->clear(m_model->rowCount() == 0
                            ? tr("You have no connected clients yet. An administrator connects clients with you.")
                            : tr("Choose a client on the left to see what they share with you."));
        return;
    }
    m_detail->setEntry(*entry, m_store.clock().now());
}

void ProfessionalView::requestSharing(const QUuid& clientId)
{
    const auto entry = m_model->entry(m_model->rowOf(clientId));
    if (!entry) {
        return;
    }
    for (Metric metric : {Metric::Alliance, Metric::Wellbeing}) {
        const bool pending = std::any_of(entry->pendingRequests.cbegin(),
                                         entry->pendingRequests.cend(),
                                         [metric](const ShareRequest& request) { return request.metric == metric; });
        if (entry->sharing.isOn(metric) || pending) {
            continue;
        }
        auto request = ProfessionalRequests(m_store).ask(m_professionalId, clientId, metric);
        if (!request) {
            if (request.error().code == ErrorCode::AlreadyExists) {
                continue; // already asked (from another window or the CLI): nothing to add
            }
            showError(tr("The request could not be sent: %1").arg(request.error().message));
            return;
        }
        Q_EMIT sharingRequestSent(*request);
    }
    // The store announced each request; the view has already reloaded.
}

void ProfessionalView::showInterpretationHelp()
{
    m_detailScroll->ensureWidgetVisible(m_help, 0, 0);
}

void ProfessionalView::showError(const QString& message)
{
    m_error->setText(message);
    m_error->show();
}

} // namespace rapport::ui
