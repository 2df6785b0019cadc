using System.Data.Common;

namespace Linkage.Messaging;

/// <summary>A formatted statement sent with a save: its arguments go as parameters named by place
/// (<see cref="StatementShape"/>), their types inferred from the values.</summary>
internal sealed class FormattedWithSave(FormattableString statement) : IStatementWithSave
{
    public string AppendTo(DbCommand command, int place)
    {
        var shape = StatementShape.Of(statement.Format, place);
        for (var i = 0; i < shape.ParameterNames.Length; i++)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = shape.ParameterNames[i];
            parameter.Value = statement.GetArgument(i) ?? DBNull.Value;
            command.Parameters.Add(parameter);
        }
        return shape.Text;
    }
}
