#pragma once

#include <QChartView>
#include <QColor>
#include <QList>
#include <QString>

#include <optional>

class QBarCategoryAxis;
class QValueAxis;

namespace rapport::ui {

/** One bar: a label, its count (empty when suppressed) and its colour. */
struct HrBar
{
    QString label;
    std::optional<qint64> count;
    QColor colour;
};

/**
 * Counts of a partition (brackets, trend directions) as horizontal bars. The category labels carry the numbers
 * ("Good: 160"); a suppressed bar has no bar at all and reads "Poor: hidden", short enough to fit beside the bars.
 * summary() says it all in one sentence ("Poor: fewer than 5 responses") and is the chart's accessible description.
 */
class HrBarChart : public QChartView
{
    Q_OBJECT

public:
    explicit HrBarChart(const QString& title, QWidget* parent = nullptr);

    /** Shows `bars`; `hiddenText` is how a suppressed count is shown. */
    void setBars(const QList<HrBar>& bars, const QString& hiddenText);

    /** The chart in words: "Poor: 40; Moderate: 100; Good: fewer than 5 responses." */
    [[nodiscard]] QString summary() const { return m_summary; }
    /** The category labels as shown on the axis (for tests and the string scan). */
    [[nodiscard]] QStringList categories() const;

protected:
    void changeEvent(QEvent* event) override;

private:
    QString m_title;
    QString m_summary;
    QBarCategoryAxis* m_categoryAxis = nullptr;
    QValueAxis* m_valueAxis = nullptr;
};

} // namespace rapport::ui
