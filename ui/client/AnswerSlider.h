#pragma once

#include <QSlider>

#include <optional>

namespace rapport::ui {

/**
 * A horizontal slider for one questionnaire answer that starts *unanswered*: its handle is faded and its value does
 * not count until the person presses, drags or moves it with the keyboard (arrows, Page Up/Down, Home, End), so a
 * starting position is never mistaken for an answer.
 */
class AnswerSlider : public QSlider
{
    Q_OBJECT

public:
    AnswerSlider(int minimum, int maximum, QWidget* parent = nullptr);

    [[nodiscard]] bool isAnswered() const { return m_answered; }
    /** The answer, or nothing while unanswered. */
    [[nodiscard]] std::optional<int> answer() const;

protected:
    void paintEvent(QPaintEvent* event) override;
    /** A click anywhere jumps to the point under the cursor (not one step towards it), and counts as an answer. */
    void mousePressEvent(QMouseEvent* event) override;

Q_SIGNALS:
    /** The person gave or changed the answer. */
    void answerChanged(int value);

private:
    void markAnswered();

    bool m_answered = false;
};

} // namespace rapport::ui
