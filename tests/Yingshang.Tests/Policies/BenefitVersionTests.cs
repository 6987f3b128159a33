using Yingshang.Web.Features.Policies;
using Yingshang.Web.Platform.Errors;

namespace Yingshang.Tests.Policies;

public sealed class BenefitVersionTests
{
    private static Benefit NewBenefit(string rule = "employees >= 100")
    {
        var policy = Policy.Issue("测试政策", "示范州人民政府办公室", "示政办发〔2026〕99号", new DateOnly(2026, 1, 1), null, null);
        return policy.AddBenefit(new BenefitDraft("T-1", "测试事项", "奖补", "免申即享", "finance", rule, null), "benefits[0]");
    }

    [Fact]
    public void The_first_version_starts_with_the_policy()
    {
        var benefit = NewBenefit();
        benefit.VersionAt(new DateOnly(2025, 12, 31)).ShouldBeNull();
        benefit.VersionAt(new DateOnly(2026, 1, 1))!.Rule.ShouldBe("employees >= 100");
    }

    [Fact]
    public void A_new_version_closes_the_previous_one_the_day_before()
    {
        var benefit = NewBenefit();
        benefit.Revise("employees >= 10", null, new DateOnly(2026, 6, 1));
        benefit.VersionAt(new DateOnly(2026, 5, 31))!.Rule.ShouldBe("employees >= 100");
        benefit.VersionAt(new DateOnly(2026, 5, 31))!.EffectiveTo.ShouldBe(new DateOnly(2026, 5, 31));
        benefit.VersionAt(new DateOnly(2026, 6, 1))!.Rule.ShouldBe("employees >= 10");
        benefit.VersionAt(new DateOnly(2030, 1, 1))!.EffectiveTo.ShouldBeNull();
    }

    [Fact]
    public void A_version_may_not_start_before_or_with_the_latest()
    {
        var benefit = NewBenefit();
        benefit.Revise("employees >= 10", null, new DateOnly(2026, 6, 1));
        Should.Throw<FieldValidationException>(() => benefit.Revise("employees >= 1", null, new DateOnly(2026, 6, 1))).Field.ShouldBe("effectiveFrom");
        benefit.Versions.Count.ShouldBe(2);
    }

    [Fact]
    public void A_rule_the_checker_refuses_is_not_saved_and_names_the_position()
    {
        var e = Should.Throw<RuleInvalidException>(() => NewBenefit("size > 3"));
        e.Field.ShouldBe("benefits[0].rule");
        e.Errors[0].Position.ShouldBe(5);
        Should.Throw<RuleInvalidException>(() => NewBenefit().Revise("employees >= 1", "min(1,", new DateOnly(2026, 6, 1))).Field.ShouldBe("amount");
    }

    [Theory]
    [InlineData("减免", BenefitKind.Relief)]
    [InlineData("qualification", BenefitKind.Qualification)]
    [InlineData("补贴", null)]
    public void Kinds_are_read_in_Chinese_or_English(string text, BenefitKind? expected) =>
        BenefitTitles.ParseKind(text).ShouldBe(expected);

    [Fact]
    public void The_caret_sits_under_the_offending_character_of_Chinese_text() =>
        new RuleEditorView("条件", "成立年限>=3且规模>1", []).Caret(10).ShouldBe("\u3000\u3000\u3000\u3000   \u3000\u3000\u3000^");
}
