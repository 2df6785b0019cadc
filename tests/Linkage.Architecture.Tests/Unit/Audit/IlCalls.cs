using System.Reflection;
using System.Reflection.Emit;
using System.Runtime.CompilerServices;

namespace Linkage.Architecture.Tests.Audit;

/// <summary>Whether a method reaches another through its IL: direct calls, lambdas and local functions it creates
/// (ldftn), and the state machines of async methods, following only methods of the Linkage assemblies.</summary>
public static class IlCalls
{
    private static readonly Dictionary<short, OpCode> Codes = typeof(OpCodes).GetFields(BindingFlags.Public | BindingFlags.Static)
        .Select(f => (OpCode)f.GetValue(null)!).ToDictionary(o => o.Value);

    public static bool Reaches(MethodBase method, Func<MethodBase, bool> target) => Reaches(method, target, [], 0);

    private static bool Reaches(MethodBase method, Func<MethodBase, bool> target, HashSet<MethodBase> seen, int depth)
    {
        if (target(method)) return true;
        if (depth > 12 || !Ours(method) || !seen.Add(method)) return false;
        if (method.GetCustomAttribute<AsyncStateMachineAttribute>()?.StateMachineType
                .GetMethod("MoveNext", BindingFlags.Instance | BindingFlags.NonPublic | BindingFlags.Public) is { } moveNext
            && Reaches(moveNext, target, seen, depth + 1)) return true;
        return Callees(method).Any(c => Reaches(c, target, seen, depth + 1));
    }

    private static bool Ours(MethodBase method) =>
        method.DeclaringType?.Assembly.GetName().Name?.StartsWith("Linkage.", StringComparison.Ordinal) == true;

    private static IEnumerable<MethodBase> Callees(MethodBase method)
    {
        var il = method.GetMethodBody()?.GetILAsByteArray();
        if (il is null) yield break;
        var typeArgs = method.DeclaringType is { IsGenericType: true } t ? t.GetGenericArguments() : null;
        var methodArgs = method.IsGenericMethod ? method.GetGenericArguments() : null;
        for (var i = 0; i < il.Length;)
        {
            var op = il[i] == 0xFE ? Codes[unchecked((short)(0xFE00 | il[i + 1]))] : Codes[il[i]];
            i += op.Size;
            if (op.OperandType == OperandType.InlineMethod && Resolve(method.Module, BitConverter.ToInt32(il, i), typeArgs, methodArgs) is { } callee)
                yield return callee;
            i += OperandSize(op.OperandType, il, i);
        }
    }

    private static MethodBase? Resolve(Module module, int token, Type[]? typeArgs, Type[]? methodArgs)
    {
        try
        {
            return module.ResolveMethod(token, typeArgs, methodArgs);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    private static int OperandSize(OperandType type, byte[] il, int at) => type switch
    {
        OperandType.InlineNone => 0,
        OperandType.ShortInlineBrTarget or OperandType.ShortInlineI or OperandType.ShortInlineVar => 1,
        OperandType.InlineVar => 2,
        OperandType.InlineI8 or OperandType.InlineR => 8,
        OperandType.InlineSwitch => 4 + 4 * BitConverter.ToInt32(il, at),
        _ => 4,
    };
}
