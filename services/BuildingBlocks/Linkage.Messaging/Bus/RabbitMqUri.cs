using Microsoft.Extensions.Configuration;

namespace Linkage.Messaging;

/// <summary>An <c>amqp://user:password@host:port/vhost</c> address split into what the clients need.</summary>
internal sealed record RabbitMqUri(string Host, ushort Port, string VirtualHost, string UserName, string Password, bool UseSsl)
{
    public static RabbitMqUri From(IConfiguration config) =>
        Parse(config["Linkage:RabbitMq:Uri"] is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException("Linkage:RabbitMq:Uri is not configured."));

    public static RabbitMqUri Parse(string value)
    {
        var uri = new Uri(value);
        var ssl = uri.Scheme is "amqps" or "rabbitmqs";
        var user = uri.UserInfo.Split(':', 2);
        var vhost = Uri.UnescapeDataString(uri.AbsolutePath.TrimStart('/'));
        return new RabbitMqUri(
            uri.Host,
            (ushort)(uri.IsDefaultPort || uri.Port <= 0 ? (ssl ? 5671 : 5672) : uri.Port),
            vhost.Length == 0 ? "/" : vhost,
            user[0].Length > 0 ? Uri.UnescapeDataString(user[0]) : "guest",
            user.Length > 1 ? Uri.UnescapeDataString(user[1]) : "guest",
            ssl);
    }

    public Uri ToAmqpUri() => new UriBuilder(UseSsl ? "amqps" : "amqp", Host, Port, "/" + Uri.EscapeDataString(VirtualHost))
    {
        UserName = Uri.EscapeDataString(UserName),
        Password = Uri.EscapeDataString(Password),
    }.Uri;
}
