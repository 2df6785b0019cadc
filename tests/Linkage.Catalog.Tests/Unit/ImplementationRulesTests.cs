using Linkage.Catalog.Domain;
using Linkage.Catalog.Persistence.Seed;
using static Linkage.Catalog.Tests.Unit.Drafts;

namespace Linkage.Catalog.Tests.Unit;

public sealed class ImplementationRulesTests
{
    [Fact]
    public void Every_demo_entry_satisfies_the_rules()
    {
        var entries = DemoImplementations.All().Select(Implementation.Create).ToList();
        Assert.Equal(37, entries.Count);   // 6 core, 8 + 2 social at county and above, 4 at each of 3 towns, 9 permits
    }

    [Fact]
    public void A_committed_limit_longer_than_the_legal_limit_is_rejected()
    {
        var fields = BrokenFields(FoodPermit with { LegalLimit = Working(20), CommittedLimit = Working(21) });
        Assert.Contains("committedLimit", fields);
    }

    [Fact]
    public void A_committed_limit_equal_to_the_legal_limit_is_accepted()
    {
        var entry = Implementation.Create(FoodPermit with { LegalLimit = Working(10), CommittedLimit = Working(10) });
        Assert.Equal(10, entry.CommittedLimit.Amount);
    }

    [Fact]
    public void Calendar_days_commit_against_working_days_but_not_the_other_way_round()
    {
        Implementation.Create(FoodPermit with { LegalLimit = Working(20), CommittedLimit = Calendar(14) });
        Assert.Contains("committedLimit", BrokenFields(FoodPermit with { LegalLimit = Calendar(30), CommittedLimit = Working(10) }));
    }

    [Fact]
    public void A_department_may_not_take_longer_than_the_committed_limit()
    {
        var draft = FoodPermit with { Departments = [new("dep-350926-scjg", 11, true)] };
        Assert.Equal(["departments[0].limitWorkingDays"], BrokenFields(draft));
    }

    [Fact]
    public void A_committed_case_needs_a_review_department_and_an_instant_case_does_not()
    {
        Assert.Contains("departments", BrokenFields(FoodPermit with { Departments = [] }));
        var instant = Implementation.Create(FoodPermit with { CaseKind = CaseKind.Instant, CommittedLimit = Working(0), Departments = [] });
        Assert.Equal(CaseKind.Instant, instant.CaseKind);
    }

    [Fact]
    public void A_committed_case_promises_at_least_one_day()
    {
        Assert.Contains("committedLimit.amount", BrokenFields(FoodPermit with { CommittedLimit = Working(0) }));
    }

    [Fact]
    public void Material_codes_are_unique()
    {
        var twice = FoodPermit.Materials.Append(FoodPermit.Materials[0]).ToList();
        Assert.Equal(["materials"], BrokenFields(FoodPermit with { Materials = twice }));
    }

    [Theory]
    [InlineData("350926-000121010000-01-this-is-far-too-long", "code")]
    [InlineData("", "code")]
    [InlineData("350926 0001", "code")]
    public void Implementation_codes_are_1_to_36_characters_without_spaces(string code, string field)
    {
        Assert.Equal([field], BrokenFields(FoodPermit with { Code = code }));
    }

    [Fact]
    public void A_basic_code_longer_than_12_characters_is_rejected()
    {
        Assert.Equal(["matterCode"], BrokenFields(FoodPermit with { MatterCode = "0001210100001" }));
    }

    [Theory]
    [InlineData("11350000MB00001478001")] // wrong check character
    [InlineData("11350000MB00001479")]    // no sequence
    [InlineData("11350000MB0000147900A")] // sequence not digits
    public void A_licence_type_code_is_a_valid_credit_code_and_three_digits(string typeCode)
    {
        var draft = FoodPermit with { Licence = Licence.Of(typeCode, "食品经营许可证", "11350926MB00001255", 5) };
        Assert.Equal(["licence.typeCode"], BrokenFields(draft));
    }

    [Fact]
    public void A_licence_issuer_needs_a_valid_credit_code()
    {
        var draft = FoodPermit with { Licence = Licence.Of("11350000MB00001479001", "食品经营许可证", "11350926MB00001256", 5) };
        Assert.Equal(["licence.issuerCreditCode"], BrokenFields(draft));
    }

    [Fact]
    public void All_broken_rules_are_reported_at_once()
    {
        var fields = BrokenFields(FoodPermit with { Version = 0, Trips = -1, CommittedLimit = Working(30) });
        Assert.Equal(["version", "committedLimit", "trips"], fields);
    }
}
