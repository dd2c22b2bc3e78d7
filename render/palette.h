// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>

// The colours the dashboard, the PDF report and the slides share, so that paper looks like the
// screen. Category colours are categoryColour() in labels.h.
namespace costboard::render::palette {

inline QColor ink()
{
    return QColor(0x1b, 0x2a, 0x41);
} // text, budget lines
inline QColor bar()
{
    return QColor(0x3b, 0x6e, 0xa5);
} // one-series bars (by project, by vendor)
inline QColor barAccent()
{
    return QColor(0x1f, 0x4e, 0x80);
} // a hovered bar, the report's accents

} // namespace costboard::render::palette
