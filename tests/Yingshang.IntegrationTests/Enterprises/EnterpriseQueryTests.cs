using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MiniExcelLibs;
using Yingshang.IntegrationTests.Infrastructure;
using Yingshang.Web.Features.Enterprises;
using Yingshang.Web.Features.Enterprises.Contracts;

namespace Yingshang.IntegrationTests.Enterprises;

/// <summary>Reads of the demo register (Seed:Enterprises=60); assertions compare with the database, not with fixed data.</summary>
public abstract class EnterpriseQueryTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AppFactory
{
    private static List<JsonElement> Items(JsonElement page) => page.GetProperty("items").EnumerateArray().ToList();

    private async Task<JsonElement> ListAsync(string query)
    {
        using var client = await app.ClientForAsync("operator");
        return await (await client.GetAsync($"/api/v1/enterprises?{query}")).ShouldBeJsonAsync();
    }

    [Fact]
    public async Task The_demo_register_is_seeded_with_valid_codes()
    {
        var codes = await app.InDatabaseAsync(db => db.Enterprises.Select(e => e.Uscc).ToListAsync());
        codes.Count.ShouldBeGreaterThanOrEqualTo(60);
        codes.ShouldAllBe(c => Uscc.IsValid(c));
    }

    [Fact]
    public async Task Pages_split_the_register_and_report_the_total()
    {
        var total = await app.InDatabaseAsync(db => db.Enterprises.CountAsync());
        var first = await ListAsync("pageSize=7");
        var second = await ListAsync("pageSize=7&page=2");
        first.GetProperty("total").GetInt32().ShouldBe(total);
        Items(first).Count.ShouldBe(7);
        Items(first).Select(Code).Intersect(Items(second).Select(Code)).ShouldBeEmpty();
        Items(await ListAsync("pageSize=7&page=1000")).ShouldBeEmpty();
    }

    [Fact]
    public async Task County_size_and_industry_filters_keep_only_matching_enterprises()
    {
        var county = await ListAsync("county=东城县&pageSize=500");
        county.GetProperty("total").GetInt32().ShouldBe(await app.InDatabaseAsync(db =>
            db.Enterprises.CountAsync(e => db.Regions.Any(r => r.Id == e.CountyId && r.Name == "东城县"))));
        Items(county).ShouldAllBe(e => e.GetProperty("county").GetString() == "东城县");

        Items(await ListAsync("size=微型&pageSize=500")).ShouldAllBe(e => e.GetProperty("size").GetString() == "Micro");
        var unknown = await ListAsync("size=未知&pageSize=500");
        unknown.GetProperty("total").GetInt32().ShouldBe(await app.InDatabaseAsync(db => db.Enterprises.CountAsync(e => e.Size == null)));
        Items(unknown).ShouldAllBe(e => e.GetProperty("size").ValueKind == JsonValueKind.Null);

        Items(await ListAsync("industry=39&pageSize=500")).ShouldAllBe(e => e.GetProperty("industryCode").GetString()!.StartsWith("C39", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Tag_and_text_search_find_an_enterprise()
    {
        var body = "MB999999";
        var uscc = $"91532922{body}{Uscc.OrganisationCheckCharacter(body)}";
        uscc += Uscc.CheckCharacter(uscc);
        await app.InDatabaseAsync(async db =>
        {
            if (await db.Enterprises.AnyAsync(e => e.Uscc == uscc)) return;
            db.Enterprises.Add(Enterprise.Register(new EnterpriseData { Uscc = uscc, Name = "查询测试独角兽有限公司", Tags = [EnterpriseTags.Unicorn] }));
            await db.SaveChangesAsync();
        });
        Items(await ListAsync("tag=独角兽企业")).Select(Code).ShouldContain(uscc);
        Items(await ListAsync("q=独角兽有限")).Select(Code).ShouldBe([uscc]);
        Items(await ListAsync($"q={uscc[..14].ToLowerInvariant()}")).Select(Code).ShouldContain(uscc);
    }

    [Fact]
    public async Task Bad_list_parameters_are_400()
    {
        using var client = await app.ClientForAsync("operator");
        await (await client.GetAsync("/api/v1/enterprises?size=巨型")).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        await (await client.GetAsync("/api/v1/enterprises?pageSize=501")).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task One_enterprise_is_read_by_its_code_in_any_case()
    {
        var uscc = await app.InDatabaseAsync(db => db.Enterprises.OrderBy(e => e.Id).Select(e => e.Uscc).FirstAsync());
        using var client = await app.ClientForAsync("handler.market");
        var e = await (await client.GetAsync($"/api/v1/enterprises/{uscc.ToLowerInvariant()}")).ShouldBeJsonAsync();
        e.GetProperty("uscc").GetString().ShouldBe(uscc);
        e.GetProperty("sizeBasis").GetString().ShouldNotBeNullOrEmpty();
    }

    [Fact]
    public async Task An_absent_code_is_404_and_a_malformed_one_422()
    {
        using var client = await app.ClientForAsync("handler.market");
        await (await client.GetAsync("/api/v1/enterprises/91350100M000100Y43")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        var problem = await (await client.GetAsync("/api/v1/enterprises/91350100M000100Y44")).ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity);
        problem.GetProperty("errors").GetProperty("uscc")[0].GetString().ShouldBe("校验码错误：第 18 位应为“3”，实际为“4”");
    }

    [Theory]
    [InlineData("admin")]
    [InlineData("operator")]
    [InlineData("handler.market")]
    [InlineData("lead.market")]
    [InlineData("supervisor")]
    [InlineData("inspector.market")]
    [InlineData("leader")]
    public async Task Every_staff_role_may_read_the_register(string user)
    {
        using var client = await app.ClientForAsync(user);
        (await client.GetAsync("/api/v1/enterprises?pageSize=1")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await client.GetAsync("/Enterprises")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Anonymous_callers_get_401()
    {
        using var anonymous = app.CreateClient();
        (await anonymous.GetAsync("/api/v1/enterprises")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task The_profile_page_shows_the_facts_and_unknown_as_未知()
    {
        var enterprise = await app.InDatabaseAsync(db => db.Enterprises.OrderBy(e => e.Id).FirstAsync(e => e.Employees == null || e.Revenue == null));
        using var client = await app.ClientForAsync("leader");
        var html = WebUtility.HtmlDecode(await (await client.GetAsync($"/Enterprises/{enterprise.Uscc}")).Content.ReadAsStringAsync());
        html.ShouldContain(enterprise.Uscc);
        html.ShouldContain("未知");
        html.ShouldContain("依据：");
        (await client.GetAsync("/Enterprises/91350100M000100Y43")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task The_list_exports_the_filtered_register_to_excel()
    {
        using var client = await app.ClientForAsync("operator");
        var response = await client.GetAsync("/Enterprises?handler=Export&county=东城县");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        using var stream = new MemoryStream(await response.Content.ReadAsByteArrayAsync());
        var rows = MiniExcel.Query(stream, useHeaderRow: true).Cast<IDictionary<string, object?>>().ToList();
        rows.Count.ShouldBe(await app.InDatabaseAsync(db => db.Enterprises.CountAsync(e => db.Regions.Any(r => r.Id == e.CountyId && r.Name == "东城县"))));
        rows.ShouldAllBe(r => (string?)r["所属县市"] == "东城县");
    }

    [Fact]
    public async Task Only_importers_see_the_import_page()
    {
        using var handler = await app.ClientForAsync("handler.market");
        (await handler.GetAsync("/Enterprises/Import")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        using var admin = await app.ClientForAsync("admin");
        (await admin.GetAsync("/Enterprises/Import")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Other_capabilities_read_the_register_through_the_directory()
    {
        await using var scope = app.Services.CreateAsyncScope();
        var directory = scope.ServiceProvider.GetRequiredService<IEnterpriseDirectory>();
        var all = new List<EnterpriseFacts>();
        await foreach (var facts in directory.StreamAsync(new EnterpriseFilter(), CancellationToken.None)) all.Add(facts);
        all.Count.ShouldBe(await directory.CountAsync(new EnterpriseFilter(), CancellationToken.None));
        all.Select(f => f.Uscc).ShouldBe(all.Select(f => f.Uscc).Order(StringComparer.Ordinal));

        var first = all[0];
        (await directory.FindAsync($" {first.Uscc.ToLowerInvariant()} ", CancellationToken.None)).ShouldNotBeNull().Name.ShouldBe(first.Name);
        var many = await directory.FindManyAsync([first.Uscc, all[^1].Uscc, "91350100M000100Y43"], CancellationToken.None);
        many.Keys.ShouldBe([first.Uscc, all[^1].Uscc], ignoreOrder: true);

        var micro = new EnterpriseFilter { Size = SizeClass.Micro, County = first.County };
        var count = 0;
        await foreach (var facts in directory.StreamAsync(micro, CancellationToken.None))
        {
            facts.Size.ShouldBe(SizeClass.Micro);
            count++;
        }
        count.ShouldBe(await directory.CountAsync(micro, CancellationToken.None));
    }

    private static string Code(JsonElement e) => e.GetProperty("uscc").GetString()!;
}

public sealed class EnterpriseQueryTests_Sqlite(SqliteAppFactory app) : EnterpriseQueryTests<SqliteAppFactory>(app);

public sealed class EnterpriseQueryTests_Postgres(PostgresAppFactory app) : EnterpriseQueryTests<PostgresAppFactory>(app);
