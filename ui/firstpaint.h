// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>

class QWidget;

namespace costboard::ui {

// Calls `painted` with the milliseconds from process start (logging/processclock.h) once
// `widget` has handled its first paint event, on the event loop's next turn, so that the figure
// counts the whole frame. Start-up is measured with it: the window (--screenshot) and the bare Qt
// window it is compared with (tests/bench) share this one definition of "painted". Callbacks on
// one widget run in the order they were given, with the same figure.
//
// The figure is the end of the frame, taken before any callback of that frame runs: work that
// waits for the first paint (the window's, on its page stack) runs before a callback on a widget
// inside it (a screenshot, which then shows that work's result), but is not counted in its figure.
void whenFirstPainted(QWidget *widget, std::function<void(double millisecondsSinceStart)> painted);

} // namespace costboard::ui
