using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Linkage.Approval.Persistence.Migrations;

/// <summary>The key-project mark on each task, so the inbox (a department's tasks of one status, key projects first, then
/// by deadline) is one index range (decision 0693). Tasks of cases marked before it get the mark here.</summary>
[DbContext(typeof(ApprovalDbContext))]
[Migration("20261206012054_TaskKeyProjectFlag")]
public sealed class TaskKeyProjectFlag : Migration
{
    private const string Schema = ApprovalDbContext.SchemaName;
    private const string Tasks = "review_tasks";

    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropIndex(name: "IX_review_tasks_DepartmentId_Status_Deadline", schema: Schema, table: Tasks);
        migrationBuilder.AddColumn<bool>(name: "KeyProject", schema: Schema, table: Tasks, type: "boolean", nullable: false, defaultValue: false);
        migrationBuilder.Sql("""
            UPDATE approval.review_tasks t SET "KeyProject" = true
            FROM approval.review_cases c WHERE c."Id" = t."CaseId" AND c."KeyProjectTargetOn" IS NOT NULL
            """);
        migrationBuilder.CreateIndex(name: "IX_review_tasks_DepartmentId_Status_KeyProject_Deadline_Id", schema: Schema, table: Tasks,
            columns: ["DepartmentId", "Status", "KeyProject", "Deadline", "Id"], descending: [false, false, true, false, false]);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropIndex(name: "IX_review_tasks_DepartmentId_Status_KeyProject_Deadline_Id", schema: Schema, table: Tasks);
        migrationBuilder.DropColumn(name: "KeyProject", schema: Schema, table: Tasks);
        migrationBuilder.CreateIndex(name: "IX_review_tasks_DepartmentId_Status_Deadline", schema: Schema, table: Tasks,
            columns: ["DepartmentId", "Status", "Deadline"]);
    }
}
