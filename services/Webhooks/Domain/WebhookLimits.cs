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
}
