// SPDX-License-Identifier: GPL-3.0-or-later
#include "zoom.h"

#include <algorithm>
#include <cmath>

#include <QApplication>
#include <QFont>

#include "settings/appsettings.h"

namespace costboard::ui::zoom {
namespace {

int s_percent = 100;

// The application font before any zoom: every zoom step scales this one, so that zooming in and
// out again lands exactly where it started.
const QFont &systemFont()
{
    static const QFont font = QApplication::font();
    return font;
}

int nearestStep(int wanted)
{
    const QList<int> &all = steps();
    return *std::min_element(all.cbegin(), all.cend(),
                             [wanted](int a, int b) { return std::abs(a - wanted) < std::abs(b - wanted); });
}

} // namespace

const QList<int> &steps()
{
    static const QList<int> all { 50, 67, 75, 80, 90, 100, 110, 125, 150, 175, 200, 250, 300 };
    return all;
}

int percent()
{
    return s_percent;
}

double factor()
{
    return s_percent / 100.0;
}

int setPercent(int wanted)
{
    const QFont base = systemFont();
    s_percent = nearestStep(wanted);
    QFont zoomed = base;
    if (base.pointSizeF() > 0)
        zoomed.setPointSizeF(base.pointSizeF() * factor());
    else if (base.pixelSize() > 0)
        zoomed.setPixelSize(std::max(1, static_cast<int>(std::lround(base.pixelSize() * factor()))));
    // Every widget that keeps the application font follows and gets a FontChange event (windows an
    // ApplicationFontChange too): widgets that size their own text re-apply factor() on it.
    QApplication::setFont(zoomed);
    AppSettings::zoomPercent().set(s_percent);
    return s_percent;
}

int zoomIn()
{
    const QList<int> &all = steps();
    const auto next = std::upper_bound(all.cbegin(), all.cend(), s_percent);
    return setPercent(next == all.cend() ? all.constLast() : *next);
}

int zoomOut()
{
    const QList<int> &all = steps();
    const auto current = std::lower_bound(all.cbegin(), all.cend(), s_percent);
    return setPercent(current == all.cbegin() ? all.constFirst() : *std::prev(current));
}

int reset()
{
    return setPercent(100);
}

void restore()
{
    const int saved = AppSettings::zoomPercent().get();
    if (saved != s_percent)
        setPercent(saved);
}

} // namespace costboard::ui::zoom
