using Linkage.Approval.Domain;
using Linkage.Approval.Persistence;
using Linkage.ServiceDefaults.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Linkage.Approval.Tests.Unit;

/// <summary>The last decider reads the other tasks with Npgsql alone, by position (decision 0852): a column the model gains
/// and the read does not list would reach the tracked plan as its default, unsaved and unnoticed.</summary>
public sealed class StoredTaskColumnsTests
{
    [Fact]
    public void The_raw_read_of_the_other_tasks_lists_every_column_of_the_review_tasks_table_once()
    {
        var task = CompiledModel.Of<ApprovalDbContext>().FindEntityType(typeof(ReviewTask))!;
        var table = task.GetTableMappings().Single().Table;
        var listed = ReviewCaseLock.TaskColumns.Split(',').Select(c => c.Trim().Trim('"'));

        Assert.Equal(table.Columns.Select(c => c.Name).Order(StringComparer.Ordinal), listed.Order(StringComparer.Ordinal));
    }
}
