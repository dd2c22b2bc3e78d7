// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

#include "domain/entities.h"

class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace costboard::ui {

// Enter or edit one exchange rate: currency, first day it applies, value in the reporting
// currency. OK stays disabled until the rate parses.
class FxRateDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FxRateDialog)

public:
    FxRateDialog(const QString &reportingCurrency, const std::optional<FxRate> &existing,
                 QWidget *parent = nullptr);

    FxRate rate() const;
    void showError(const QString &message);

private:
    void validate();

    QString m_reportingCurrency;
    std::int64_t m_id = 0;
    QComboBox *m_currency;
    QDateEdit *m_validFrom;
    QLineEdit *m_rate;
    QLabel *m_message;
    QDialogButtonBox *m_buttons;
};

} // namespace costboard::ui
