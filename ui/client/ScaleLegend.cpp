#include "ScaleLegend.h"

#include <QPainter>
#include <QSlider>
#include <QStyle>
#include <QStyleOptionSlider>

#include <algorithm>

namespace rapport::ui {

ScaleLegend::ScaleLegend(QSlider* slider, QStringList labels, QWidget* parent)
    : QWidget(parent)
    , m_slider(slider)
    , m_labels(std::move(labels))
{
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    setFont(small);
    setForegroundRole(QPalette::PlaceholderText);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setAttribute(Qt::WA_TransparentForMouseEvents);
}

int ScaleLegend::lineCount() const
{
    // Room for labels that wrap (long labels such as "Neither agree nor disagree" on narrow windows).
    return 3;
}

QSize ScaleLegend::sizeHint() const
{
    return {300, fontMetrics().lineSpacing() * lineCount() + 4};
}

QSize ScaleLegend::minimumSizeHint() const
{
    return {100, sizeHint().height()};
}

int ScaleLegend::tickX(int value) const
{
    if (!m_slider) {
        return 0;
    }
    QStyleOptionSlider option;
    option.initFrom(m_slider);
    option.orientation = Qt::Horizontal;
    option.minimum = m_slider->minimum();
    option.maximum = m_slider->maximum();
    const QRect handle =
        m_slider->style()->subControlRect(QStyle::CC_Slider, &option, QStyle::SC_SliderHandle, m_slider);
    const int handleWidth = handle.width();
    const int span = m_slider->width() - handleWidth;
    const int position =
        QStyle::sliderPositionFromValue(m_slider->minimum(), m_slider->maximum(), value, span, false);
    const int inSlider = position + handleWidth / 2;
    return mapFromGlobal(m_slider->mapToGlobal(QPoint(inSlider, 0))).x();
}

void ScaleLegend::paintEvent(QPaintEvent* /*event*/)
{
    if (!m_slider || m_labels.isEmpty()) {
        return;
    }
    QPainter painter(this);
    painter.setPen(palette().color(QPalette::PlaceholderText).darker(130));
    const int points = static_cast<int>(m_labels.size());
    const int pitch = points > 1 ? std::max(40, (tickX(m_slider->maximum()) - tickX(m_slider->minimum())) /
                                                     (points - 1))
                                 : width();
    for (int i = 0; i < points; ++i) {
        const QString& label = m_labels.at(i);
        if (label.isEmpty()) {
            continue;
        }
        const int x = tickX(m_slider->minimum() + i);
        const int boxWidth = std::max(40, pitch - 6);
        QRect box(x - boxWidth / 2, 0, boxWidth, height());
        int alignment = Qt::AlignHCenter;
        if (box.left() < 0) {
            box.moveLeft(0);
            alignment = Qt::AlignLeft;
        }
        if (box.right() >= width()) {
            box.moveRight(width() - 1);
            alignment = Qt::AlignRight;
        }
        painter.drawText(box, alignment | Qt::AlignTop | Qt::TextWordWrap, label);
    }
}

} // namespace rapport::ui
