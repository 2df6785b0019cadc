using System.Data.Common;

namespace Linkage.Messaging;

/// <summary>A statement sent last in a save's batch
/// (<see cref="ModuleDbContext.SendWithSave(IStatementWithSave)"/>) that binds its own parameters, typed as the
/// column needs them, instead of a formatted string's arguments.</summary>
public interface IStatementWithSave
{
    /// <summary>Adds this statement's parameters to <paramref name="command"/>, named for its
    /// <paramref name="place"/> among the save's statements so they clash with no other; returns its text.</summary>
    string AppendTo(DbCommand command, int place);
}
