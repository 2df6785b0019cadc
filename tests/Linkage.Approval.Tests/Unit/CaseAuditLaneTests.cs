using Linkage.Approval.Persistence;
using Linkage.Messaging;

namespace Linkage.Approval.Tests.Unit;

/// <summary>An approval entry goes to one lane for good (decisions 0580, 0617, 0667): the lane is FNV-1a of its key (the
/// case id, or a decision's task id) modulo the lane count, the same in every process and release, never a per-process hash.</summary>
public sealed class CaseAuditLaneTests
{
    [Theory]
    [InlineData("0193a5c0-7b2e-7c41-9f3a-2d5e8b1c4a70", "approval.61")]
    [InlineData("0193a5c0-7b2e-7c41-9f3a-2d5e8b1c4a71", "approval.42")]
    public void A_case_always_hashes_to_the_same_lane(string caseId, string lane)
    {
        Assert.Equal(lane, AuditLane.Of(ApprovalDbContext.SchemaName, ApprovalDbContext.AuditLaneCount, caseId));
        Assert.Equal(lane, AuditLane.Of(ApprovalDbContext.SchemaName, ApprovalDbContext.AuditLaneCount, caseId));
    }

    [Fact]
    public void The_single_chain_of_before_the_lanes_is_still_signed_beside_every_lane()
    {
        var chains = AuditLane.All(ApprovalDbContext.SchemaName, ApprovalDbContext.AuditLaneCount);

        Assert.Equal(ApprovalDbContext.AuditLaneCount + 1, chains.Count);
        Assert.Equal("approval", chains[0]);
        Assert.Equal(chains.Count, chains.Distinct().Count());
    }
}
