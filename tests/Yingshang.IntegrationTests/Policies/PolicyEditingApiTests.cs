using System.Net;
using System.Text.Json;
using Yingshang.IntegrationTests.Infrastructure;

namespace Yingshang.IntegrationTests.Policies;

/// <summary>Drafts, PUT /api/v1/policies/{id} and publishing; each test uses its own numbers and benefit codes.</summary>
public abstract class PolicyEditingApiTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AppFactory
{
    private const string Policies = "/api/v1/policies";

    private static object Benefit(string code, string rule, int? id = null, string? amount = null, string? ruleEffectiveFrom = null) =>
        new { id, code, name = $"事项 {code}", kind = "奖补", mode = "免申即享", department = "finance", rule, amount, ruleEffectiveFrom };

    private static object Body(string number, bool? draft, params object[] benefits) => new
    {
        title = $"编辑测试 {number}", issuer = "示范州人民政府办公室", number, effectiveFrom = "2026-01-01", effectiveTo = "2027-12-31",
        theme = "工业经济", draft, benefits,
    };

    private async Task<JsonElement> CreateAsync(string number, bool draft, params object[] benefits)
    {
        using var office = await app.ClientForAsync("supervisor");
        return await (await office.PostAsJsonAsync(Policies, Body(number, draft, benefits))).ShouldBeJsonAsync(HttpStatusCode.Created);
    }

    private async Task<HttpResponseMessage> PutAsync(int id, object body)
    {
        using var office = await app.ClientForAsync("supervisor");
        return await office.PutAsJsonAsync($"{Policies}/{id}", body);
    }

    private async Task<HttpStatusCode> EvaluationStatusAsync(string code)
    {
        var uscc = await app.InDatabaseAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.FirstAsync(db.Enterprises.Select(e => e.Uscc)));
        using var staff = await app.ClientForAsync("operator");
        return (await staff.GetAsync($"{Policies}/evaluate?uscc={uscc}&benefit={code}&asOf=2026-06-01")).StatusCode;
    }

    [Fact]
    public async Task A_draft_is_not_evaluated_until_it_is_published_and_is_published_once()
    {
        var created = await CreateAsync("编测〔2026〕1号", draft: true, Benefit("ED-DRAFT", "employees >= 1"));
        created.GetProperty("status").GetString().ShouldBe("Draft");
        (await EvaluationStatusAsync("ED-DRAFT")).ShouldBe(HttpStatusCode.UnprocessableEntity);

        using var office = await app.ClientForAsync("supervisor");
        var id = created.GetProperty("id").GetInt32();
        (await (await office.PostAsync($"{Policies}/{id}/publish", null)).ShouldBeJsonAsync()).GetProperty("status").GetString().ShouldBe("Published");
        (await EvaluationStatusAsync("ED-DRAFT")).ShouldBe(HttpStatusCode.OK);
        (await (await office.PostAsync($"{Policies}/{id}/publish", null)).ShouldBeProblemAsync(HttpStatusCode.Conflict))
            .GetProperty("code").GetString().ShouldBe("policy-published");
        (await office.PostAsync($"{Policies}/999999/publish", null)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task An_edit_made_on_an_older_revision_is_refused_and_does_not_undo_the_newer_one()
    {
        var created = await CreateAsync("编测〔2026〕R号", draft: true, Benefit("ED-REV", "employees >= 1"));
        var id = created.GetProperty("id").GetInt32();
        var revision = created.GetProperty("revision").GetInt32();
        var benefitId = created.GetProperty("benefits")[0].GetProperty("id").GetInt32();
        object Edit(string rule, int? seen) => new
        {
            title = "编辑测试 编测〔2026〕R号", issuer = "示范州人民政府办公室", number = "编测〔2026〕R号", effectiveFrom = "2026-01-01",
            effectiveTo = "2027-12-31", theme = "工业经济", revision = seen, benefits = new[] { Benefit("ED-REV", rule, benefitId) },
        };

        // Two officers opened the same revision; only the benefit's rule changes, the policy's own fields do not.
        var first = await (await PutAsync(id, Edit("employees >= 5", revision))).ShouldBeJsonAsync();
        first.GetProperty("revision").GetInt32().ShouldBe(revision + 1);
        var second = await (await PutAsync(id, Edit("employees >= 9", revision))).ShouldBeProblemAsync(HttpStatusCode.Conflict);
        second.GetProperty("code").GetString().ShouldBe("concurrency");
        second.GetProperty("detail").GetString()!.ShouldContain("刷新");

        using var office = await app.ClientForAsync("supervisor");
        var stored = await (await office.GetAsync($"{Policies}/{id}")).ShouldBeJsonAsync();
        stored.GetProperty("benefits")[0].GetProperty("versions")[0].GetProperty("rule").GetString().ShouldBe("employees >= 5");
        stored.GetProperty("revision").GetInt32().ShouldBe(revision + 1);

        // On the current revision the second officer's edit goes through; without a revision an edit applies to what is stored.
        (await (await PutAsync(id, Edit("employees >= 9", revision + 1))).ShouldBeJsonAsync()).GetProperty("revision").GetInt32().ShouldBe(revision + 2);
        (await (await PutAsync(id, Edit("employees >= 3", null))).ShouldBeJsonAsync()).GetProperty("revision").GetInt32().ShouldBe(revision + 3);
    }

    [Fact]
    public async Task A_draft_is_rewritten_with_benefits_changed_added_and_removed()
    {
        var created = await CreateAsync("编测〔2026〕2号", draft: true, Benefit("ED-A", "employees >= 1"), Benefit("ED-B", "employees >= 2"));
        var id = created.GetProperty("id").GetInt32();
        var a = created.GetProperty("benefits")[0].GetProperty("id").GetInt32();
        var body = Body("编测〔2026〕2号改", null, Benefit("ED-A2", "employees >= 5", id: a, amount: "1000"), Benefit("ED-C", "size = \"小型\""));
        var edited = await (await PutAsync(id, body)).ShouldBeJsonAsync();
        edited.GetProperty("number").GetString().ShouldBe("编测〔2026〕2号改");
        var benefits = edited.GetProperty("benefits").EnumerateArray().ToList();
        benefits.Select(b => b.GetProperty("code").GetString()).ShouldBe(["ED-A2", "ED-C"]);
        var version = benefits[0].GetProperty("versions").EnumerateArray().ShouldHaveSingleItem();
        version.GetProperty("rule").GetString().ShouldBe("employees >= 5");
        version.GetProperty("amount").GetString().ShouldBe("1000");
    }

    [Fact]
    public async Task A_changed_rule_of_a_published_policy_becomes_a_new_version_from_the_given_date()
    {
        var created = await CreateAsync("编测〔2026〕3号", draft: false, Benefit("ED-PUB", "employees >= 1"));
        var id = created.GetProperty("id").GetInt32();
        var bid = created.GetProperty("benefits")[0].GetProperty("id").GetInt32();

        var missingDate = await (await PutAsync(id, Body("编测〔2026〕3号", null, Benefit("ED-PUB", "employees >= 3", id: bid))))
            .ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity);
        missingDate.GetProperty("errors").TryGetProperty("benefits[0].ruleEffectiveFrom", out _).ShouldBeTrue();

        var edited = await (await PutAsync(id, Body("编测〔2026〕3号", null, Benefit("ED-PUB", "employees >= 3", id: bid, ruleEffectiveFrom: "2026-09-01"))))
            .ShouldBeJsonAsync();
        var versions = edited.GetProperty("benefits")[0].GetProperty("versions");
        versions.GetArrayLength().ShouldBe(2);
        versions[0].GetProperty("effectiveFrom").GetString().ShouldBe("2026-09-01");
        versions[1].GetProperty("effectiveTo").GetString().ShouldBe("2026-08-31");
    }

    [Fact]
    public async Task A_published_policy_keeps_its_benefits_codes_and_start_date()
    {
        var created = await CreateAsync("编测〔2026〕4号", draft: false, Benefit("ED-KEEP", "employees >= 1"), Benefit("ED-KEEP2", "employees >= 2"));
        var id = created.GetProperty("id").GetInt32();
        var bid = created.GetProperty("benefits")[0].GetProperty("id").GetInt32();
        (await (await PutAsync(id, Body("编测〔2026〕4号", null, Benefit("ED-KEEP", "employees >= 1", id: bid))))
            .ShouldBeProblemAsync(HttpStatusCode.Conflict)).GetProperty("code").GetString().ShouldBe("policy-published-benefit-kept");
        var bid2 = created.GetProperty("benefits")[1].GetProperty("id").GetInt32();
        var renamed = await (await PutAsync(id, Body("编测〔2026〕4号", null, Benefit("ED-NEW", "employees >= 1", id: bid), Benefit("ED-KEEP2", "employees >= 2", id: bid2))))
            .ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity);
        renamed.GetProperty("errors").TryGetProperty("benefits[0].code", out _).ShouldBeTrue();
    }

    [Fact]
    public async Task A_bad_rule_in_an_edit_is_refused_with_the_field_and_the_position()
    {
        var created = await CreateAsync("编测〔2026〕5号", draft: true, Benefit("ED-BAD", "employees >= 1"));
        var id = created.GetProperty("id").GetInt32();
        var bid = created.GetProperty("benefits")[0].GetProperty("id").GetInt32();
        var problem = await (await PutAsync(id, Body("编测〔2026〕5号", null, Benefit("ED-BAD", "employees >= 1 and size > 3", id: bid))))
            .ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity);
        problem.GetProperty("field").GetString().ShouldBe("benefits[0].rule");
        problem.GetProperty("errors")[0].GetProperty("position").GetInt32().ShouldBe(24);
        (await PutAsync(999999, Body("x", null, Benefit("ED-X", "employees >= 1")))).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Only_the_office_and_the_administrator_edit_and_publish()
    {
        var created = await CreateAsync("编测〔2026〕6号", draft: true, Benefit("ED-ROLE", "employees >= 1"));
        var id = created.GetProperty("id").GetInt32();
        using var handler = await app.ClientForAsync("handler.market");
        (await handler.PutAsJsonAsync($"{Policies}/{id}", Body("编测〔2026〕6号", null, Benefit("ED-ROLE", "employees >= 1")))).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await handler.PostAsync($"{Policies}/{id}/publish", null)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }
}

public sealed class PolicyEditingApiTests_Sqlite(SqliteAppFactory app) : PolicyEditingApiTests<SqliteAppFactory>(app);

public sealed class PolicyEditingApiTests_Postgres(PostgresAppFactory app) : PolicyEditingApiTests<PostgresAppFactory>(app);
