#pragma once

#include "instruments/InstrumentDefinition.h"

#include <QDialog>
#include <QList>

class QLabel;
class QPushButton;

namespace rapport::ui {

class AnswerSlider;

/**
 * Any questionnaire, answered with one slider per item: its title, time frame and instructions, the scale's labels
 * under each slider and the chosen answer in words beside it, and a link that shows how it is measured. Submit
 * stays disabled until every item is answered. The dialog collects the answers; the caller submits them.
 */
class QuestionnaireDialog : public QDialog
{
    Q_OBJECT

public:
    /** How the dialog can be left without answering. */
    enum class Dismissal
    {
        Cancel, ///< "Cancel": the person opened it themself
        Skip, ///< "Skip": it was offered after a session
    };

    QuestionnaireDialog(const InstrumentDefinition& definition,
                        const QString& about,
                        Dismissal dismissal,
                        QWidget* parent = nullptr);

    [[nodiscard]] const InstrumentDefinition& definition() const { return m_definition; }
    /** One answer per item, in item order; empty until every item is answered. */
    [[nodiscard]] QList<int> answers() const;
    [[nodiscard]] int answeredCount() const;
    [[nodiscard]] QList<AnswerSlider*> sliders() const { return m_sliders; }

private:
    void updateAnswer(int item, int value);
    void updateProgress();
    void toggleMethodology();
    [[nodiscard]] QString answerText(int value) const;

    InstrumentDefinition m_definition;
    QList<AnswerSlider*> m_sliders;
    QList<QLabel*> m_answerLabels;
    QLabel* m_progress = nullptr;
    QLabel* m_methodology = nullptr;
    QLabel* m_methodologyLink = nullptr;
    QPushButton* m_submit = nullptr;
};

} // namespace rapport::ui
