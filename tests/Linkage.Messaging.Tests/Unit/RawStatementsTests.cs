namespace Linkage.Messaging.Tests.Unit;

/// <summary>A statement's parameters are the values given, one each (decision 0852): an array given alone is one
/// parameter whatever its element type, and an array of a reference type passed where the list of values goes, which C#
/// would spread into several, is refused.</summary>
public sealed class RawStatementsTests
{
    [Fact]
    public void A_lone_array_of_strings_is_one_parameter_as_a_lone_array_of_guids_is()
    {
        string[] departments = ["dept-a", "dept-b", "dept-c"];
        Guid[] ids = [Guid.NewGuid(), Guid.NewGuid()];

        var texts = RawStatements.Statement("SELECT unnest($1::text[])", departments);
        var keys = RawStatements.Statement("SELECT unnest($1)", ids);

        Assert.Same(departments, Assert.Single(texts.Parameters).Value);
        Assert.Same(ids, Assert.Single(keys.Parameters).Value);
    }

    [Fact]
    public void Values_given_one_by_one_are_a_parameter_each_a_null_as_DBNull()
    {
        string[] departments = ["dept-a"];

        var statement = RawStatements.Statement("SELECT $1, $2, $3", departments, null, 7);

        Assert.Equal<object?>(new object?[] { departments, DBNull.Value, 7 }, statement.Parameters.Select(p => p.Value));
    }

    [Fact]
    public void An_array_of_strings_typed_as_the_list_of_values_is_refused()
    {
        object?[] spread = new[] { "dept-a", "dept-b" }; // an array's covariance: a string[] seen as object?[]

        var refused = Assert.Throws<ArgumentException>(() => RawStatements.Statement("SELECT $1", spread));
        Assert.Equal("values", refused.ParamName);
    }

    [Fact]
    public void A_list_of_values_built_as_one_spreads_into_its_parameters()
    {
        object?[] values = [new[] { "dept-a" }, new[] { Guid.NewGuid() }];

        Assert.Equal(2, RawStatements.Statement("SELECT $1, $2", values).Parameters.Count);
    }
}
