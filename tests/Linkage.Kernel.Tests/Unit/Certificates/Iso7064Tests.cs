namespace Linkage.Kernel.Tests.Certificates;

public sealed class Iso7064Tests
{
    private const string Example = "11100000000013338W03211220000013544541J2430599001";

    [Theory]
    [InlineData(Example, 'F')] // GB/T 36904 licence identifier example
    [InlineData("A12425GABC1234002", 'M')] // GRid example A1-2425G-ABC1234002-M (ISO 7064 MOD 37,36)
    public void Published_examples_agree(string data, char check)
    {
        Assert.Equal(check, Iso7064.Mod37_36(data));
        Assert.True(Iso7064.IsValidMod37_36(data + check));
    }

    [Fact]
    public void Every_single_character_substitution_changes_the_check()
    {
        var check = Iso7064.Mod37_36(Example);
        for (var i = 0; i < Example.Length; i++)
            foreach (var c in Iso7064.Alphanumeric.Where(c => c != Example[i]))
            {
                var changed = string.Concat(Example.AsSpan(0, i), c.ToString(), Example.AsSpan(i + 1));
                Assert.NotEqual(check, Iso7064.Mod37_36(changed));
            }
    }

    [Theory]
    [InlineData("A12425GABC1234002N")]
    [InlineData("A12425GABC1234002m")]
    [InlineData("M")]
    [InlineData("")]
    public void Wrong_or_malformed_input_is_not_valid(string s)
    {
        Assert.False(Iso7064.IsValidMod37_36(s));
    }

    [Fact]
    public void Characters_outside_the_alphabet_are_refused()
    {
        Assert.Throws<ArgumentException>(() => Iso7064.Mod37_36("ab"));
    }
}
