using Yingshang.Web.Features.Enterprises;
using Yingshang.Web.Features.Enterprises.Contracts;
using Yingshang.Web.Features.Enterprises.Demo;
using Yingshang.Web.Platform.Errors;

namespace Yingshang.Tests.Enterprises;

public sealed class EnterpriseTests
{
    private static EnterpriseData Data => new()
    {
        Uscc = "91350100m000100y43", Name = "示范州测试电子科技有限公司", IndustryCode = "c3911", Employees = 25, Revenue = 5_000_000m,
    };

    [Fact]
    public void Registering_normalises_and_derives_kind_section_and_size()
    {
        var e = Enterprise.Register(Data);
        e.Uscc.ShouldBe("91350100M000100Y43");
        e.Kind.ShouldBe(EnterpriseKind.Enterprise);
        e.IndustryCode.ShouldBe("C3911");
        e.IndustrySection.ShouldBe("C");
        e.Size.ShouldBe(SizeClass.Small);
    }

    [Fact]
    public void Updating_to_unknown_figures_makes_the_size_unknown()
    {
        var e = Enterprise.Register(Data);
        e.Update(Data with { Employees = null, Revenue = null });
        e.Size.ShouldBeNull();
        e.AssessSize().Explanation.ShouldContain("缺少从业人员、营业收入");
    }

    [Fact]
    public void The_code_of_a_registered_enterprise_cannot_change() =>
        Should.Throw<BusinessRuleException>(() => Enterprise.Register(Data).Update(Data with { Uscc = "92532901MAPYTDBX7C" }))
            .Code.ShouldBe("uscc-immutable");

    [Fact]
    public void Invalid_data_is_refused_naming_the_field() =>
        Should.Throw<FieldValidationException>(() => Enterprise.Register(Data with { Employees = -1 })).Field.ShouldBe("employees");

    [Fact]
    public void Demo_register_is_valid_unique_and_deterministic()
    {
        var counties = Enumerable.Range(1, 8).Select(i => (i, $"县{i}")).ToList();
        var first = new DemoEnterpriseFactory(counties).Create(2000).ToList();
        var again = new DemoEnterpriseFactory(counties).Create(2000).ToList();
        first.Select(d => d.Uscc).ShouldBe(again.Select(d => d.Uscc));
        first.Select(d => d.Uscc).Distinct().Count().ShouldBe(2000);
        first.Select(d => d.Name).Distinct().Count().ShouldBe(2000);
        foreach (var data in first) EnterpriseRules.Validate(data, out _).ShouldBeEmpty(data.Name);

        var enterprises = first.Select(Enterprise.Register).ToList();
        int Count(SizeClass? size) => enterprises.Count(e => e.Size == size);
        (Count(SizeClass.Micro) + Count(SizeClass.Small)).ShouldBeGreaterThan(5 * (Count(SizeClass.Medium) + Count(SizeClass.Large)));
        Count(SizeClass.Medium).ShouldBeGreaterThan(0);
        Count(null).ShouldBeLessThan(Count(SizeClass.Micro));
        enterprises.Count(e => e.Tags.Contains(EnterpriseTags.HighTech)).ShouldBeInRange(40, 160);
        enterprises.Count(e => e.Dishonest == true).ShouldBeInRange(1, 40);
        enterprises.Select(e => e.CountyId).Distinct().Count().ShouldBe(9); // eight counties and unknown
    }
}
