// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QList>

#include "domain/entities.h"

namespace costboard {

class Database;

// `project` as the repository stores it: its texts trimmed.
Project asStored(Project project);
// True when the details a project's form edits are the same in `a` and `b` (id and archived
// ignored; text as stored, trimmed): an edit that changes nothing, or a project as it was read.
bool sameProjectDetails(const Project &a, const Project &b);

class ProjectRepository final
{
public:
    explicit ProjectRepository(Database &database);

    // Validates (code 1-16 letters/digits/-/_, unique; name non-empty; dates 2000-2100, end not
    // before start) and stores it as asStored() gives it; returns the new id. Throws ValidationError
    // or StorageError.
    ProjectId create(const Project &edited);
    void update(const Project &project);
    // update(), refused with ConcurrentEditError (who, when) when the stored details are no longer
    // `expected`'s (sameProjectDetails): what the person's page showed, or what this client wrote
    // before an undo. Someone else's change is never overwritten unseen.
    void updateChecked(const Project &project, const Project &expected);
    void setArchived(ProjectId id, bool archived);
    // Who decides for the project (the decision log's routing decisions); audited. Returns the
    // level before. Throws ValidationError ("project") for an unknown project.
    DecisionLevel setDecisionLevel(ProjectId id, DecisionLevel level);
    // Where the project stands (the committee's session decisions); audited. Returns the status
    // before. Throws ValidationError ("project") for an unknown project.
    ProjectStatus setStatus(ProjectId id, ProjectStatus status);
    // Only a project without cost lines can be removed; others are archived.
    void remove(ProjectId id);

    std::optional<Project> find(ProjectId id) const;
    std::optional<Project> findByCode(const QString &code) const;
    // By name. The Unallocated project is listed once it holds cost lines, and only then.
    QList<Project> list(bool includeArchived = true) const;
    bool exists(ProjectId id) const;
    // The project of imported rows no allocation rule places (created by migration 5).
    ProjectId unallocatedProjectId() const;

private:
    void validate(const Project &project) const;
    void replace(const Project &edited, const Project *expected);

    Database &m_database;
};

} // namespace costboard
