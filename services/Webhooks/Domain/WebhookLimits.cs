namespace Linkage.Webhooks.Domain;

public static class WebhookLimits
{
    public const int UrlLength = 2048;
    public const int SubjectLength = 128;
    public const int EventTypeLength = 128;
    public const int EventTypes = 50;
    public const int SecretMin = 24;
    public const int SecretMax = 128;
    public const int ErrorLength = 500;
    public const int Listed = 200; // a list answers at most this many rows, newest first
}
