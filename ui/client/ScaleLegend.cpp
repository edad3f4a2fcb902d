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
    const QRect handle
        = m_slider->style()->subControlRect(QStyle::CC_Slider, &option, QStyle::SC_SliderHandle, m_slider);
    const int handleWidth = handle.width();
    const int span = m_slider->width() - handleWidth;
    const int position = QStyle::sliderPositionFromValue(m_slider->minimum(), m_slider->maximum(), value, span, false);
    const int inSlider = position + handleWidth / 2;
    return mapFromGlobal(m_slider->mapToGlobal(QPoint(inSlider, 0))).x();
}

void ScaleLegend::paintEvent(QPaintEvent* /*event*/)
{
    if (!m_slider || m_labels.isEmpty()) {
        return;
    }
    QPainter painter(this);
    // A muted shade of the placeholder colour that keeps its contrast: darker on light palettes, lighter on dark.
    const QColor placeholder = palette().color(QPalette::PlaceholderText);
    const bool dark = palette().color(QPalette::Window).lightness() < palette().color(QPalette::WindowText).lightness();
    painter.setPen(dark ? placeholder.lighter(120) : placeholder.darker(130));
    const int points = static_cast<int>(m_labels.size());
    const int pitch
        = points > 1 ? std::max(40, (tickX(m_slider->maximum()) - tickX(m_slider->minimum())) / (points - 1)) : width();
    for (int i = 0; i < points; ++i) {
        const QString& label = m_labels.at(i);
        if (label.isEmpty()) {
            continue;
        }
        // Each label owns the space halfway to its neighbours; the end labels hug the ends.
        const int x = tickX(m_slider->minimum() + i);
        QRect box;
        int alignment = Qt::AlignHCenter;
        if (points > 1 && i == 0) {
            box = QRect(0, 0, x + pitch / 2 - 3, height());
            alignment = Qt::AlignLeft;
        } else if (points > 1 && i == points - 1) {
            const int left = x - pitch / 2 + 3;
            box = QRect(left, 0, width() - left, height());
            alignment = Qt::AlignRight;
        } else {
            const int boxWidth = std::max(40, pitch - 6);
            box = QRect(x - boxWidth / 2, 0, boxWidth, height());
        }
        painter.drawText(box, alignment | Qt::AlignTop | Qt::TextWordWrap, label);
    }
}

} // namespace rapport::ui
