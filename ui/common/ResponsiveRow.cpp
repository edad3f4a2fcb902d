#include "ResponsiveRow.h"

#include <QBoxLayout>
#include <QResizeEvent>

namespace rapport::ui {

ResponsiveRow::ResponsiveRow(QWidget* main, QWidget* side, int sideWidth, int stackBelow, QWidget* parent)
    : QWidget(parent)
    , m_side(side)
    , m_sideWidth(sideWidth)
    , m_stackBelow(stackBelow)
{
    m_layout = new QBoxLayout(QBoxLayout::LeftToRight, this);
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->addWidget(main, 1);
    m_layout->addWidget(side, 0, Qt::AlignTop);
    arrange(false);
}

void ResponsiveRow::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    const bool stacked = event->size().width() < m_stackBelow;
    if (stacked != m_stacked) {
        arrange(stacked);
    }
}

void ResponsiveRow::arrange(bool stacked)
{
    m_stacked = stacked;
    if (stacked) {
        m_layout->setDirection(QBoxLayout::TopToBottom);
        m_side->setMinimumWidth(0);
        m_side->setMaximumWidth(QWIDGETSIZE_MAX);
        m_layout->setAlignment(m_side, Qt::Alignment());
    } else {
        m_layout->setDirection(QBoxLayout::LeftToRight);
        m_side->setFixedWidth(m_sideWidth);
        m_layout->setAlignment(m_side, Qt::AlignTop);
    }
}

} // namespace rapport::ui
