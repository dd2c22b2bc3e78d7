// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands/costlinecommands.h"

#include <algorithm>

#include <QCoreApplication>
#include <QPair>
#include <QUndoStack>

#include <spdlog/spdlog.h>

#include "errors.h"
#include "errortexts.h"
#include "storage/costlinerepository.h"
#include "storage/database.h"
#include "workspace.h"

namespace costboard::ui {
namespace {

QString translate(const char *text, int n = -1)
{
    return QCoreApplication::translate("CostLineCommand", text, nullptr, n);
}

} // namespace

// --- CostLineHistory -------------------------------------------------------------------------

CostLineHistory::CostLineHistory(QObject *parent)
    : QObject(parent)
{
    setObjectName(QStringLiteral("costLineHistory"));
}

CostLineHistory &CostLineHistory::of(QUndoStack *stack)
{
    if (auto *existing = stack->findChild<CostLineHistory *>(QString(), Qt::FindDirectChildrenOnly))
        return *existing;
    return *new CostLineHistory(stack);
}

CostLineId CostLineHistory::resolve(CostLineId id) const
{
    for (auto it = m_replacedBy.constFind(id); it != m_replacedBy.cend(); it = m_replacedBy.constFind(id))
        id = it.value();
    return id;
}

void CostLineHistory::replaced(CostLineId oldId, CostLineId newId)
{
    if (oldId != newId && oldId != 0)
        m_replacedBy.insert(oldId, newId);
}

// --- CostLineCommand -------------------------------------------------------------------------

CostLineCommand::CostLineCommand(Workspace &workspace, const QString &text)
    : QUndoCommand(text)
    , m_workspace(workspace)
{ }

CostLineHistory &CostLineCommand::history() const
{
    return CostLineHistory::of(m_workspace.undoStack());
}

void CostLineCommand::redo()
{
    if (m_skipNextRedo) {
        m_skipNextRedo = false; // execute() did the work just before pushing
        return;
    }
    guarded(true);
}

void CostLineCommand::undo()
{
    guarded(false);
}

void CostLineCommand::guarded(bool forward)
{
    try {
        if (forward)
            apply();
        else
            unapply();
    } catch (const Error &error) {
        spdlog::error("{} of \"{}\" failed: {}", forward ? "redo" : "undo", text().toStdString(),
                      error.what());
        // The database no longer matches this step of the history: drop the step rather than
        // leave a command that fails every time it is reached.
        setObsolete(true);
        const QString message
            = forward ? translate("Could not redo “%1”: %2") : translate("Could not undo “%1”: %2");
        emit history().commandFailed(message.arg(text(), costboard::errorText(error)));
    }
    m_workspace.notifyDataChanged();
}

void execute(Workspace &workspace, std::unique_ptr<CostLineCommand> command)
{
    command->apply(); // throws: nothing written, nothing pushed
    command->m_skipNextRedo = true;
    workspace.undoStack()->push(command.release());
    workspace.notifyDataChanged();
}

// --- AddCostLineCommand ----------------------------------------------------------------------

AddCostLineCommand::AddCostLineCommand(Workspace &workspace, const CostLine &line)
    : CostLineCommand(workspace, translate("Add cost line"))
    , m_line(line)
{
    m_line.id = 0;
    m_line.reportingAmount.reset();
}

CostLineId AddCostLineCommand::lineId() const
{
    return history().resolve(m_id);
}

void AddCostLineCommand::apply()
{
    const CostLineId id = CostLineRepository(m_workspace.database()).add(m_line);
    history().replaced(history().resolve(m_id), id);
    m_id = id;
}

void AddCostLineCommand::unapply()
{
    CostLineRepository(m_workspace.database()).remove(history().resolve(m_id));
}

// --- EditCostLineCommand ---------------------------------------------------------------------

EditCostLineCommand::EditCostLineCommand(Workspace &workspace, const CostLine &edited)
    : CostLineCommand(workspace, translate("Edit cost line"))
    , m_after(edited)
{ }

void EditCostLineCommand::apply()
{
    CostLineRepository repository(m_workspace.database());
    CostLine after = m_after;
    after.id = history().resolve(m_after.id);
    if (!m_haveBefore) {
        const std::optional<CostLine> before = repository.find(after.id);
        if (!before)
            throw ValidationError(QStringLiteral("cost line"), ErrorCode::CostLineNotFound,
                                  { QString::number(after.id) });
        m_before = *before;
        m_haveBefore = true;
    }
    repository.update(after);
}

void EditCostLineCommand::unapply()
{
    CostLine before = m_before;
    before.id = history().resolve(m_before.id);
    CostLineRepository(m_workspace.database()).update(before);
}

// --- DeleteCostLinesCommand ------------------------------------------------------------------

DeleteCostLinesCommand::DeleteCostLinesCommand(Workspace &workspace, const QList<CostLineId> &ids)
    : CostLineCommand(workspace,
                      ids.size() == 1 ? translate("Delete cost line")
                                      : translate("Delete %n cost lines", int(ids.size())))
    , m_ids(ids)
{ }

void DeleteCostLinesCommand::apply()
{
    CostLineRepository repository(m_workspace.database());
    QList<CostLineId> ids;
    if (m_lines.isEmpty()) {
        for (const CostLineId id : std::as_const(m_ids)) {
            const std::optional<CostLine> line = repository.find(history().resolve(id));
            if (!line)
                throw ValidationError(QStringLiteral("cost line"), ErrorCode::CostLineNotFound,
                                      { QString::number(id) });
            m_lines << *line;
        }
        // Re-added in id order on undo, their new ids keep the order the lines had.
        std::sort(m_lines.begin(), m_lines.end(),
                  [](const CostLine &a, const CostLine &b) { return a.id < b.id; });
    }
    for (const CostLine &line : std::as_const(m_lines))
        ids << history().resolve(line.id);
    repository.removeMany(ids);
}

void DeleteCostLinesCommand::unapply()
{
    CostLineRepository repository(m_workspace.database());
    QList<QPair<CostLineId, CostLineId>> replacements;
    {
        // All or nothing: a line that cannot come back (its project was removed) brings none back.
        Transaction transaction(m_workspace.database());
        for (const CostLine &line : std::as_const(m_lines)) {
            CostLine copy = line;
            copy.id = 0;
            copy.reportingAmount.reset();
            replacements.append({ history().resolve(line.id), repository.add(copy) });
        }
        transaction.commit();
    }
    for (qsizetype i = 0; i < m_lines.size(); ++i) {
        history().replaced(replacements.at(i).first, replacements.at(i).second);
        m_lines[i].id = replacements.at(i).second;
    }
}

} // namespace costboard::ui
