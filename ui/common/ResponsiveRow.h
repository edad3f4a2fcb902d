#pragma once

#include <QWidget>

class QBoxLayout;

namespace rapport::ui {

/**
 * A main widget (a chart) with a side widget (its summary in words): side by side while the row is wide enough for
 * both, the side below the main one when it is not, so a chart never shrinks until its title and labels are elided
 * (a 1024×768 window, a 200 % scale, a long translation).
 */
class ResponsiveRow : public QWidget
{
    Q_OBJECT

public:
    /**
     * Takes both widgets over as children. `sideWidth` is the side widget's width beside the main one; below
     * `stackBelow` pixels of row width the side goes underneath at full width.
     */
    ResponsiveRow(QWidget* main, QWidget* side, int sideWidth, int stackBelow, QWidget* parent = nullptr);

    [[nodiscard]] bool isStacked() const { return m_stacked; }

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    void arrange(bool stacked);

    QBoxLayout* m_layout = nullptr;
    QWidget* m_side = nullptr;
    int m_sideWidth;
    int m_stackBelow;
    bool m_stacked = false;
};

} // namespace rapport::ui
