#pragma once

#include <QObject>

#include <functional>

class QEvent;

namespace rapport::bench {

/**
 * Installed on the application, notices the first paint event of a widget that `matches` (or of anything inside
 * one), so a benchmark can stop its clock once a screen has been drawn.
 */
class PaintWatcher : public QObject
{
public:
    explicit PaintWatcher(std::function<bool(QObject*)> matches);
    ~PaintWatcher() override;

    [[nodiscard]] bool painted() const { return m_painted; }
    /** Processes events until the first matching paint has been handled (false after `timeoutMs` without one). */
    [[nodiscard]] bool waitForPaint(double timeoutMs = 60'000);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    std::function<bool(QObject*)> m_matches;
    bool m_painted = false;
};

} // namespace rapport::bench
