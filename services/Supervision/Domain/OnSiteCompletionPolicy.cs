namespace Linkage.Supervision.Domain;

/// <summary>现场办结 (decision 0586): completed on the day it was received at a window or a village station — a 即办件 or
/// a case decided there and then; an online application is never on site, a case completed a later day is not.</summary>
public static class OnSiteCompletionPolicy
{
    /// <summary><paramref name="acceptedDay"/>: the day the applicant was served at the window (<see cref="AcceptedDay"/>).</summary>
    public static bool Holds(DateOnly acceptedDay, DateOnly completedOn, string? channel) =>
        channel != Tally.OnlineChannel && completedOn == acceptedDay;

    /// <summary>The day a case counts as accepted: its acceptance day, or the earlier day it was really taken when intake
    /// moved the acceptance of a 即办件 taken on a rest day to the next working day.</summary>
    public static DateOnly AcceptedDay(DateOnly acceptedOn, DateOnly takenOn) => takenOn < acceptedOn ? takenOn : acceptedOn;
}
