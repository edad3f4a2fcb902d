#pragma once

#include <QList>
#include <QPointer>
#include <QString>
#include <QWidget>

class QSlider;

namespace rapport::ui {

/** The labels of a response scale, drawn under a slider's tick marks (ends aligned to the ends). */
class ScaleLegend : public QWidget
{
    Q_OBJECT

public:
    /** `labels` has one entry per scale point from the slider's minimum; an empty entry leaves that point bare. */
    ScaleLegend(QSlider* slider, QStringList labels, QWidget* parent = nullptr);

    [[nodiscard]] QSize sizeHint() const override;
    [[nodiscard]] QSize minimumSizeHint() const override;
    [[nodiscard]] QStringList labels() const { return m_labels; }

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    [[nodiscard]] int tickX(int value) const;
    [[nodiscard]] int lineCount() const;

    QPointer<QSlider> m_slider;
    QStringList m_labels;
};

} // namespace rapport::ui
