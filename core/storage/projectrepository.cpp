// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/projectrepository.h"

#include <QLocale>

#include <spdlog/spdlog.h>

#include "domain/displaynames.h"
#include "errors.h"
#include "storage/auditlog.h"
#include "storage/database.h"
#include "storage/sqlvalues.h"
#include "storage/validation.h"

namespace costboard {
namespace {

const QString selectColumns = QStringLiteral(
    "SELECT id, code, name, description, owner, sponsor, business_unit, status, decision_level,"
    " start_date, end_date, archived, system_role, benchmark_unit, data_sensitivity, customer_facing,"
    " infrastructure_only FROM projects");

Project readProject(const SqlStatement &query)
{
    Project project;
    project.id = query.int64(0);
    project.code = query.text(1);
    project.name = query.text(2);
    project.description = query.text(3);
    project.owner = query.text(4);
    project.sponsor = query.text(5);
    project.businessUnit = query.text(6);
    project.status = projectStatusFromKey(query.text(7)).value_or(ProjectStatus::Proposed);
    project.decisionLevel = decisionLevelFromKey(query.text(8)).value_or(DecisionLevel::Committee);
    project.startDate = sql::toDate(query.value(9));
    project.endDate = sql::toDate(query.value(10));
    project.archived = query.int64(11) != 0;
    project.isUnallocated = query.text(12) == QLatin1String("unallocated");
    project.benchmarkUnit = query.text(13);
    project.dataSensitivity = dataSensitivityFromKey(query.text(14)).value_or(DataSensitivity::Internal);
    project.customerFacing = query.int64(15) != 0;
    project.infrastructureOnly = query.int64(16) != 0;
    return project;
}

// `project` as asStored() gives it.
void bindProject(SqlStatement &statement, const Project &project)
{
    statement.bind(QStringLiteral(":code"), project.code)
        .bind(QStringLiteral(":name"), project.name)
        .bindText(QStringLiteral(":description"), project.description)
        .bindText(QStringLiteral(":owner"), project.owner)
        .bindText(QStringLiteral(":sponsor"), project.sponsor)
        .bindText(QStringLiteral(":business_unit"), project.businessUnit)
        .bind(QStringLiteral(":status"), toKey(project.status))
        .bind(QStringLiteral(":decision_level"), toKey(project.decisionLevel))
        .bind(QStringLiteral(":start_date"), sql::dateValue(project.startDate))
        .bind(QStringLiteral(":end_date"), sql::dateValue(project.endDate))
        .bind(QStringLiteral(":archived"), project.archived ? 1 : 0)
        .bindText(QStringLiteral(":benchmark_unit"), project.benchmarkUnit)
        .bind(QStringLiteral(":data_sensitivity"), toKey(project.dataSensitivity))
        .bind(QStringLiteral(":customer_facing"), project.customerFacing ? 1 : 0)
        .bind(QStringLiteral(":infrastructure_only"), project.infrastructureOnly ? 1 : 0)
        .bind(QStringLiteral(":now"), sql::nowUtc());
}

} // namespace

Project asStored(Project project)
{
    project.code = project.code.trimmed();
    project.name = project.name.trimmed();
    project.description = project.description.trimmed();
    project.owner = project.owner.trimmed();
    project.sponsor = project.sponsor.trimmed();
    project.businessUnit = project.businessUnit.trimmed();
    project.benchmarkUnit = project.benchmarkUnit.trimmed();
    return project;
}

bool sameProjectDetails(const Project &a, const Project &b)
{
    const Project x = asStored(a);
    const Project y = asStored(b);
    return x.code == y.code && x.name == y.name && x.description == y.description && x.owner == y.owner
        && x.sponsor == y.sponsor && x.businessUnit == y.businessUnit && x.benchmarkUnit == y.benchmarkUnit
        && x.status == y.status && x.decisionLevel == y.decisionLevel && x.startDate == y.startDate
        && x.endDate == y.endDate && x.dataSensitivity == y.dataSensitivity
        && x.customerFacing == y.customerFacing && x.infrastructureOnly == y.infrastructureOnly;
}

ProjectRepository::ProjectRepository(Database &database)
    : m_database(database)
{ }

void ProjectRepository::validate(const Project &project) const
{
    const QString code = validation::requireText(QStringLiteral("code"), project.code,
                                                 validation::limits::ProjectCodeLength);
    if (!validation::isProjectCode(code))
        throw ValidationError(QStringLiteral("code"), ErrorCode::ProjectCodeCharacters, { code });
    validation::requireText(QStringLiteral("name"), project.name, validation::limits::ProjectNameLength);
    validation::requireLength(QStringLiteral("description"), project.description,
                              validation::limits::ProjectDescriptionLength);
    validation::requireLength(QStringLiteral("owner"), project.owner,
                              validation::limits::ProjectDetailLength);
    validation::requireLength(QStringLiteral("sponsor"), project.sponsor,
                              validation::limits::ProjectDetailLength);
    validation::requireLength(QStringLiteral("business unit"), project.businessUnit,
                              validation::limits::ProjectDetailLength);
    validation::requireLength(QStringLiteral("benchmark unit"), project.benchmarkUnit,
                              validation::limits::BenchmarkUnitLength);
    validation::requireOptionalDate(QStringLiteral("start date"), project.startDate);
    validation::requireOptionalDate(QStringLiteral("end date"), project.endDate);
    if (project.startDate.isValid() && project.endDate.isValid() && project.endDate < project.startDate)
        throw ValidationError(QStringLiteral("end date"), ErrorCode::EndBeforeStart);

    const std::optional<Project> sameCode = findByCode(code);
    if (sameCode && sameCode->id != project.id)
        throw ValidationError(QStringLiteral("code"), ErrorCode::ProjectCodeTaken, { code, sameCode->name });
}

ProjectId ProjectRepository::create(const Project &edited)
{
    const Project project = asStored(edited);
    Transaction transaction(m_database);
    validate(project);
    SqlStatement insert(
        m_database,
        QStringLiteral(
            "INSERT INTO projects (code, name, description, owner, sponsor, business_unit,"
            " status, decision_level, start_date, end_date, archived, benchmark_unit,"
            " data_sensitivity, customer_facing, infrastructure_only,"
            " created_at, updated_at, changed_by) VALUES (:code, :name, :description, :owner, :sponsor,"
            " :business_unit, :status, :decision_level, :start_date, :end_date, :archived,"
            " :benchmark_unit, :data_sensitivity, :customer_facing, :infrastructure_only, :now, :now,"
            " :actor) RETURNING id"));
    bindProject(insert, project);
    insert.bind(QStringLiteral(":actor"), AuditLog::actor());
    const ProjectId id = insert.scalar().toLongLong();
    AuditLog(m_database)
        .record(QStringLiteral("create"), QStringLiteral("project"), QString::number(id),
                QStringLiteral("created %1 \"%2\"").arg(project.code, project.name));
    transaction.commit();
    spdlog::info("project {} created", id);
    return id;
}

void ProjectRepository::update(const Project &project)
{
    replace(project, nullptr);
}

void ProjectRepository::updateChecked(const Project &project, const Project &expected)
{
    replace(project, &expected);
}

void ProjectRepository::replace(const Project &edited, const Project *expected)
{
    const Project project = asStored(edited);
    Transaction transaction(m_database);
    const std::optional<Project> before = find(project.id);
    if (!before)
        throw ValidationError(QStringLiteral("project"), ErrorCode::ProjectNotFound,
                              { QString::number(project.id) });
    SqlStatement stamp(
        m_database,
        QStringLiteral("SELECT row_version, changed_by, updated_at FROM projects WHERE id = :id"));
    stamp.bind(QStringLiteral(":id"), qlonglong(project.id)).exec();
    stamp.next();
    const qint64 version = stamp.int64(0);
    const QString changedBy = stamp.text(1);
    const QDateTime changedAt = QDateTime::fromString(stamp.text(2), Qt::ISODate);
    stamp.finish();
    const auto refuse = [&](const QString &who, const QDateTime &when) {
        throw ConcurrentEditError(ErrorCode::ProjectChangedSinceRead,
                                  { names::project(*before), who.isEmpty() ? QStringLiteral("?") : who,
                                    QLocale().toString(when.toLocalTime(), QLocale::ShortFormat) });
    };
    if (expected && !sameProjectDetails(*before, *expected)) {
        spdlog::warn("project {} changed since it was read", project.id);
        refuse(changedBy, changedAt);
    }
    validate(project);
    // The version read above in the WHERE clause: a client of the server that changed the row
    // since makes it match nothing instead of being overwritten.
    SqlStatement update(
        m_database,
        QStringLiteral("UPDATE projects SET code = :code, name = :name, description = :description,"
                       " owner = :owner, sponsor = :sponsor, business_unit = :business_unit,"
                       " status = :status, decision_level = :decision_level, start_date = :start_date,"
                       " end_date = :end_date, archived = :archived, benchmark_unit = :benchmark_unit,"
                       " data_sensitivity = :data_sensitivity, customer_facing = :customer_facing,"
                       " infrastructure_only = :infrastructure_only, updated_at = :now, changed_by = :actor,"
                       " row_version = row_version + 1 WHERE id = :id AND row_version = :version"));
    bindProject(update, project);
    update.bind(QStringLiteral(":id"), qlonglong(project.id))
        .bind(QStringLiteral(":actor"), AuditLog::actor())
        .bind(QStringLiteral(":version"), version)
        .exec();
    if (update.numRowsAffected() != 1) {
        SqlStatement now(m_database,
                         QStringLiteral("SELECT changed_by, updated_at FROM projects WHERE id = :id"));
        now.bind(QStringLiteral(":id"), qlonglong(project.id)).exec();
        now.next();
        refuse(now.text(0), QDateTime::fromString(now.text(1), Qt::ISODate));
    }

    // Each changed field on both sides, so that the audit log's old and new values read alone.
    QStringList oldValues;
    QStringList newValues;
    const auto changed = [&](const QString &field, const QString &oldValue, const QString &newValue) {
        oldValues << field + u' ' + oldValue;
        newValues << field + u' ' + newValue;
    };
    const auto quoted = [](const QString &text) -> QString {
        return u'"' + text + u'"';
    };
    if (before->name != project.name)
        changed(QStringLiteral("name"), quoted(before->name), quoted(project.name));
    if (before->status != project.status)
        changed(QStringLiteral("status"), toKey(before->status), toKey(project.status));
    if (before->decisionLevel != project.decisionLevel)
        changed(QStringLiteral("decision level"), toKey(before->decisionLevel), toKey(project.decisionLevel));
    if (before->benchmarkUnit != project.benchmarkUnit)
        changed(QStringLiteral("benchmark unit"), quoted(before->benchmarkUnit),
                quoted(project.benchmarkUnit));
    if (before->dataSensitivity != project.dataSensitivity)
        changed(QStringLiteral("data"), toKey(before->dataSensitivity), toKey(project.dataSensitivity));
    if (before->customerFacing != project.customerFacing)
        changed(QStringLiteral("customer-facing"),
                before->customerFacing ? QStringLiteral("yes") : QStringLiteral("no"),
                project.customerFacing ? QStringLiteral("yes") : QStringLiteral("no"));
    if (before->infrastructureOnly != project.infrastructureOnly)
        changed(QStringLiteral("infrastructure only"),
                before->infrastructureOnly ? QStringLiteral("yes") : QStringLiteral("no"),
                project.infrastructureOnly ? QStringLiteral("yes") : QStringLiteral("no"));
    if (before->owner != project.owner)
        changed(QStringLiteral("owner"), quoted(before->owner), quoted(project.owner));
    if (oldValues.isEmpty())
        AuditLog(m_database)
            .record(QStringLiteral("update"), QStringLiteral("project"), QString::number(project.id),
                    QStringLiteral("details edited"));
    else
        AuditLog(m_database)
            .recordChange(QStringLiteral("update"), QStringLiteral("project"), QString::number(project.id),
                          oldValues.join(QStringLiteral("; ")), newValues.join(QStringLiteral("; ")));
    transaction.commit();
    spdlog::info("project {} updated", project.id);
}

void ProjectRepository::setArchived(ProjectId id, bool archived)
{
    Transaction transaction(m_database);
    SqlStatement update(
        m_database,
        QStringLiteral("UPDATE projects SET archived = :archived, updated_at = :now, changed_by = :actor,"
                       " row_version = row_version + 1 WHERE id = :id"));
    update.bind(QStringLiteral(":archived"), archived ? 1 : 0)
        .bind(QStringLiteral(":actor"), AuditLog::actor())
        .bind(QStringLiteral(":now"), sql::nowUtc())
        .bind(QStringLiteral(":id"), qlonglong(id))
        .exec();
    if (update.numRowsAffected() != 1)
        throw ValidationError(QStringLiteral("project"), ErrorCode::ProjectNotFound, { QString::number(id) });
    AuditLog(m_database)
        .record(archived ? QStringLiteral("archive") : QStringLiteral("unarchive"), QStringLiteral("project"),
                QString::number(id), QString());
    transaction.commit();
    spdlog::info("project {} {}", id, archived ? "archived" : "unarchived");
}

DecisionLevel ProjectRepository::setDecisionLevel(ProjectId id, DecisionLevel level)
{
    Transaction transaction(m_database);
    const std::optional<Project> before = find(id);
    if (!before)
        throw ValidationError(QStringLiteral("project"), ErrorCode::ProjectNotFound, { QString::number(id) });
    if (before->decisionLevel != level) {
        SqlStatement update(
            m_database,
            QStringLiteral("UPDATE projects SET decision_level = :level, updated_at = :now,"
                           " changed_by = :actor, row_version = row_version + 1 WHERE id = :id"));
        update.bind(QStringLiteral(":level"), toKey(level))
            .bind(QStringLiteral(":actor"), AuditLog::actor())
            .bind(QStringLiteral(":now"), sql::nowUtc())
            .bind(QStringLiteral(":id"), qlonglong(id))
            .exec();
        AuditLog(m_database)
            .recordChange(QStringLiteral("update"), QStringLiteral("project"), QString::number(id),
                          QStringLiteral("decision level ") + toKey(before->decisionLevel),
                          QStringLiteral("decision level ") + toKey(level));
    }
    transaction.commit();
    spdlog::info("project {} decision level {}", id, toKey(level).toStdString());
    return before->decisionLevel;
}

ProjectStatus ProjectRepository::setStatus(ProjectId id, ProjectStatus status)
{
    Transaction transaction(m_database);
    const std::optional<Project> before = find(id);
    if (!before)
        throw ValidationError(QStringLiteral("project"), ErrorCode::ProjectNotFound, { QString::number(id) });
    if (before->status != status) {
        SqlStatement update(
            m_database,
            QStringLiteral("UPDATE projects SET status = :status, updated_at = :now,"
                           " changed_by = :actor, row_version = row_version + 1 WHERE id = :id"));
        update.bind(QStringLiteral(":status"), toKey(status))
            .bind(QStringLiteral(":actor"), AuditLog::actor())
            .bind(QStringLiteral(":now"), sql::nowUtc())
            .bind(QStringLiteral(":id"), qlonglong(id))
            .exec();
        AuditLog(m_database)
            .recordChange(QStringLiteral("update"), QStringLiteral("project"), QString::number(id),
                          QStringLiteral("status ") + toKey(before->status),
                          QStringLiteral("status ") + toKey(status));
    }
    transaction.commit();
    spdlog::info("project {} status {}", id, toKey(status).toStdString());
    return before->status;
}

void ProjectRepository::remove(ProjectId id)
{
    Transaction transaction(m_database);
    const std::optional<Project> project = find(id);
    if (!project)
        throw ValidationError(QStringLiteral("project"), ErrorCode::ProjectNotFound, { QString::number(id) });
    if (project->isUnallocated)
        throw ValidationError(QStringLiteral("project"), ErrorCode::UnallocatedProjectUndeletable,
                              { project->name });
    SqlStatement lines(m_database, QStringLiteral("SELECT COUNT(*) FROM cost_lines WHERE project_id = :id"));
    lines.bind(QStringLiteral(":id"), qlonglong(id));
    const qint64 lineCount = lines.scalar().toLongLong();
    if (lineCount > 0)
        throw ValidationError(QStringLiteral("project"), ErrorCode::ProjectHasCostLines,
                              { project->name, QString::number(lineCount) });
    // What only describes the project goes with it: its weekly volumes, saved estimates, scores,
    // decisions, milestones and KPIs, the roster's shares of it, its training plans (their lines are gone)
    // and automated hours.
    for (const QString &statement : { QStringLiteral("DELETE FROM benchmark_volumes WHERE project_id = :id"),
                                      QStringLiteral("DELETE FROM team_allocations WHERE project_id = :id"),
                                      QStringLiteral("DELETE FROM training_plans WHERE project_id = :id"),
                                      QStringLiteral("DELETE FROM automated_hours WHERE project_id = :id"),
                                      QStringLiteral("DELETE FROM criterion_scores WHERE project_id = :id"),
                                      QStringLiteral("DELETE FROM decisions WHERE project_id = :id"),
                                      QStringLiteral("DELETE FROM milestones WHERE project_id = :id"),
                                      QStringLiteral("DELETE FROM kpi_values WHERE kpi_id IN"
                                                     " (SELECT id FROM kpis WHERE project_id = :id)"),
                                      QStringLiteral("DELETE FROM kpis WHERE project_id = :id"),
                                      QStringLiteral("DELETE FROM estimate_months WHERE estimate_id IN"
                                                     " (SELECT id FROM estimates WHERE project_id = :id)"),
                                      QStringLiteral("DELETE FROM estimates WHERE project_id = :id"),
                                      QStringLiteral("DELETE FROM projects WHERE id = :id") }) {
        SqlStatement remove(m_database, statement);
        remove.bind(QStringLiteral(":id"), qlonglong(id)).exec();
    }
    AuditLog(m_database)
        .record(QStringLiteral("delete"), QStringLiteral("project"), QString::number(id),
                QStringLiteral("deleted %1 \"%2\"").arg(project->code, project->name));
    transaction.commit();
    spdlog::info("project {} deleted", id);
}

std::optional<Project> ProjectRepository::find(ProjectId id) const
{
    SqlStatement query(m_database, selectColumns + QStringLiteral(" WHERE id = :id"));
    query.bind(QStringLiteral(":id"), qlonglong(id)).exec();
    if (!query.next())
        return std::nullopt;
    return readProject(query);
}

std::optional<Project> ProjectRepository::findByCode(const QString &code) const
{
    SqlStatement query(m_database, selectColumns + QStringLiteral(" WHERE UPPER(code) = UPPER(:code)"));
    query.bind(QStringLiteral(":code"), code.trimmed()).exec();
    if (!query.next())
        return std::nullopt;
    return readProject(query);
}

QList<Project> ProjectRepository::list(bool includeArchived) const
{
    // The Unallocated project shows once imported rows went to it, and only then.
    SqlStatement query(
        m_database,
        selectColumns
            + QStringLiteral(" WHERE (:all = 1 OR archived = 0) AND (system_role IS NULL"
                             " OR EXISTS (SELECT 1 FROM cost_lines c WHERE c.project_id = projects.id))"
                             " ORDER BY name"));
    query.bind(QStringLiteral(":all"), includeArchived ? 1 : 0).exec();
    QList<Project> projects;
    while (query.next())
        projects << readProject(query);
    return projects;
}

ProjectId ProjectRepository::unallocatedProjectId() const
{
    SqlStatement query(m_database,
                       QStringLiteral("SELECT id FROM projects WHERE system_role = 'unallocated'"));
    const QVariant id = query.scalar();
    if (id.isNull())
        throw StorageError(ErrorCode::UnallocatedProjectMissing);
    return id.toLongLong();
}

bool ProjectRepository::exists(ProjectId id) const
{
    SqlStatement query(m_database, QStringLiteral("SELECT 1 FROM projects WHERE id = :id"));
    query.bind(QStringLiteral(":id"), qlonglong(id)).exec();
    return query.next();
}

} // namespace costboard
