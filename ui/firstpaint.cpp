// SPDX-License-Identifier: GPL-3.0-or-later
#include "firstpaint.h"

#include <utility>
#include <vector>

#include <QEvent>
#include <QTimer>
#include <QWidget>

#include "logging/processclock.h"

namespace costboard::ui {
namespace {

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
            QTimer::singleShot(0, watched, [callbacks = std::exchange(m_callbacks, {})] {
                const double sinceStart = processclock::millisecondsSinceStart();
                for (const auto &painted : callbacks)
                    painted(sinceStart);
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
