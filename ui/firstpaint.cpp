// SPDX-License-Identifier: GPL-3.0-or-later
#include "firstpaint.h"

#include <memory>
#include <utility>
#include <vector>

#include <QCoreApplication>
#include <QEvent>
#include <QTimer>
#include <QWidget>

#include "logging/processclock.h"

namespace costboard::ui {
namespace {

// The end of the frame being painted, shared by the watchers of the widgets it paints: the first
// of them asks for the stamp, the others get the same one.
class FrameEnd
{
public:
    static std::shared_ptr<double> stampOnce()
    {
        std::shared_ptr<double> stamp = s_pending.lock();
        if (!stamp) {
            stamp = std::make_shared<double>(0.0);
            s_pending = stamp;
            QTimer::singleShot(0, QCoreApplication::instance(), [stamp] {
                *stamp = processclock::millisecondsSinceStart();
                s_pending.reset();
            });
        }
        return stamp;
    }

private:
    static inline std::weak_ptr<double> s_pending;
};

// One watcher per widget, so that the callbacks run in the order they were registered (event
// filters run last-installed first) and all get the same figure.
class FirstPaintWatcher final : public QObject
{
public:
    explicit FirstPaintWatcher(QWidget *widget)
        : QObject(widget)
    {
        widget->installEventFilter(this);
    }

    static FirstPaintWatcher *of(QWidget *widget)
    {
        for (QObject *child : widget->children()) {
            if (auto *watcher = dynamic_cast<FirstPaintWatcher *>(child); watcher && !watcher->m_fired)
                return watcher;
        }
        return new FirstPaintWatcher(widget);
    }

    void add(std::function<void(double)> painted) { m_callbacks.push_back(std::move(painted)); }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_fired) {
            m_fired = true;
            watched->removeEventFilter(this);
            // Posted events run in the order they were posted: the frame's end is stamped before
            // the callbacks of every widget painted in that frame.
            auto frameEnd = FrameEnd::stampOnce();
            QTimer::singleShot(0, watched, [frameEnd, callbacks = std::exchange(m_callbacks, {})] {
                for (const auto &painted : callbacks)
                    painted(*frameEnd);
            });
            deleteLater();
        }
        return false;
    }

private:
    std::vector<std::function<void(double)>> m_callbacks;
    bool m_fired = false;
};

} // namespace

void whenFirstPainted(QWidget *widget, std::function<void(double)> painted)
{
    FirstPaintWatcher::of(widget)->add(std::move(painted));
}

} // namespace costboard::ui
