#pragma once

#include <QColor>
#include <QFrame>

class QLabel;

namespace rapport::ui {

/**
 * A dashboard card for one score: a title, the latest value, its bracket as a word in its colour, the trend in
 * words and when it was last taken; or a sentence saying why there is no score yet.
 */
class ScoreCard : public QFrame
{
    Q_OBJECT

public:
    explicit ScoreCard(const QString& title, QWidget* parent = nullptr);

    void setTitle(const QString& title);
    /** Shows a score. An empty `qualifier` hides the bracket line. */
    void setScore(const QString& value,
                  const QString& qualifier,
                  const QColor& colour,
                  const QString& trend,
                  const QString& detail);
    /** Shows that there is no score, with what to do about it. */
    void setUnavailable(const QString& message);

    [[nodiscard]] bool hasScore() const { return m_hasScore; }

private:
    QLabel* m_title = nullptr;
    QLabel* m_value = nullptr;
    QLabel* m_qualifier = nullptr;
    QLabel* m_trend = nullptr;
    QLabel* m_detail = nullptr;
    QLabel* m_unavailable = nullptr;
    bool m_hasScore = false;
};

} // namespace rapport::ui
