// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace costboard::processclock {

// Start-up is timed from the moment the kernel created the process, not from main(): loading Qt
// and the other shared libraries before main() is part of what a person waits for.

// Call first thing in main(): the clock used where the kernel's start time cannot be read.
void markMainEntered();

// Milliseconds since the process started. On Linux, from the start time in /proc/self/stat
// (clock ticks since boot, 10 ms on Debian, rounded down: the figure errs long by less than a
// tick); elsewhere, or if /proc cannot be read, since markMainEntered().
double millisecondsSinceStart();

// Milliseconds since markMainEntered(); 0 before it was called.
double millisecondsSinceMain();

} // namespace costboard::processclock
