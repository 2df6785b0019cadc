using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Linkage.Webhooks.Persistence.Migrations;

/// <summary>One row counting the changes to the subscriptions, raised by a trigger on every insert, update, delete or
/// truncate of <c>webhooks.subscriptions</c>, whichever process makes it: each process keeps the active subscriptions
/// in memory and reads them again when the stamp moved (decision 0637).</summary>
[DbContext(typeof(WebhooksDbContext))]
[Migration("20261205050000_SubscriptionStamp")]
public sealed class SubscriptionStamp : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("""
        CREATE TABLE webhooks.subscription_stamp (id smallint PRIMARY KEY CHECK (id = 1), value bigint NOT NULL);
        INSERT INTO webhooks.subscription_stamp (id, value) VALUES (1, 1);
        CREATE FUNCTION webhooks.raise_subscription_stamp() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            UPDATE webhooks.subscription_stamp SET value = value + 1 WHERE id = 1;
            RETURN NULL;
        END $$;
        CREATE TRIGGER subscriptions_raise_stamp AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON webhooks.subscriptions
            FOR EACH STATEMENT EXECUTE FUNCTION webhooks.raise_subscription_stamp();
        """);

    protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("""
        DROP TRIGGER subscriptions_raise_stamp ON webhooks.subscriptions;
        DROP FUNCTION webhooks.raise_subscription_stamp();
        DROP TABLE webhooks.subscription_stamp;
        """);
}
