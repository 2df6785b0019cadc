using System.Net;
using System.Net.Http.Json;
using Linkage.Contracts.Events.Intake;
using Linkage.Kernel;
using Linkage.ServiceDefaults.Auth;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;

namespace Linkage.Hall.Tests;

/// <summary>预约优先: an appointment redeemed in the hall is called before walk-ins once its slot has begun.</summary>
public sealed class AppointmentPriorityTests(HallHostFixture fixture) : IClassFixture<HallHostFixture>
{
    private const string ResidentId = "350926198503120020";

    private HttpClient Resident => fixture.Client(new DemoUser("resident", "陈美华", [Roles.Applicant], "350926100201", IdNumber: ResidentId));

    private async Task<Guid> BookedTodayAsync(HallCentre centre, TimeOnly start)
    {
        var booked = new AppointmentBooked(Guid.NewGuid(), HallCentre.FoodPermit, centre.Id, HallCentre.Division,
            ChinaTime.ToLocalDate(DateTimeOffset.UtcNow), start, fixture.Host.DigestOf(ResidentId), DateTimeOffset.UtcNow);
        await fixture.Host.Services.GetRequiredService<IBus>().Publish(booked);
        await fixture.Host.Eventually(async () =>
            await fixture.ScalarAsync<long>($"SELECT count(*) FROM hall.appointments WHERE \"Id\" = '{booked.AppointmentId}'") == 1);
        return booked.AppointmentId;
    }

    [Fact]
    public async Task An_appointment_whose_slot_has_begun_is_called_before_earlier_walk_ins()
    {
        var centre = await HallCentre.SetUpAsync(fixture);
        var first = await centre.WalkInAsync("A");
        var second = await centre.WalkInAsync("A");
        var appointment = await BookedTodayAsync(centre, new TimeOnly(0, 0));
        using var resident = Resident;
        var redeemed = await centre.TakeAsync(resident, new { centreId = centre.Id, appointmentId = appointment });
        Assert.True(redeemed.GetProperty("appointment").GetBoolean());
        Assert.Equal("A003", redeemed.Str("number"));

        Assert.Equal("A003", (await centre.WindowAsync("01", "call-next")).Str("number"));
        Assert.Equal(first.Str("number"), (await centre.WindowAsync("01", "call-next")).Str("number"));
        Assert.Equal(second.Str("number"), (await centre.WindowAsync("01", "call-next")).Str("number"));
    }

    [Fact]
    public async Task An_appointment_is_redeemed_once_and_only_by_its_own_applicant()
    {
        var centre = await HallCentre.SetUpAsync(fixture);
        var appointment = await BookedTodayAsync(centre, new TimeOnly(0, 0));
        using var other = fixture.Client(new DemoUser("other", "刘强", [Roles.Applicant], "350981001001", IdNumber: "350981197806204416"));
        var request = new { centreId = centre.Id, appointmentId = appointment };

        await (await other.PostAsJsonAsync("/api/hall/tickets", request)).ProblemAsync(HttpStatusCode.NotFound);
        using var resident = Resident;
        await centre.TakeAsync(resident, request);
        await (await resident.PostAsJsonAsync("/api/hall/tickets", request)).ProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal(1L, await fixture.ScalarAsync<long>($"SELECT count(*) FROM hall.tickets WHERE \"OrgUnitId\" = '{centre.Id}'"));
    }

    [Fact]
    public async Task Booking_and_cancelling_in_intake_reaches_the_hall()
    {
        var date = WorkingDayCalendar.China.AddWorkingDays(ChinaTime.ToLocalDate(DateTimeOffset.UtcNow), 4);
        using var resident = Resident;
        // the first catalog lookup of a cold host may miss its gRPC deadline on a loaded machine; nothing is written then
        var response = await fixture.Host.Eventually(async () =>
        {
            var answer = await resident.PostAsJsonAsync("/api/intake/appointments",
                new { matterCode = HallCentre.FoodPermit, date = date.ToString("yyyy-MM-dd"), start = "15:30" });
            return answer.StatusCode == HttpStatusCode.InternalServerError ? null : answer;
        });
        var booked = await response.JsonAsync(HttpStatusCode.Created);
        var id = booked.Str("id");
        await fixture.Host.Eventually(async () =>
            await fixture.ScalarAsync<long>($"SELECT count(*) FROM hall.appointments WHERE \"Id\" = '{id}' AND \"OrgUnitId\" = 'ou-350926-centre'") == 1);

        await (await resident.DeleteAsync($"/api/intake/appointments/{id}")).JsonAsync(HttpStatusCode.NoContent);
        await fixture.Host.Eventually(async () =>
            await fixture.ScalarAsync<long>($"SELECT count(*) FROM hall.appointments WHERE \"Id\" = '{id}'") == 0);
    }
}
