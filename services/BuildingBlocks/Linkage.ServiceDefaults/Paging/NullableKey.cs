using System.Linq.Expressions;
using System.Reflection;

namespace Linkage.ServiceDefaults.Paging;

/// <summary>Keys that may be null (decision 0575): a nullable value type, or a property or field whose declaration says it
/// may be null. Such a key is preceded by "is null" (0 for a value, 1 for null), so nulls come last in either direction
/// and the cursor of a row with a null key says so.</summary>
internal static class NullableKey
{
    public static bool MayBeNull(LambdaExpression key)
    {
        var type = key.ReturnType;
        if (type.IsValueType) return Nullable.GetUnderlyingType(type) is not null;
        var state = (key.Body as MemberExpression)?.Member switch
        {
            PropertyInfo p => new NullabilityInfoContext().Create(p).ReadState,
            FieldInfo f => new NullabilityInfoContext().Create(f).ReadState,
            _ => NullabilityState.Unknown,
        };
        return state == NullabilityState.Nullable;
    }

    public static LambdaExpression NullsLast(LambdaExpression key) => Expression.Lambda(
        Expression.Condition(Expression.Equal(key.Body, Expression.Constant(null, key.ReturnType)), Expression.Constant(1), Expression.Constant(0)),
        key.Parameters);
}
