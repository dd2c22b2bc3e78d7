// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QMargins>

class QPainter;
class QPalette;
class QRect;

namespace costboard::ui::card {

// The dashboard's panels (the KPI tiles, the movers) are drawn as cards: the palette's base colour,
// a thin border in its mid colour, rounded corners and, for a tile, a stripe on the left in the
// colour of its reading. Painted by the widgets themselves rather than by a style sheet: a style
// sheet gives each widget a style of its own to parse and polish, and pins the palette its
// children resolved first, so that a dark-mode change stops at the card.
inline constexpr int borderWidth = 1;
inline constexpr int stripeWidth = 6;

// The room the card's border (and stripe) takes on each side, inside which a widget lays out its
// contents.
QMargins frameMargins(bool withStripe);

// Paints the card filling `rect`; an invalid `stripe` draws none.
void paint(QPainter &painter, const QRect &rect, const QPalette &palette, const QColor &stripe = QColor());

} // namespace costboard::ui::card
