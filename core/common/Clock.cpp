#include "Clock.h"

namespace rapport {

Clock::Clock()
    : m_now([] { return QDateTime::currentDateTimeUtc(); })
{
}

Clock::Clock(NowFunction now)
    : m_now(std::move(now))
{
}

QDateTime Clock::now() const
{
    return m_now().toUTC();
}

} // namespace rapport
