#include "AnswerSlider.h"

#include <QMouseEvent>
#include <QPainter>
#include <QStyle>
#include <QStyleOptionSlider>

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
    update();
    // actionTriggered fires before the value moves; valueChanged reports the moved value right after.
    Q_EMIT answerChanged(value());
}

void AnswerSlider::mousePressEvent(QMouseEvent* event)
{
    if (event->button() == Qt::LeftButton && minimum() < maximum()) {
        QStyleOptionSlider option;
        initStyleOption(&option);
        const QRect handle = style()->subControlRect(QStyle::CC_Slider, &option, QStyle::SC_SliderHandle, this);
        const int position = event->position().toPoint().x() - handle.width() / 2;
        setSliderPosition(QStyle::sliderValueFromPosition(
            minimum(), maximum(), position, width() - handle.width(), option.upsideDown));
        triggerAction(QAbstractSlider::SliderMove);
    }
    // The handle is now under the cursor, so the base class starts a drag from here.
    QSlider::mousePressEvent(event);
}

void AnswerSlider::paintEvent(QPaintEvent* event)
{
    if (m_answered) {
        QSlider::paintEvent(event);
        return;
    }
    // Unanswered: the whole slider drawn faded, so the starting position does not look like an answer. (A
    // QGraphicsOpacityEffect would do the same but breaks the slider's hit testing.)
    QPainter painter(this);
    painter.setOpacity(0.35);
    QStyleOptionSlider option;
    initStyleOption(&option);
    option.subControls = QStyle::SC_SliderGroove | QStyle::SC_SliderHandle | QStyle::SC_SliderTickmarks;
    style()->drawComplexControl(QStyle::CC_Slider, &option, &painter, this);
    if (hasFocus()) {
        // The focus frame at full strength: a keyboard user must see where they are even before answering.
        painter.setOpacity(1.0);
        QStyleOptionFocusRect focus;
        focus.initFrom(this);
        focus.backgroundColor = palette().color(QPalette::Window);
        style()->drawPrimitive(QStyle::PE_FrameFocusRect, &focus, &painter, this);
    }
}

} // namespace rapport::ui
