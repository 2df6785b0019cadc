namespace Linkage.Supervision.Features.Stats;

/// <summary>One group's figures. <c>Received</c> is 收件 (accepted or not), <c>Accepted</c> 受理 (decision 0509).
/// <c>CompletedLate</c> is the late share of <c>Completed</c>; <c>OpenOverdue</c> the cases still open past a due date in the
/// period (a state, not a fact of a day: keyed by the due date) and <c>Overdue</c> both, as in <c>/stats</c> (decision 0516).
/// Satisfaction: grades 3–5 (RatingGrades) among the ratings given that day. <c>OnSite</c> (现场办结, decision 0586) is a
/// share of <c>Completed</c>, as its rate is.</summary>
public sealed record BreakdownRow(
    string Key,
    int Received,
    int Completed,
    int OnTime,
    int Early,
    int Instant,
    int CompletedLate,
    int StoppedWorkingDays,
    int Yellow,
    int Red,
    int Ratings,
    decimal? OnTimeRate,
    decimal? MeanGrade,
    decimal? SatisfactionRate,
    int OnSite,
    decimal? OnSiteRate,
    int Accepted,
    int OpenOverdue,
    int Overdue)
{
    public static BreakdownRow Of(string key, Sums s) => new(key, s.Received, s.Completed, s.OnTime, s.Early, s.Instant,
        s.CompletedLate, s.StoppedWorkingDays, s.Yellow, s.Red, s.Ratings, Rate(s.OnTime, s.Completed), Rate(s.GradeSum, s.Ratings, 2),
        Rate(s.Satisfied, s.Ratings), s.OnSite, Rate(s.OnSite, s.Completed), s.Accepted, s.OpenOverdue, s.CompletedLate + s.OpenOverdue);

    private static decimal? Rate(int part, int whole, int digits = 4) => whole == 0 ? null : Math.Round((decimal)part / whole, digits);
}

/// <summary>Summed counters of one SQL group; or the open cases past due of one group (<see cref="Open"/>).</summary>
public sealed record Sums(string Key, DateOnly Day, int Received, int Completed, int OnTime, int Early, int Instant, int CompletedLate,
    int StoppedWorkingDays, int Yellow, int Red, int Ratings, int GradeSum, int Satisfied, int OnSite, int Accepted, int OpenOverdue)
{
    public static Sums Open(string key, DateOnly day, int count) => new(key, day, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, count);

    public static Sums operator +(Sums a, Sums b) => a with
    {
        Received = a.Received + b.Received, Completed = a.Completed + b.Completed, OnTime = a.OnTime + b.OnTime,
        Early = a.Early + b.Early, Instant = a.Instant + b.Instant, CompletedLate = a.CompletedLate + b.CompletedLate,
        StoppedWorkingDays = a.StoppedWorkingDays + b.StoppedWorkingDays, Yellow = a.Yellow + b.Yellow, Red = a.Red + b.Red,
        Ratings = a.Ratings + b.Ratings, GradeSum = a.GradeSum + b.GradeSum, Satisfied = a.Satisfied + b.Satisfied,
        OnSite = a.OnSite + b.OnSite, Accepted = a.Accepted + b.Accepted, OpenOverdue = a.OpenOverdue + b.OpenOverdue,
    };
}
