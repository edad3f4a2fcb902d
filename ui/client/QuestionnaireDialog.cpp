#include "QuestionnaireDialog.h"

#include "AnswerSlider.h"
#include "ScaleLegend.h"
#include "common/UiText.h"

#include <QDialogButtonBox>
#include <QFrame>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace rapport::ui {

namespace {

QLabel* wrappedLabel(const QString& text, const QString& objectName, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    return label;
}

} // namespace

QuestionnaireDialog::QuestionnaireDialog(const InstrumentDefinition& definition,
                                         const QString& about,
                                         Dismissal dismissal,
                                         QWidget* parent)
    : QDialog(parent)
    , m_definition(definition)
{
    setObjectName(QStringLiteral("questionnaireDialog"));
    const QString language = instrumentLanguage();
    setWindowTitle(definition.title.text(language));

    auto* layout = new QVBoxLayout(this);
    layout->setSpacing(8);

    auto* title = wrappedLabel(definition.title.text(language), QStringLiteral("titleLabel"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    titleFont.setBold(true);
    title->setFont(titleFont);
    layout->addWidget(title);

    if (!about.isEmpty()) {
        auto* aboutLabel = wrappedLabel(about, QStringLiteral("aboutLabel"), this);
        QFont aboutFont = aboutLabel->font();
        aboutFont.setBold(true);
        aboutLabel->setFont(aboutFont);
        layout->addWidget(aboutLabel);
    }
    if (!definition.timeFrame.isEmpty()) {
        layout->addWidget(wrappedLabel(
            tr("Time frame: %1").arg(definition.timeFrame.text(language)), QStringLiteral("timeFrameLabel"), this));
    }
    layout->addWidget(wrappedLabel(definition.instructions.text(language), QStringLiteral("instructionsLabel"), this));

    m_methodologyLink = new QLabel(this);
    m_methodologyLink->setObjectName(QStringLiteral("methodologyLink"));
    m_methodologyLink->setTextFormat(Qt::RichText);
    m_methodologyLink->setText(QStringLiteral("<a href=\"#methodology\">%1</a>").arg(tr("How is this measured?")));
    m_methodologyLink->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    m_methodologyLink->setFocusPolicy(Qt::StrongFocus);
    connect(m_methodologyLink, &QLabel::linkActivated, this, &QuestionnaireDialog::toggleMethodology);
    layout->addWidget(m_methodologyLink);

    m_methodology = wrappedLabel(definition.methodology.isEmpty() ? tr("No description of the method is available.")
                                                                  : definition.methodology.text(language),
                                 QStringLiteral("methodologyText"),
                                 this);
    m_methodology->setFrameShape(QFrame::StyledPanel);
    m_methodology->setMargin(8);
    m_methodology->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_methodology->hide();
    layout->addWidget(m_methodology);

    auto* itemsWidget = new QWidget(this);
    itemsWidget->setObjectName(QStringLiteral("itemsWidget"));
    auto* itemsLayout = new QVBoxLayout(itemsWidget);
    itemsLayout->setSpacing(6);
    QStringList scaleLabels;
    for (int value = definition.scale.min; value <= definition.scale.max; ++value) {
        scaleLabels.append(definition.scale.labelFor(value).text(language));
    }
    const QString scaleDescription = tr("From %1 (%2) to %3 (%4)")
                                         .arg(QString::number(definition.scale.min),
                                              answerText(definition.scale.min),
                                              QString::number(definition.scale.max),
                                              answerText(definition.scale.max));

    for (qsizetype i = 0; i < definition.items.size(); ++i) {
        const int item = static_cast<int>(i);
        const QString text = definition.items.at(i).text.text(language);
        if (i > 0) {
            auto* line = new QFrame(itemsWidget);
            line->setFrameShape(QFrame::HLine);
            line->setFrameShadow(QFrame::Sunken);
            itemsLayout->addWidget(line);
        }
        auto* question
            = wrappedLabel(tr("%1. %2").arg(item + 1).arg(text), QStringLiteral("itemLabel_%1").arg(item), itemsWidget);
        QFont questionFont = question->font();
        questionFont.setBold(true);
        question->setFont(questionFont);
        itemsLayout->addWidget(question);

        auto* slider = new AnswerSlider(definition.scale.min, definition.scale.max, itemsWidget);
        slider->setObjectName(QStringLiteral("answerSlider_%1").arg(item));
        slider->setAccessibleName(tr("Statement %1: %2").arg(item + 1).arg(text));
        slider->setAccessibleDescription(tr("Not answered yet. %1.").arg(scaleDescription));
        question->setBuddy(slider);
        itemsLayout->addWidget(slider);
        itemsLayout->addWidget(new ScaleLegend(slider, scaleLabels, itemsWidget));

        auto* answer = new QLabel(tr("Not answered yet"), itemsWidget);
        answer->setObjectName(QStringLiteral("answerLabel_%1").arg(item));
        QFont answerFont = answer->font();
        answerFont.setItalic(true);
        answer->setFont(answerFont);
        itemsLayout->addWidget(answer);

        connect(slider, &AnswerSlider::answerChanged, this, [this, item](int value) { updateAnswer(item, value); });
        m_sliders.append(slider);
        m_answerLabels.append(answer);
    }
    itemsLayout->addStretch(1);

    auto* scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("itemsScrollArea"));
    scroll->setAccessibleName(tr("Statements"));
    scroll->setWidget(itemsWidget);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    layout->addWidget(scroll, 1);

    m_progress = new QLabel(this);
    m_progress->setObjectName(QStringLiteral("progressLabel"));
    layout->addWidget(m_progress);

    auto* buttons = new QDialogButtonBox(this);
    m_submit = buttons->addButton(tr("Submit"), QDialogButtonBox::AcceptRole);
    m_submit->setObjectName(QStringLiteral("submitButton"));
    m_submit->setDefault(true);
    QPushButton* dismiss = dismissal == Dismissal::Skip ? buttons->addButton(tr("Skip"), QDialogButtonBox::RejectRole)
                                                        : buttons->addButton(QDialogButtonBox::Cancel);
    dismiss->setObjectName(dismissal == Dismissal::Skip ? QStringLiteral("skipButton")
                                                        : QStringLiteral("cancelButton"));
    dismiss->setAutoDefault(false);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    updateProgress();
    resize(760, 820);
}

QList<int> QuestionnaireDialog::answers() const
{
    QList<int> result;
    for (const AnswerSlider* slider : m_sliders) {
        const auto answer = slider->answer();
        if (!answer) {
            return {};
        }
        result.append(*answer);
    }
    return result;
}

int QuestionnaireDialog::answeredCount() const
{
    return static_cast<int>(
        std::count_if(m_sliders.cbegin(), m_sliders.cend(), [](const AnswerSlider* s) { return s->isAnswered(); }));
}

QString QuestionnaireDialog::answerText(int value) const
{
    const QString label = m_definition.scale.labelFor(value).text(instrumentLanguage());
    return label.isEmpty() ? QString::number(value) : label;
}

void QuestionnaireDialog::updateAnswer(int item, int value)
{
    QLabel* label = m_answerLabels.at(item);
    label->setText(tr("Your answer: %1").arg(answerText(value)));
    QFont answerFont = label->font();
    answerFont.setItalic(false);
    label->setFont(answerFont);
    // The number a screen reader reads as the slider's value, with what it means on this scale.
    m_sliders.at(item)->setAccessibleDescription(
        tr("Your answer: %1 of %2, %3.").arg(value).arg(m_definition.scale.max).arg(answerText(value)));
    updateProgress();
}

void QuestionnaireDialog::updateProgress()
{
    const int answered = answeredCount();
    const int total = static_cast<int>(m_sliders.size());
    m_progress->setText(answered == total ? tr("All statements answered. You can submit now.")
                                          : tr("%1 of %2 statements answered.").arg(answered).arg(total));
    m_submit->setEnabled(answered == total && total > 0);
}

void QuestionnaireDialog::toggleMethodology()
{
    const bool show = !m_methodology->isVisible();
    m_methodology->setVisible(show);
    m_methodologyLink->setText(QStringLiteral("<a href=\"#methodology\">%1</a>")
                                   .arg(show ? tr("Hide how this is measured") : tr("How is this measured?")));
}

} // namespace rapport::ui
