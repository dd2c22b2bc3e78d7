// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>

// The whole window's zoom (View → Zoom In, Zoom Out, Actual Size): the application font grows or
// shrinks from the system's, and widgets that size their own text (KPI tiles, charts) multiply
// their sizes by factor(). The zoom is remembered in AppSettings. It comes on top of the screen's
// own scale factor, which Qt applies by itself on high-DPI screens.
namespace costboard::ui::zoom {

// The steps Zoom In and Zoom Out go through, in percent; 100 is the system's size.
const QList<int> &steps();
// The current zoom, in percent and as a factor (1.0 at 100 %).
int percent();
double factor();
// Sets the zoom to the nearest step, applies it to the application font and remembers it.
// Returns the zoom applied.
int setPercent(int percent);
int zoomIn();
int zoomOut();
int reset();
// Applies the remembered zoom: once at start-up, when the window is built.
void restore();

} // namespace costboard::ui::zoom
