using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Yingshang.IntegrationTests.Infrastructure;
using static Yingshang.IntegrationTests.Enterprises.ImportFiles;

namespace Yingshang.IntegrationTests.Policies;

/// <summary>Policies, rule versions, the rule checker and evaluation over HTTP; each test uses its own benefit codes and enterprises.</summary>
public abstract class PolicyApiTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AppFactory
{
    private const string Policies = "/api/v1/policies";

    private static object PolicyBody(string number, string code, string rule, string? amount = null, string from = "2026-01-01") => new
    {
        title = $"测试政策 {number}", issuer = "示范州人民政府办公室", number, effectiveFrom = from, effectiveTo = "2027-12-31",
        benefits = new[] { new { code, name = $"测试事项 {code}", kind = "奖补", mode = "免申即享", department = "finance", rule, amount } },
    };

    private async Task<HttpResponseMessage> CreateAsync(object body)
    {
        using var admin = await app.ClientForAsync("supervisor");
        return await admin.PostAsJsonAsync(Policies, body);
    }

    /// <summary>Three enterprises in 东城县: 25 employees, 5 employees, employees unknown.</summary>
    private async Task<(string Many, string Few, string Unknown)> ImportAsync(int n)
    {
        using var admin = await app.ClientForAsync("admin");
        var (many, few, unknown) = (Uscc(n), Uscc(n + 1), Uscc(n + 2));
        var csv = Csv(Row(many, $"东城县测试{n}有限公司", employees: "25"), Row(few, $"东城县测试{n + 1}有限公司", employees: "5"),
            Row(unknown, $"东城县测试{n + 2}有限公司", employees: ""));
        (await (await admin.PostAsync("/api/v1/enterprises/import", Upload(csv))).ShouldBeJsonAsync()).GetProperty("imported").GetInt32().ShouldBe(3);
        return (many, few, unknown);
    }

    private async Task<JsonElement> EvaluateAsync(string uscc, string benefit, string asOf, HttpStatusCode status = HttpStatusCode.OK)
    {
        using var staff = await app.ClientForAsync("operator");
        var response = await staff.GetAsync($"{Policies}/evaluate?uscc={uscc}&benefit={benefit}&asOf={asOf}");
        return status == HttpStatusCode.OK ? await response.ShouldBeJsonAsync() : await response.ShouldBeProblemAsync(status);
    }

    [Fact]
    public async Task Every_invalid_field_of_the_policy_itself_is_named_at_once()
    {
        var problem = await (await CreateAsync(new
        {
            title = " ", issuer = "", number = new string('号', 61), effectiveFrom = (string?)null, effectiveTo = "2100-01-01", benefits = Array.Empty<object>(),
        })).ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity);
        problem.GetProperty("errors").EnumerateObject().Select(p => p.Name)
            .ShouldBe(["title", "issuer", "number", "effectiveFrom", "effectiveTo", "benefits"], ignoreOrder: true);
        (await app.InDatabaseAsync(db => db.Policies.CountAsync(p => p.Number == new string('号', 61)))).ShouldBe(0);
    }

    [Fact]
    public async Task Every_invalid_field_of_the_policy_and_of_each_benefit_is_named_at_once()
    {
        var problem = await (await CreateAsync(new
        {
            title = "测试政策 全部错误", issuer = "", number = "测全错〔2026〕1号", effectiveFrom = (string?)null,
            benefits = new object?[]
            {
                new { code = "T ALL 1", name = "", kind = "补贴", mode = "免申即享", department = (string?)null, rule = "employees >= 1" },
                null,
                new { code = "T-ALL-3", name = "未知部门事项", kind = "奖补", mode = "免申即享", department = "no-such-dept", rule = "employees >= 1" },
                new { code = "T-ALL-4", name = "规则有误", kind = "奖补", mode = "依申请", department = (string?)null, rule = "employees >>= 1" },
            },
        })).ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity);
        problem.GetProperty("errors").EnumerateObject().Select(p => p.Name).ShouldBe(
            ["issuer", "effectiveFrom", "benefits[0].code", "benefits[0].name", "benefits[0].kind", "benefits[0].department", "benefits[1]", "benefits[2].department"],
            ignoreOrder: true);
        (await app.InDatabaseAsync(db => db.Policies.CountAsync(p => p.Number == "测全错〔2026〕1号"))).ShouldBe(0);
    }

    [Fact]
    public async Task A_refused_rule_comes_with_its_positions_once_the_other_fields_are_valid()
    {
        var body = new
        {
            title = "测试政策 规则错误", issuer = "示范州人民政府办公室", number = "测规错〔2026〕1号", effectiveFrom = "2026-01-01",
            benefits = new[]
            {
                new { code = "T-RULE-1", name = "规则有误", kind = "奖补", mode = "依申请", rule = "employees >>= 1" },
                new { code = "T-RULE-2", name = "规则正确", kind = "奖补", mode = "依申请", rule = "employees >= 1" },
            },
        };
        var problem = await (await CreateAsync(body)).ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity);
        problem.GetProperty("field").GetString().ShouldBe("benefits[0].rule");
        problem.GetProperty("errors")[0].GetProperty("position").GetInt32().ShouldBeGreaterThanOrEqualTo(0);
    }

    [Fact]
    public async Task A_benefit_paid_without_application_must_name_a_paying_department_the_organisation_knows()
    {
        object Body(string number, string mode, string? department) => new
        {
            title = $"测试政策 {number}", issuer = "示范州人民政府办公室", number, effectiveFrom = "2026-01-01",
            benefits = new[]
            {
                new { code = $"T-DEPT-{number.Length}-A", name = "依申请事项", kind = "奖补", mode = "依申请", department = (string?)null, rule = "employees >= 1" },
                new { code = $"T-DEPT-{number.Length}-B", name = "待定事项", kind = "奖补", mode, department, rule = "employees >= 1" },
            },
        };
        foreach (var mode in new[] { "免申即享", "快申快享" })
        {
            var missing = await (await CreateAsync(Body("测部门〔2026〕1号", mode, null))).ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity);
            missing.GetProperty("errors").GetProperty("benefits[1].department")[0].GetString()!.ShouldContain("须指定兑现部门");
        }
        var unknown = await (await CreateAsync(Body("测部门〔2026〕1号", "免申即享", "no-such-dept"))).ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity);
        unknown.GetProperty("errors").GetProperty("benefits[1].department")[0].GetString().ShouldBe("部门编码“no-such-dept”不存在，请从部门列表中选择兑现部门");
        (await app.InDatabaseAsync(db => db.Policies.CountAsync(p => p.Number == "测部门〔2026〕1号"))).ShouldBe(0);

        var created = await (await CreateAsync(Body("测部门〔2026〕1号", "免申即享", " Finance "))).ShouldBeJsonAsync(HttpStatusCode.Created);
        created.GetProperty("benefits").EnumerateArray().Single(b => b.GetProperty("mode").GetString() == "Automatic")
            .GetProperty("department").GetString().ShouldBe("finance");

        using var admin = await app.ClientForAsync("supervisor");
        var id = created.GetProperty("id").GetInt32();
        var edit = await (await admin.PutAsJsonAsync($"{Policies}/{id}", new
        {
            title = "测试政策", issuer = "示范州人民政府办公室", number = "测部门〔2026〕1号", effectiveFrom = "2026-01-01",
            benefits = created.GetProperty("benefits").EnumerateArray().Select(b => new
            {
                id = b.GetProperty("id").GetInt32(), code = b.GetProperty("code").GetString(), name = b.GetProperty("name").GetString(), kind = "奖补",
                mode = b.GetProperty("mode").GetString() == "Automatic" ? "免申即享" : "依申请", department = "gone", rule = "employees >= 1",
            }),
        })).ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity);
        edit.GetProperty("errors").TryGetProperty("benefits[0].department", out _).ShouldBeTrue(edit.ToString());

        // A 依申请 benefit's department typed as free text before the list existed does not block other edits.
        var onApplication = created.GetProperty("benefits").EnumerateArray().Single(b => b.GetProperty("mode").GetString() == "OnApplication");
        var legacyId = onApplication.GetProperty("id").GetInt32();
        await app.InDatabaseAsync(db => db.Benefits.Where(b => b.Id == legacyId).ExecuteUpdateAsync(s => s.SetProperty(b => b.Department, "州发改委（旧）NDRC")));
        object Edit(string title, string legacyDepartment) => new
        {
            title, issuer = "示范州人民政府办公室", number = "测部门〔2026〕1号", effectiveFrom = "2026-01-01",
            benefits = created.GetProperty("benefits").EnumerateArray().Select(b => new
            {
                id = b.GetProperty("id").GetInt32(), code = b.GetProperty("code").GetString(), name = b.GetProperty("name").GetString(), kind = "奖补",
                mode = b.GetProperty("mode").GetString() == "Automatic" ? "免申即享" : "依申请",
                department = b.GetProperty("id").GetInt32() == legacyId ? legacyDepartment : "finance", rule = "employees >= 1",
            }),
        };
        (await (await admin.PutAsJsonAsync($"{Policies}/{id}", Edit("测试政策（修订）", "州发改委（旧）NDRC"))).ShouldBeJsonAsync()).GetProperty("title").GetString().ShouldBe("测试政策（修订）");
        var changed = await (await admin.PutAsJsonAsync($"{Policies}/{id}", Edit("测试政策", "州发改委（新）"))).ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity);
        changed.GetProperty("errors").TryGetProperty("benefits[0].department", out _).ShouldBeTrue(changed.ToString());
        (await app.InDatabaseAsync(db => db.Benefits.Where(b => b.Id == legacyId).Select(b => b.Department).SingleAsync())).ShouldBe("州发改委（旧）NDRC");
    }

    [Fact]
    public async Task A_null_benefit_is_a_422_naming_it_on_create_and_on_edit()
    {
        foreach (var (from, to, field) in new[] { ("0001-01-01", "2027-12-31", "effectiveFrom"), ("2026-01-01", "9999-12-31", "effectiveTo") })
        {
            var dates = await (await CreateAsync(new { title = "日期", issuer = "示范州人民政府办公室", number = "测日〔2026〕1号", effectiveFrom = from, effectiveTo = to,
                benefits = new[] { new { code = "T-DATE", name = "日期", kind = "奖补", mode = "依申请", rule = "employees >= 1" } } })).ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity);
            dates.GetProperty("errors").TryGetProperty(field, out _).ShouldBeTrue(dates.ToString());
        }
        var body = new { title = "空事项", issuer = "示范州人民政府办公室", number = "测空〔2026〕1号", effectiveFrom = "2026-01-01", benefits = new object?[] { null } };
        (await (await CreateAsync(body)).ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity)).GetProperty("errors").TryGetProperty("benefits[0]", out _).ShouldBeTrue();
        var created = await (await CreateAsync(PolicyBody("测空〔2026〕2号", "T-NULL", "employees >= 1"))).ShouldBeJsonAsync(HttpStatusCode.Created);
        using var admin = await app.ClientForAsync("supervisor");
        var edit = await admin.PutAsJsonAsync($"{Policies}/{created.GetProperty("id").GetInt32()}", body with { number = "测空〔2026〕2号" });
        (await edit.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity)).GetProperty("errors").TryGetProperty("benefits[0]", out _).ShouldBeTrue();
    }

    [Fact]
    public async Task A_code_or_number_taken_by_another_save_after_the_check_is_named_in_a_409()
    {
        Task Stored(Yingshang.Web.Platform.Persistence.AppDbContext db, string number, string code)
        {
            var policy = Yingshang.Web.Features.Policies.Policy.Issue("并发政策", "示范州人民政府办公室", number, new DateOnly(2026, 1, 1), null, null, true);
            policy.AddBenefit(new Yingshang.Web.Features.Policies.BenefitDraft(code, "并发事项", "奖补", "依申请", null, "employees >= 1", null), "benefits[0]");
            db.Policies.Add(policy);
            return Task.CompletedTask;
        }
        var code = await app.RaceAsync(db => Stored(db, "测并〔2026〕1号", "T-RACE-CODE"), () => CreateAsync(PolicyBody("测并〔2026〕2号", "T-RACE-CODE", "employees >= 1")));
        (await code.ShouldBeProblemAsync(HttpStatusCode.Conflict)).GetProperty("code").GetString().ShouldBe("benefit-code-taken");
        var number = await app.RaceAsync(db => Stored(db, "测并〔2026〕3号", "T-RACE-A"), () => CreateAsync(PolicyBody("测并〔2026〕3号", "T-RACE-B", "employees >= 1")));
        (await number.ShouldBeProblemAsync(HttpStatusCode.Conflict)).GetProperty("code").GetString().ShouldBe("policy-number-taken");
        (await app.InDatabaseAsync(db => db.Policies.CountAsync(p => p.Number.StartsWith("测并")))).ShouldBe(2);
    }

    [Fact]
    public async Task A_policy_with_its_benefits_is_created_and_listed()
    {
        var created = await (await CreateAsync(PolicyBody("测发〔2026〕1号", "T-CREATE", "employees >= 10", "min(revenue * 0.01, 5000)")))
            .ShouldBeJsonAsync(HttpStatusCode.Created);
        var benefit = created.GetProperty("benefits")[0];
        benefit.GetProperty("code").GetString().ShouldBe("T-CREATE");
        benefit.GetProperty("kind").GetString().ShouldBe("Subsidy");
        benefit.GetProperty("versions")[0].GetProperty("effectiveFrom").GetString().ShouldBe("2026-01-01");

        using var staff = await app.ClientForAsync("handler.market");
        var id = created.GetProperty("id").GetInt32();
        (await (await staff.GetAsync($"{Policies}/{id}")).ShouldBeJsonAsync()).GetProperty("number").GetString().ShouldBe("测发〔2026〕1号");
        var list = await (await staff.GetAsync($"{Policies}?q=测发〔2026〕1号")).ShouldBeJsonAsync();
        list.GetProperty("total").GetInt32().ShouldBe(1);
        (await staff.GetAsync($"{Policies}/999999")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_bad_rule_is_refused_with_the_field_and_the_position()
    {
        var problem = await (await CreateAsync(PolicyBody("测发〔2026〕2号", "T-BAD", "employees >= 10 and size > 3")))
            .ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity);
        problem.GetProperty("field").GetString().ShouldBe("benefits[0].rule");
        var error = problem.GetProperty("errors")[0];
        error.GetProperty("position").GetInt32().ShouldBe(25);
        error.GetProperty("message").GetString().ShouldNotBeNullOrWhiteSpace();
        error.GetProperty("messageEn").GetString().ShouldNotBeNullOrWhiteSpace();

        var amount = await (await CreateAsync(PolicyBody("测发〔2026〕3号", "T-BAD-AMOUNT", "employees >= 10", "min(revenue *")))
            .ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity);
        amount.GetProperty("field").GetString().ShouldBe("benefits[0].amount");
    }

    [Fact]
    public async Task Rules_check_answers_valid_and_errors_with_positions()
    {
        using var staff = await app.ClientForAsync("operator");
        var bad = await (await staff.PostAsJsonAsync($"{Policies}/rules/check", new { rule = "employees >= 10 and employees = \"abc\"" })).ShouldBeJsonAsync();
        bad.GetProperty("valid").GetBoolean().ShouldBeFalse();
        bad.GetProperty("errors")[0].GetProperty("position").GetInt32().ShouldBeGreaterThan(19);
        bad.GetProperty("errors")[0].GetProperty("message").GetString().ShouldNotBeNullOrWhiteSpace();

        var good = await (await staff.PostAsJsonAsync($"{Policies}/rules/check", new { rule = "类型=\"企业\"且成立年限>=3" })).ShouldBeJsonAsync();
        good.GetProperty("valid").GetBoolean().ShouldBeTrue();
        good.GetProperty("errors").GetArrayLength().ShouldBe(0);

        var amount = await (await staff.PostAsJsonAsync($"{Policies}/rules/check", new { amount = "min(tax_paid * 0.1, " })).ShouldBeJsonAsync();
        amount.GetProperty("valid").GetBoolean().ShouldBeFalse();
        (await staff.PostAsJsonAsync($"{Policies}/rules/check", new { })).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Evaluation_is_eligible_ineligible_or_undetermined_with_an_explanation()
    {
        var (many, few, unknown) = await ImportAsync(910);
        (await CreateAsync(PolicyBody("测发〔2026〕4号", "T-EVAL", "employees >= 20 and county = \"东城县\"", "employees * 100")))
            .StatusCode.ShouldBe(HttpStatusCode.Created);

        var eligible = await EvaluateAsync(many, "T-EVAL", "2026-11-27");
        eligible.GetProperty("outcome").GetString().ShouldBe("eligible");
        eligible.GetProperty("amount").GetDecimal().ShouldBe(2500m);
        var first = eligible.GetProperty("explanation")[0];
        first.GetProperty("field").GetString().ShouldBe("employees");
        first.GetProperty("value").GetInt32().ShouldBe(25);
        first.GetProperty("result").GetString().ShouldBe("true");

        var ineligible = await EvaluateAsync(few, "T-EVAL", "2026-11-27");
        ineligible.GetProperty("outcome").GetString().ShouldBe("ineligible");
        ineligible.GetProperty("explanation")[0].GetProperty("result").GetString().ShouldBe("false");

        var undetermined = await EvaluateAsync(unknown, "T-EVAL", "2026-11-27");
        undetermined.GetProperty("outcome").GetString().ShouldBe("undetermined");
        undetermined.GetProperty("amount").ValueKind.ShouldBe(JsonValueKind.Null);
        undetermined.GetProperty("explanation")[0].GetProperty("result").GetString().ShouldBe("unknown");
    }

    [Fact]
    public async Task Evaluation_refuses_bad_input()
    {
        await EvaluateAsync("91532922MB0000009X", "WGY-01", "2026-11-27", HttpStatusCode.UnprocessableEntity);
        await EvaluateAsync(Uscc(990), "WGY-01", "2026-11-27", HttpStatusCode.NotFound);
        await EvaluateAsync(Uscc(990), "WGY-01", "27.11.2026", HttpStatusCode.BadRequest);
        var (many, _, _) = await ImportAsync(930);
        await EvaluateAsync(many, "NO-SUCH-BENEFIT", "2026-11-27", HttpStatusCode.UnprocessableEntity);
        await EvaluateAsync(many, "WGY-01", "2020-01-01", HttpStatusCode.UnprocessableEntity);
    }

    [Fact]
    public async Task The_rule_version_in_force_at_asOf_is_used()
    {
        var (many, _, _) = await ImportAsync(920);
        (await CreateAsync(PolicyBody("测发〔2026〕5号", "T-VERSION", "employees >= 100"))).StatusCode.ShouldBe(HttpStatusCode.Created);
        using var supervisor = await app.ClientForAsync("supervisor");
        var version = await (await supervisor.PostAsJsonAsync($"{Policies}/benefits/T-VERSION/versions", new { rule = "employees >= 10", effectiveFrom = "2026-06-01" }))
            .ShouldBeJsonAsync(HttpStatusCode.Created);
        version.GetProperty("effectiveTo").ValueKind.ShouldBe(JsonValueKind.Null);

        (await EvaluateAsync(many, "T-VERSION", "2026-05-31")).GetProperty("outcome").GetString().ShouldBe("ineligible");
        (await EvaluateAsync(many, "T-VERSION", "2026-06-01")).GetProperty("outcome").GetString().ShouldBe("eligible");

        var early = await (await supervisor.PostAsJsonAsync($"{Policies}/benefits/T-VERSION/versions", new { rule = "employees >= 1", effectiveFrom = "2026-03-01" }))
            .ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity);
        early.GetProperty("errors").TryGetProperty("effectiveFrom", out _).ShouldBeTrue();
        (await supervisor.PostAsJsonAsync($"{Policies}/benefits/T-VERSION/versions", new { rule = "employees >>", effectiveFrom = "2026-09-01" }))
            .StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        (await supervisor.PostAsJsonAsync($"{Policies}/benefits/NO-SUCH/versions", new { rule = "employees >= 1", effectiveFrom = "2026-09-01" }))
            .StatusCode.ShouldBe(HttpStatusCode.NotFound);

        // An officer who read the first version and publishes after the second was published is told, not followed silently.
        var first = await app.InDatabaseAsync(db => db.BenefitRuleVersions.Where(v => db.Benefits.Any(b => b.Id == v.BenefitId && b.Code == "T-VERSION"))
            .MinAsync(v => v.Id));
        var stale = await (await supervisor.PostAsJsonAsync($"{Policies}/benefits/T-VERSION/versions",
            new { rule = "employees >= 20", effectiveFrom = "2026-09-01", basedOn = first })).ShouldBeProblemAsync(HttpStatusCode.Conflict);
        stale.GetProperty("code").GetString().ShouldBe("rule-version-outdated");
        stale.GetProperty("detail").GetString()!.ShouldContain("2026-06-01");
        (await supervisor.PostAsJsonAsync($"{Policies}/benefits/T-VERSION/versions",
            new { rule = "employees >= 20", effectiveFrom = "2026-09-01", basedOn = version.GetProperty("id").GetInt32() })).StatusCode.ShouldBe(HttpStatusCode.Created);
    }

    [Theory]
    [InlineData("operator")]
    [InlineData("handler.market")]
    [InlineData("leader")]
    public async Task Only_the_office_and_the_administrator_write_policies(string user)
    {
        using var client = await app.ClientForAsync(user);
        (await client.PostAsJsonAsync(Policies, PolicyBody($"测发〔2026〕{user}号", $"T-{user}", "employees >= 1"))).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await client.PostAsJsonAsync($"{Policies}/benefits/WGY-01/versions", new { rule = "employees >= 1", effectiveFrom = "2027-01-01" }))
            .StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await app.CreateClient().GetAsync(Policies)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Demo_policies_are_seeded_with_their_issuer_and_number()
    {
        using var staff = await app.ClientForAsync("operator");
        var list = await (await staff.GetAsync($"{Policies}?q=稳工业26条")).ShouldBeJsonAsync();
        var item = list.GetProperty("items")[0];
        item.GetProperty("issuer").GetString().ShouldBe("示范州人民政府办公室");
        item.GetProperty("number").GetString()!.ShouldStartWith("示政办发〔2026〕");
    }
}

public sealed class PolicyApiTests_Sqlite(SqliteAppFactory app) : PolicyApiTests<SqliteAppFactory>(app);

public sealed class PolicyApiTests_Postgres(PostgresAppFactory app) : PolicyApiTests<PostgresAppFactory>(app);
