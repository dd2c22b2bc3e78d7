// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include "commands/workspacecommand.h"
#include "domain/entities.h"

namespace costboard::ui {

// Sets (adds or replaces) the rate of a currency from a date; undo restores what was there.
// Rates are found by (currency, quote currency, valid from): ids change when one is re-created.
class SetFxRateCommand final : public WorkspaceCommand
{
    Q_DECLARE_TR_FUNCTIONS(SetFxRateCommand)

public:
    SetFxRateCommand(Workspace &workspace, const FxRate &rate, const std::optional<FxRate> &replaced,
                     QWidget *errorParent = nullptr);

protected:
    void apply() override;
    void revert() override;

private:
    FxRate m_rate;
    std::optional<FxRate> m_replaced;
};

class RemoveFxRateCommand final : public WorkspaceCommand
{
    Q_DECLARE_TR_FUNCTIONS(RemoveFxRateCommand)

public:
    RemoveFxRateCommand(Workspace &workspace, const FxRate &rate, QWidget *errorParent = nullptr);

protected:
    void apply() override;
    void revert() override;

private:
    FxRate m_rate;
};

} // namespace costboard::ui
