// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/databasetask.h"

#include <exception>
#include <memory>
#include <thread>

#include <QApplication>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QLocale>
#include <QProgressDialog>
#include <QScopeGuard>
#include <QTimer>

#include "storage/database.h"
#include "workspace.h"

namespace costboard::ui {
namespace {

// Short tasks finish before this and show no dialog at all.
constexpr int dialogDelayMs = 400;
constexpr int pollIntervalMs = 50;

} // namespace

void runDatabaseTask(Workspace &workspace, QWidget *parent, const QString &label, bool cancellable,
                     const std::function<void(Database &, TaskProgress &)> &task)
{
    TaskProgress progress;
    Database &shared = workspace.database();
    if (shared.dialect() != SqlDialect::Sqlite || shared.location() == QLatin1String(":memory:")) {
        QApplication::setOverrideCursor(Qt::WaitCursor);
        const auto restoreCursor = qScopeGuard([] { QApplication::restoreOverrideCursor(); });
        task(shared, progress);
        return;
    }

    const QString path = shared.location();
    std::exception_ptr failure;
    std::atomic<bool> finished { false };
    std::thread worker([&] {
        try {
            // Opened and closed in this thread: the connection never crosses threads.
            const std::unique_ptr<Database> database = Database::open(path);
            task(*database, progress);
        } catch (...) {
            failure = std::current_exception();
        }
        finished = true;
    });
    const auto joinWorker = qScopeGuard([&worker] { worker.join(); });

    QProgressDialog dialog(parent);
    dialog.setWindowTitle(QStringLiteral("CostBoard"));
    dialog.setWindowModality(Qt::WindowModal);
    dialog.setRange(0, 0); // rows to come are unknown: a busy indicator, and the count in words
    dialog.setAutoClose(false);
    dialog.setAutoReset(false);
    dialog.setMinimumWidth(360);
    dialog.setLabelText(label);
    const auto requestCancel = [&dialog, &progress] {
        if (progress.cancelRequested)
            return;
        progress.cancelRequested = true;
        dialog.setLabelText(
            QCoreApplication::translate("DatabaseTask", "Cancelling: nothing will be written…"));
    };
    if (cancellable) {
        dialog.setCancelButtonText(QCoreApplication::translate("DatabaseTask", "Cancel"));
        QObject::connect(&dialog, &QProgressDialog::canceled, &dialog, requestCancel);
    } else {
        dialog.setCancelButton(nullptr);
    }
    dialog.hide();

    QEventLoop loop;
    QElapsedTimer elapsed;
    elapsed.start();
    QTimer poll;
    poll.setInterval(pollIntervalMs);
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (finished) {
            loop.quit();
            return;
        }
        // QProgressDialog::cancel() reached other than through the button sets wasCanceled()
        // without emitting canceled(): catch that too.
        if (cancellable && dialog.wasCanceled())
            requestCancel();
        if (!dialog.isVisible() && elapsed.elapsed() >= dialogDelayMs) {
            dialog.show();
            loop.quit(); // from now on the modal dialog guards the window: let user input in
        }
        const qint64 rows = progress.rowsRead;
        if (rows > 0 && !progress.cancelRequested)
            dialog.setLabelText(QCoreApplication::translate("DatabaseTask", "%1\n%2 rows read so far")
                                    .arg(label, QLocale().toString(rows)));
    });
    poll.start();
    while (!finished) {
        // Until the dialog shows, clicks and keys wait: nothing may start a second task meanwhile.
        loop.exec(dialog.isVisible() ? QEventLoop::AllEvents : QEventLoop::ExcludeUserInputEvents);
    }
    poll.stop();
    dialog.hide();
    if (failure)
        std::rethrow_exception(failure);
}

} // namespace costboard::ui
