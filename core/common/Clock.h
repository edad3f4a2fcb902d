#pragma once

#include <QDateTime>

#include <functional>

namespace rapport {

/** Source of "now", injected so tests can move time. Always UTC. */
class Clock
{
public:
    using NowFunction = std::function<QDateTime()>;

    /** The system clock. */
    Clock();
    /** A clock that asks `now` for the time (tests). */
    explicit Clock(NowFunction now);

    [[nodiscard]] QDateTime now() const;

private:
    NowFunction m_now;
};

} // namespace rapport
