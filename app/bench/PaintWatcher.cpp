#include "PaintWatcher.h"

#include "BenchStats.h"

#include <QCoreApplication>
#include <QEvent>

namespace rapport::bench {

PaintWatcher::PaintWatcher(std::function<bool(QObject*)> matches)
    : m_matches(std::move(matches))
{
    QCoreApplication::instance()->installEventFilter(this);
}

PaintWatcher::~PaintWatcher()
{
    QCoreApplication::instance()->removeEventFilter(this);
}

bool PaintWatcher::waitForPaint(double timeoutMs)
{
    // The paint happens inside the event processing; returning from it means the whole frame has been drawn.
    const Stopwatch watch;
    while (!m_painted && watch.ms() < timeoutMs) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    }
    return m_painted;
}

bool PaintWatcher::eventFilter(QObject* watched, QEvent* event)
{
    if (!m_painted && event->type() == QEvent::Paint) {
        for (QObject* object = watched; object != nullptr; object = object->parent()) {
            if (m_matches(object)) {
                m_painted = true;
                break;
            }
        }
    }
    return false;
}

} // namespace rapport::bench
