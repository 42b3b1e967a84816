#pragma once

#include "appsettings.h"

namespace Hookbench {

/// Applies a theme and font size to the whole application at once, without a restart.
/// System restores the platform's style, palette and font as they were at the first call;
/// Light and Dark use the Fusion style with a complete palette of their own. fontPointSize 0
/// keeps the platform's font size.
void applyAppearance(AppSettings::Theme theme, int fontPointSize);

} // namespace Hookbench
