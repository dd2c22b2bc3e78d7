// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QList>

#include "storage/benchmarkvolumes.h"

class QDialogButtonBox;
class QLabel;
class QTableWidget;

namespace costboard::ui {

// A project's benchmark volume for each week of a period, one row a week, typed or pasted from a
// spreadsheet column; an empty cell is a week not entered. Gives back the weeks that changed.
class BenchmarkVolumesDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BenchmarkVolumesDialog)

public:
    BenchmarkVolumesDialog(const QString &projectLabel, const QString &unit, const QList<WeekVolume> &weeks,
                           QWidget *parent = nullptr);

    // The weeks whose volume differs from what they held, in week order.
    QList<WeekVolume> changedWeeks() const;
    QTableWidget *table() const { return m_table; }

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    // Every cell read back: the first that is not a whole number from 0 to the limit is named and
    // OK is disabled.
    void validate();
    std::optional<std::optional<std::int64_t>> volumeAt(int row) const;
    void pasteColumn();

    QList<WeekVolume> m_initial;
    QTableWidget *m_table;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
};

} // namespace costboard::ui
