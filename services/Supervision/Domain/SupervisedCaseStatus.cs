namespace Linkage.Supervision.Domain;

public enum SupervisedCaseStatus
{
    Open,
    Completed,
}
