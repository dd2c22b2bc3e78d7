// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands/fxratecommands.h"

#include "storage/fxrates.h"
#include "workspace.h"

namespace costboard::ui {
namespace {

std::optional<FxRate> findStored(Workspace &workspace, const FxRate &rate)
{
    for (const FxRate &stored : FxRateRepository(workspace.database()).list()) {
        if (stored.currency == rate.currency && stored.quoteCurrency == rate.quoteCurrency
            && stored.validFrom == rate.validFrom)
            return stored;
    }
    return std::nullopt;
}

void removeStored(Workspace &workspace, const FxRate &rate)
{
    if (const std::optional<FxRate> stored = findStored(workspace, rate))
        FxRateRepository(workspace.database()).remove(stored->id);
}

bool sameKey(const FxRate &a, const FxRate &b)
{
    return a.currency == b.currency && a.quoteCurrency == b.quoteCurrency && a.validFrom == b.validFrom;
}

} // namespace

SetFxRateCommand::SetFxRateCommand(Workspace &workspace, const FxRate &rate,
                                   const std::optional<FxRate> &replaced, QWidget *errorParent)
    : WorkspaceCommand(workspace, errorParent)
    , m_rate(rate)
    , m_replaced(replaced)
{
    setText(tr("Set the %1 rate from %2")
                .arg(rate.currency, QLocale().toString(rate.validFrom, QLocale::ShortFormat)));
}

void SetFxRateCommand::apply()
{
    // Editing a rate's date or currency moves it: the old one goes.
    if (m_replaced && !sameKey(*m_replaced, m_rate))
        removeStored(m_workspace, *m_replaced);
    FxRateRepository(m_workspace.database()).setRate(m_rate);
}

void SetFxRateCommand::revert()
{
    removeStored(m_workspace, m_rate);
    if (m_replaced)
        FxRateRepository(m_workspace.database()).setRate(*m_replaced);
}

RemoveFxRateCommand::RemoveFxRateCommand(Workspace &workspace, const FxRate &rate, QWidget *errorParent)
    : WorkspaceCommand(workspace, errorParent)
    , m_rate(rate)
{
    setText(tr("Delete the %1 rate from %2")
                .arg(rate.currency, QLocale().toString(rate.validFrom, QLocale::ShortFormat)));
}

void RemoveFxRateCommand::apply()
{
    removeStored(m_workspace, m_rate);
}

void RemoveFxRateCommand::revert()
{
    FxRateRepository(m_workspace.database()).setRate(m_rate);
}

} // namespace costboard::ui
