// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <atomic>
#include <functional>

#include <QString>

class QWidget;

namespace costboard {
class Database;
}

namespace costboard::ui {

class Workspace;

// What a long task tells its progress dialog, and what it hears back.
struct TaskProgress
{
    std::atomic<qint64> rowsRead { 0 };
    std::atomic<bool> cancelRequested { false };
};

// Runs `task` on a thread of its own with a database connection of its own (a Qt SQL connection
// may only be used by the thread that opened it), while the window keeps painting: a million-row
// import must not freeze it. A progress dialog saying `label` (and the rows read so far) appears
// when the task takes more than a moment; when `cancellable`, its Cancel button sets
// `cancelRequested` and the task decides what stopping means. Returns once the task has ended;
// rethrows whatever it threw.
//
// An in-memory database cannot be opened a second time, so its tasks run in this thread.
void runDatabaseTask(Workspace &workspace, QWidget *parent, const QString &label, bool cancellable,
                     const std::function<void(Database &database, TaskProgress &progress)> &task);

} // namespace costboard::ui
