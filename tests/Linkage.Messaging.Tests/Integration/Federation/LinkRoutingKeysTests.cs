namespace Linkage.Messaging.Tests.Federation;

/// <summary>Decision 0670: a link takes the keys of the subtrees behind its neighbour, exclusions included.</summary>
public sealed class LinkRoutingKeysTests
{
    private static readonly string[] Divisions =
        ["350900000000", "350902001000", "350926000000", "350926001002", "350926100000", "350926100201", "350926199999", "350000000000", "330102000000"];

    [Fact]
    public void A_key_spells_the_target_digit_by_digit_before_the_type() =>
        Assert.Equal("3.5.0.9.2.6.1.0.0.2.0.1.linkage.intake.case-forwarded.v1", LinkRoutingKeys.For("350926100201", "linkage.intake.case-forwarded.v1"));

    [Fact]
    public void A_target_that_is_not_a_division_code_has_no_key() =>
        Assert.Throws<InvalidOperationException>(() => LinkRoutingKeys.For("3509", "linkage.intake.case-forwarded.v1"));

    [Theory]
    [InlineData("350900000000", "350926000000")]                  // the city less its county: 18 sibling prefixes
    [InlineData("350926000000", "350926100000")]                  // the county less its town: 27
    [InlineData("350926000000", "350926100000,350926001000")]     // two exclusions
    [InlineData("", "350926000000")]                              // everything less one county
    public void The_patterns_of_a_scope_match_exactly_the_divisions_it_covers(string serves, string except)
    {
        var scope = new DivisionScope(serves.Length == 0 ? [] : [serves], except.Split(','));
        var patterns = LinkRoutingKeys.Within(scope);
        foreach (var division in Divisions)
            Assert.Equal(scope.Covers(division), patterns.Any(p => Matches(p, LinkRoutingKeys.For(division, "linkage.t.v1"))));
    }

    [Fact]
    public void A_scope_less_a_subtree_one_level_down_needs_nine_patterns_a_digit() =>
        Assert.Equal(18, LinkRoutingKeys.Within(new DivisionScope(["350900000000"], ["350926000000"])).Count);

    [Fact]
    public void Every_division_of_one_type_reaches_its_exchange()
    {
        Assert.True(Matches(LinkRoutingKeys.OfType("linkage.t.v1"), LinkRoutingKeys.For("350926100201", "linkage.t.v1")));
        Assert.False(Matches(LinkRoutingKeys.OfType("linkage.t.v1"), LinkRoutingKeys.For("350926100201", "linkage.u.v1")));
    }

    /// <summary>A topic exchange's match: <c>*</c> one word, <c>#</c> any number of words.</summary>
    private static bool Matches(string pattern, string key) => Matches(pattern.Split('.'), key.Split('.'));

    private static bool Matches(ReadOnlySpan<string> pattern, ReadOnlySpan<string> key)
    {
        if (pattern.IsEmpty) return key.IsEmpty;
        if (pattern[0] == "#")
        {
            for (var skip = 0; skip <= key.Length; skip++)
                if (Matches(pattern[1..], key[skip..])) return true;
            return false;
        }
        return !key.IsEmpty && (pattern[0] == "*" || pattern[0] == key[0]) && Matches(pattern[1..], key[1..]);
    }
}
