using System.Text;
using System.Text.Json;
using Linkage.Messaging;
using Microsoft.Extensions.DependencyInjection;
using RabbitMQ.Client;

namespace Linkage.Ratings.Tests;

/// <summary>The contact relay's stand-in (decision 0616): the invitation, the return-visit request and the result of a
/// bad rating wait in the durable <c>ratings-notifications</c> queue, read here from the broker, the invitation naming
/// the case, and the rater known to the relay only by the ID digest (the opaque contact handle).</summary>
public sealed class NotificationQueueTests(RatingsHostFixture fixture) : IClassFixture<RatingsHostFixture>
{
    private const string Queue = "ratings-notifications";

    [Fact]
    public async Task Invitation_return_visit_and_feedback_wait_in_the_durable_queue_with_the_contact_handle_never_the_id_number()
    {
        var @case = await fixture.CaseAsync(handlingOrgUnit: "ou-350926-centre");
        var rating = await (await fixture.RateAsync(new { caseId = @case.CaseId, grade = 1, comment = "窗口态度差" })).CreatedAsync();
        var id = rating.GetProperty("rectification").GetProperty("id").GetGuid();
        await (await fixture.StepAsync("clerk", id, "visit", new { note = "已电话回访" })).OkAsync();
        await (await fixture.StepAsync("clerk", id, "classify", new { resolution = "ledger", text = "窗口服务规范" })).OkAsync();
        await (await fixture.StepAsync("clerk", id, "complete", new { result = "已开展窗口服务培训" })).OkAsync();

        var factory = new ConnectionFactory { Uri = fixture.Host.AmqpUri };
        await using var connection = await factory.CreateConnectionAsync();
        await using var channel = await connection.CreateChannelAsync();
        // fails unless it is durable and bounded as the settings say (decision 0656): RabbitMQ checks the arguments
        var settings = fixture.Host.Services.GetRequiredService<RatingsSettings>();
        var bounds = new QueueBounds(settings.NotificationsMaxLength, settings.InvitationPeriod);
        await channel.QueueDeclareAsync(Queue, durable: true, exclusive: false, autoDelete: false, bounds.Arguments(Queue));
        var taken = new List<(string Type, string Body, JsonElement Message)>();
        var ours = await fixture.Host.Eventually(async () =>
        {
            while (await channel.BasicGetAsync(Queue, autoAck: true) is { } got)
            {
                var body = Encoding.UTF8.GetString(got.Body.Span);
                var envelope = JsonDocument.Parse(body).RootElement;
                var type = envelope.GetProperty("messageType")[0].GetString()!;
                taken.Add((type[(type.LastIndexOf(':') + 1)..], body, envelope.GetProperty("message").Clone()));
            }
            var mine = taken.Where(t => Names(t.Message, "caseId", @case.CaseId) || Names(t.Message, "rectificationId", id)).ToList();
            return mine.Count >= 3 ? mine : null;
        });

        Assert.Equal(["RatingInvited", "RectificationFedBack", "ReturnVisitRequested"], ours.Select(t => t.Type).Order());
        Assert.All(ours, t => Assert.Equal(fixture.ResidentDigest, t.Message.GetProperty("applicantIdDigest").GetString()));
        Assert.All(ours, t => Assert.DoesNotContain(RatingsHostFixture.ResidentId, t.Body));
        // The rater stays unknown to the unit (decision 0363): the relay's requests name the rectification, not the case.
        Assert.All(ours.Where(t => t.Type != "RatingInvited"), t => Assert.False(t.Message.TryGetProperty("caseId", out _)));
    }

    private static bool Names(JsonElement message, string property, Guid id) =>
        message.TryGetProperty(property, out var value) && value.GetGuid() == id;
}
