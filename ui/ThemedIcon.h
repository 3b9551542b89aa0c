#pragma once

#include <QColor>
#include <QIcon>
#include <QPalette>

namespace daas::ui {

// An icon of resources/icons drawn for the palette in use when it is painted: the SVGs have fixed colours
// made for a light window, so on a dark or high-contrast palette their strokes are made lighter (same hue)
// until they stand out from the window and the views, and their white "paper" takes the view's colour.
// A change of colour scheme while the client runs repaints them right; nothing else needs to know.
QIcon themedIcon(const QString &path);

// `colour` (a status colour chosen for a light window) made as light or dark as it must be to be read as
// text on `palette`'s window and views (WCAG AA contrast, 4.5:1); unchanged where it already is.
QColor readableOn(const QColor &colour, const QPalette &palette);

} // namespace daas::ui
