using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Linkage.ServiceDefaults.Persistence;

/// <summary>A module context's EF compiled model, generated into <c>services/&lt;Module&gt;/Persistence/CompiledModels</c>
/// by <c>./platform models</c> (decision 0716): the host neither builds the model nor compiles its accessors and
/// snapshot factories at run time. Found by the <see cref="DbContextModelAttribute"/> the generator writes beside it;
/// a context without one fails at start instead of quietly building its model.</summary>
public static class CompiledModel
{
    public static IModel Of<TContext>() where TContext : DbContext => Of(typeof(TContext));

    public static IModel Of(Type contextType)
    {
        var modelType = contextType.Assembly.GetCustomAttributes<DbContextModelAttribute>()
            .SingleOrDefault(a => a.ContextType == contextType)?.ModelType
            ?? throw new InvalidOperationException($"{contextType.Name} has no compiled model; run ./platform models.");
        return (IModel)modelType.GetProperty("Instance", BindingFlags.Public | BindingFlags.Static)!.GetValue(null)!;
    }
}
