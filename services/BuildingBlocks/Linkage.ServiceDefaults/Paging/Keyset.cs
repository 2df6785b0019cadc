using System.Collections.Concurrent;
using System.Linq.Expressions;
using System.Reflection;
using System.Runtime.CompilerServices;

namespace Linkage.ServiceDefaults.Paging;

/// <summary>The order of a list as keys that together identify an item (the last one unique, usually the id), so a
/// page starts strictly after the previous page's last item (keyset paging, decision 0550): nothing repeats or is
/// skipped when items are added meanwhile, and the database seeks instead of counting an offset. A key that may be null
/// (a nullable value type, or a property or field declared nullable) puts its nulls last in either direction, the same
/// in SQL and in memory: it is ordered by "is null" first, then by its value.</summary>
public sealed class Keyset<T>
{
    private readonly List<(LambdaExpression Key, bool Descending)> keys = [];

    public Keyset<T> Asc<TKey>(Expression<Func<T, TKey>> key) => Add(key, false);

    public Keyset<T> Desc<TKey>(Expression<Func<T, TKey>> key) => Add(key, true);

    internal IReadOnlyList<Type> Types => keys.Select(k => k.Key.ReturnType).ToList();

    internal IQueryable<T> Order(IQueryable<T> query)
    {
        var expression = query.Expression;
        for (var i = 0; i < keys.Count; i++)
            expression = Expression.Call(Ordering(i == 0, keys[i].Descending, keys[i].Key.ReturnType), expression, Expression.Quote(keys[i].Key));
        return query.Provider.CreateQuery<T>(expression);
    }

    /// <summary><c>Queryable.OrderBy</c>, <c>ThenBy</c> (or their <c>Descending</c>) for <typeparamref name="T"/> and a key
    /// type, made once per process: <c>Expression.Call</c> by name searched <c>Queryable</c>'s methods on every page
    /// (decision 0823).</summary>
    private static readonly ConcurrentDictionary<(bool First, bool Descending, Type Key), MethodInfo> Orderings = new();

    private static MethodInfo Ordering(bool first, bool descending, Type key) => Orderings.GetOrAdd((first, descending, key),
        static k => QueryableOrderings.Of(k.First, k.Descending).MakeGenericMethod(typeof(T), k.Key));

    /// <summary>Items after <paramref name="values"/>: (k1 after v1) or (k1 = v1 and k2 after v2) or …</summary>
    internal IQueryable<T> After(IQueryable<T> query, IReadOnlyList<object?> values)
    {
        var item = Expression.Parameter(typeof(T), "item");
        Expression? any = null;
        for (var i = 0; i < keys.Count; i++)
        {
            // nothing comes after a null within the nulls (they are last, and equal but for the keys after them)
            Expression term = values[i] is null ? Expression.Constant(false)
                : KeyComparison.After(Body(i, item), Value(values[i], keys[i].Key.ReturnType), keys[i].Descending);
            for (var j = i - 1; j >= 0; j--) term = Expression.AndAlso(EqualTo(j, item, values[j]), term);
            any = any is null ? term : Expression.OrElse(any, term);
        }
        return any is null ? query : query.Where(Expression.Lambda<Func<T, bool>>(any, item));
    }

    internal object?[] ValuesOf(T item) => keys.Select(k => k.Key.Compile(preferInterpretation: true).DynamicInvoke(item)).ToArray();

    private Keyset<T> Add(LambdaExpression key, bool descending)
    {
        if (NullableKey.MayBeNull(key)) keys.Add((NullableKey.NullsLast(key), false));
        keys.Add((key, descending));
        return this;
    }

    private Expression EqualTo(int i, ParameterExpression item, object? value) => value is null
        ? Expression.Equal(Body(i, item), Expression.Constant(null, keys[i].Key.ReturnType))
        : Expression.Equal(Body(i, item), Value(value, keys[i].Key.ReturnType));

    private Expression Body(int i, ParameterExpression item) => new Rebind(keys[i].Key.Parameters[0], item).Visit(keys[i].Key.Body);

    /// <summary>A captured value, so the database sees a parameter rather than a literal (one cached plan).</summary>
    private static Expression Value(object? value, Type type) =>
        Expression.Convert(Expression.Field(Expression.Constant(new StrongBox<object?>(value)), nameof(StrongBox<object>.Value)), type);

    private sealed class Rebind(ParameterExpression from, ParameterExpression to) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : node;
    }
}

/// <summary>The generic definitions of <c>Queryable</c>'s four orderings by a key selector.</summary>
internal static class QueryableOrderings
{
    private static readonly MethodInfo[] Definitions = [.. new[] { "OrderBy", "OrderByDescending", "ThenBy", "ThenByDescending" }
        .Select(name => typeof(Queryable).GetMethods().Single(m => m.Name == name && m.GetParameters().Length == 2))];

    public static MethodInfo Of(bool first, bool descending) => Definitions[(first ? 0 : 2) + (descending ? 1 : 0)];
}

/// <summary>"Comes after" for one key as both LINQ providers understand it: the operator where the type has one,
/// <c>string.Compare</c> for text, <c>CompareTo</c> otherwise (EF Core turns all three into SQL comparisons).</summary>
internal static class KeyComparison
{
    private static readonly MethodInfo StringCompare = typeof(string).GetMethod(nameof(string.Compare), [typeof(string), typeof(string)])!;

    public static Expression After(Expression key, Expression value, bool descending)
    {
        var type = key.Type;
        if (Nullable.GetUnderlyingType(type) is { } underlying)
        {
            // lifted where the value type has the operator (both providers read it as a plain comparison), else unwrapped
            if (underlying.IsPrimitive || underlying.GetMethod("op_GreaterThan", [underlying, underlying]) is not null)
                return descending ? Expression.LessThan(key, value) : Expression.GreaterThan(key, value);
            return After(Expression.Convert(key, underlying), Expression.Convert(value, underlying), descending);
        }
        if (type == typeof(string)) return Sign(Expression.Call(StringCompare, key, value), descending);
        if (type == typeof(bool)) // false before true: neither provider compares booleans with < or >
            return descending ? Expression.AndAlso(Expression.Not(key), value) : Expression.AndAlso(key, Expression.Not(value));
        if (type.IsPrimitive || type.GetMethod("op_GreaterThan", [type, type]) is not null)
            return descending ? Expression.LessThan(key, value) : Expression.GreaterThan(key, value);
        return Sign(Expression.Call(key, type.GetMethod("CompareTo", [type])!, value), descending);
    }

    private static Expression Sign(Expression comparison, bool descending) =>
        descending ? Expression.LessThan(comparison, Expression.Constant(0)) : Expression.GreaterThan(comparison, Expression.Constant(0));
}
