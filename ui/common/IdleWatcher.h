#pragma once

#include <QObject>
#include <QTimer>

#include <chrono>

namespace rapport::ui {

/**
 * Notices when nobody has used the application for a while: an application-wide event filter restarts a timer on
 * every key press, click, mouse move or wheel turn. Used to lock Rapport after an idle time.
 */
class IdleWatcher : public QObject
{
    Q_OBJECT

public:
    explicit IdleWatcher(std::chrono::milliseconds timeout, QObject* parent = nullptr);
    ~IdleWatcher() override;

    void setTimeout(std::chrono::milliseconds timeout);
    [[nodiscard]] std::chrono::milliseconds timeout() const;
    [[nodiscard]] bool isActive() const { return m_timer.isActive(); }

    /** Starts (or restarts) watching. */
    void start();
    void stop();

Q_SIGNALS:
    /** Nobody used the application for the whole timeout. */
    void idleTimedOut();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QTimer m_timer;
};

} // namespace rapport::ui
