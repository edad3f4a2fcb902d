#include "AnswerSlider.h"

#include <QGraphicsOpacityEffect>

namespace rapport::ui {

AnswerSlider::AnswerSlider(int minimum, int maximum, QWidget* parent)
    : QSlider(Qt::Horizontal, parent)
{
    setRange(minimum, maximum);
    setSingleStep(1);
    setPageStep(1);
    setTickPosition(QSlider::TicksBelow);
    setTickInterval(1);
    setFocusPolicy(Qt::StrongFocus);
    // Start in the middle: no end of the scale is suggested.
    setValue(minimum + (maximum - minimum) / 2);

    m_fade = new QGraphicsOpacityEffect(this);
    m_fade->setOpacity(0.35);
    setGraphicsEffect(m_fade);

    // actionTriggered covers keyboard steps, Home/End (even when already at that end), clicks on the groove and
    // drags; sliderPressed covers a press on the handle that keeps the middle value.
    connect(this, &QAbstractSlider::actionTriggered, this, &AnswerSlider::markAnswered);
    connect(this, &QAbstractSlider::sliderPressed, this, &AnswerSlider::markAnswered);
    connect(this, &QAbstractSlider::valueChanged, this, [this](int value) {
        if (m_answered) {
            Q_EMIT answerChanged(value);
        }
    });
}

std::optional<int> AnswerSlider::answer() const
{
    if (!m_answered) {
        return std::nullopt;
    }
    return value();
}

void AnswerSlider::markAnswered()
{
    if (m_answered) {
        return;
    }
    m_answered = true;
    m_fade->setOpacity(1.0);
    setGraphicsEffect(nullptr); // deletes the effect
    m_fade = nullptr;
    // actionTriggered fires before the value moves; valueChanged reports the moved value right after.
    Q_EMIT answerChanged(value());
}

} // namespace rapport::ui
