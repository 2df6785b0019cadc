namespace Linkage.EndToEnd.Tests;

/// <summary>The AsyncAPI event catalogue is public through the gateway (issue 16 part 5).</summary>
public static class EventCatalogueThroughGateway
{
    public static async Task RunAsync(Deployment deployment)
    {
        using var anonymous = new GatewayClient(deployment.Gateway, null);
        var document = await anonymous.GetAsync("/api/events/asyncapi.json");
        Assert.Equal("3.0.0", document.GetProperty("asyncapi").GetString());
        var messages = document.GetProperty("components").GetProperty("messages");
        Assert.True(messages.TryGetProperty("linkage.intake.case-forwarded.v1", out _));
        Assert.True(messages.TryGetProperty("linkage.certificates.certificate-issued.v1", out _));
    }
}
