// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;

namespace costboard::ui {

// A new, empty CostBoard database: where its file goes, and the two settings everyone using it
// shares and that are awkward to change once figures exist (the reporting currency and the month
// the fiscal year starts in). Accepting creates the file with them; the dialog does not open it.
class NewDatabaseDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NewDatabaseDialog)

public:
    // `suggestedPath`: where the file goes unless the user chooses another place.
    explicit NewDatabaseDialog(const QString &suggestedPath, QWidget *parent = nullptr);

    QString path() const;
    QString reportingCurrency() const;
    int fiscalYearStartMonth() const;
    void setPath(const QString &path);
    void setReportingCurrency(const QString &currency);
    void setFiscalYearStartMonth(int month);
    // The reason the last accept() was refused, as shown under the form; empty when none.
    QString message() const;

    // A file name in `folder` that no file has yet: costboard.sqlite, else costboard-2.sqlite…
    static QString suggestedPath(const QString &folder);

    // Creates the database at `path` with its settings written in one transaction, or nothing at
    // all: a failure removes the file it started. Refuses a path where a file exists. Throws Error.
    static void createDatabase(const QString &path, const QString &reportingCurrency,
                               int fiscalYearStartMonth);

    void accept() override;

private:
    void browse();

    QLineEdit *m_path;
    QComboBox *m_currency;
    QComboBox *m_fiscalStart;
    QLabel *m_message;
};

} // namespace costboard::ui
