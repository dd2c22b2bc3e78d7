// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

#include "pricing/pricecatalog.h"

class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace costboard::ui {

// A price typed by a person: a new model, a negotiated rate, a correction. It becomes a new dated
// entry of the catalog; nothing already there is changed. OK stays disabled until the price reads.
class PriceDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PriceDialog)

public:
    // `providers` and `models` are offered as the user types; `start` fills the form (the
    // selected price, to correct or to follow with a new one).
    PriceDialog(const QStringList &providers, const QStringList &models,
                const std::optional<pricing::PriceEntry> &start, QWidget *parent = nullptr);

    pricing::PriceEntry entry() const;
    void showError(const QString &message);

private:
    pricing::Meter meter() const;
    std::optional<std::int64_t> typedPrice() const;
    void validate();

    QComboBox *m_provider;
    QComboBox *m_model;
    QComboBox *m_meter;
    QLineEdit *m_price;
    QComboBox *m_currency;
    QLabel *m_basis;
    QDateEdit *m_effectiveFrom;
    QLineEdit *m_source;
    QLabel *m_message;
    QDialogButtonBox *m_buttons;
};

} // namespace costboard::ui
