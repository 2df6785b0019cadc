using Linkage.Messaging.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace Linkage.Messaging.Tests.Unit;

/// <summary>A module context carries one transaction interceptor, <see cref="ModuleTransactions"/>, whether its options
/// were built with <see cref="ModuleContextOptions"/> (pooled) or got it in <c>OnConfiguring</c>, and never twice.</summary>
public sealed class ModuleContextOptionsTests
{
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void A_context_has_one_transaction_interceptor_and_it_is_the_modules(bool builtWithModuleOptions)
    {
        var builder = new DbContextOptionsBuilder<TestDbContext>();
        if (builtWithModuleOptions) ModuleContextOptions.AddTo(builder);
        using var db = new TestDbContext(builder.UseNpgsql("Host=unused").Options);

        var interceptors = db.GetService<IDbContextOptions>().FindExtension<CoreOptionsExtension>()!.Interceptors!;

        Assert.IsType<ModuleTransactions>(Assert.Single(interceptors.OfType<IDbTransactionInterceptor>()));
    }
}
