// SPDX-License-Identifier: GPL-3.0-or-later
#include "firstpaint.h"

#include <utility>

#include <QEvent>
#include <QTimer>
#include <QWidget>

#include "logging/processclock.h"

namespace costboard::ui {
namespace {

class FirstPaintWatcher final : public QObject
{
public:
    FirstPaintWatcher(QWidget *widget, std::function<void(double)> painted)
        : QObject(widget)
        , m_painted(std::move(painted))
    {
        widget->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && m_painted) {
            watched->removeEventFilter(this);
            QTimer::singleShot(0, watched, [painted = std::exchange(m_painted, nullptr)] {
                painted(processclock::millisecondsSinceStart());
            });
            deleteLater();
        }
        return false;
    }

private:
    std::function<void(double)> m_painted;
};

} // namespace

void whenFirstPainted(QWidget *widget, std::function<void(double)> painted)
{
    new FirstPaintWatcher(widget, std::move(painted));
}

} // namespace costboard::ui
