using static Yingshang.Eligibility.Tests.Engines;

namespace Yingshang.Eligibility.Tests;

public sealed class CalculatorTests
{
    private static IEnumerable<string> Short(string rule, Data.EnterpriseFacts enterprise) =>
        RuleSet.Compile([new BenefitRule("b", rule)]).OneConditionShort(enterprise, "b", AsOf).Select(c => c.Condition);

    [Fact]
    public void The_one_failing_condition_of_a_conjunction_is_named() =>
        Short("kind = \"企业\" and employees >= 200 and not dishonest", Full).ShouldBe(["employees >= 200"]);

    [Fact]
    public void A_missing_value_counts_as_one_condition_short() =>
        Short("kind = \"企业\" and revenue > 1", Full with { Revenue = null }).ShouldBe(["revenue > 1"]);

    [Fact]
    public void Two_failing_conditions_are_not_one_short() =>
        Short("employees >= 200 and size = \"大型\"", Full).ShouldBeEmpty();

    [Fact]
    public void Either_alternative_of_a_disjunction_would_do() =>
        Short("kind = \"企业\" and (employees >= 200 or tags has \"小巨人\")", Full).ShouldBe(["employees >= 200", "tags has \"小巨人\""]);

    [Fact]
    public void An_eligible_enterprise_is_short_of_nothing() =>
        Short("kind = \"企业\"", Full).ShouldBeEmpty();

    [Fact]
    public void Keywords_and_field_names_ignore_case() =>
        Outcome("Employees >= 10 AND NOT Abnormal Or kind IN [\"企业\"]", Full).ShouldBe(Eligibility.Outcome.Eligible);
}
