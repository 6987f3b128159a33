using System.Net;
using System.Net.Http.Json;
using System.Text;
using Yingshang.IntegrationTests.Infrastructure;
using static Yingshang.IntegrationTests.Enterprises.ImportFiles;

namespace Yingshang.IntegrationTests.Enterprises;

/// <summary>Requests the import refuses before reading any row; the host allows files of at most 64 KB here.</summary>
public abstract class ImportRefusalTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AppFactory
{
    public const string MaxBytes = "65536";
    private const string Import = "/api/v1/enterprises/import";

    [Fact]
    public async Task A_file_over_the_limit_is_413_not_500()
    {
        using var admin = await app.ClientForAsync("admin");
        var big = Csv(Enumerable.Range(0, 1500).Select(n => Row(Uscc(n), $"超大文件企业{n}")).ToArray());
        Encoding.UTF8.GetByteCount(big).ShouldBeGreaterThan(65536);
        var problem = await (await admin.PostAsync(Import, Upload(big))).ShouldBeProblemAsync(HttpStatusCode.RequestEntityTooLarge);
        problem.GetProperty("detail").GetString()!.ShouldContain("64 KB");
    }

    [Fact]
    public async Task A_streamed_upload_over_the_limit_is_413_too()
    {
        using var admin = await app.ClientForAsync("admin");
        var file = new StreamContent(new MemoryStream(new byte[200_000]));
        using var form = new MultipartFormDataContent { { file, "file", "big.csv" } };
        using var request = new HttpRequestMessage(HttpMethod.Post, Import) { Content = form };
        request.Headers.TransferEncodingChunked = true;
        await (await admin.SendAsync(request)).ShouldBeProblemAsync(HttpStatusCode.RequestEntityTooLarge);
    }

    [Theory]
    [InlineData("名录.txt", HttpStatusCode.UnsupportedMediaType)]
    [InlineData("名录.xls", HttpStatusCode.UnsupportedMediaType)]
    [InlineData("名录.xlsx", HttpStatusCode.BadRequest)]
    public async Task Files_that_are_neither_csv_nor_xlsx_are_refused(string name, HttpStatusCode status)
    {
        using var admin = await app.ClientForAsync("admin");
        await (await admin.PostAsync(Import, Upload(Encoding.UTF8.GetBytes(Csv()), name))).ShouldBeProblemAsync(status);
    }

    [Fact]
    public async Task A_gbk_csv_is_refused_with_advice()
    {
        using var admin = await app.ClientForAsync("admin");
        var gbk = Encoding.Latin1.GetBytes("uscc,name\n") .Concat(new byte[] { 0xC6, 0xF3, 0xD2, 0xB5 }).ToArray();
        var problem = await (await admin.PostAsync(Import, Upload(gbk, "名录.csv"))).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        problem.GetProperty("detail").GetString()!.ShouldContain("UTF-8");
    }

    [Fact]
    public async Task A_body_that_is_not_a_form_is_415()
    {
        using var admin = await app.ClientForAsync("admin");
        await (await admin.PostAsJsonAsync(Import, new { file = "x" })).ShouldBeProblemAsync(HttpStatusCode.UnsupportedMediaType);
    }

    [Fact]
    public async Task A_form_without_the_file_field_is_400()
    {
        using var admin = await app.ClientForAsync("admin");
        using var form = new MultipartFormDataContent { { new StringContent("x"), "other" } };
        await (await admin.PostAsync(Import, form)).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task An_unknown_mode_is_400_and_a_missing_one_means_all()
    {
        using var admin = await app.ClientForAsync("admin");
        var problem = await (await admin.PostAsync($"{Import}?mode=some", Upload(Csv(Row(Uscc(900), "x"))))).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        problem.GetProperty("detail").GetString()!.ShouldContain("mode");
        await (await admin.PostAsync(Import, Upload(Csv(Row(Uscc(901), "x", employees: "-1"))))).ShouldBeJsonAsync(HttpStatusCode.UnprocessableEntity);
    }

    [Fact]
    public async Task Anonymous_callers_get_401()
    {
        using var anonymous = app.CreateClient();
        (await anonymous.PostAsync(Import, Upload(Csv(Row(Uscc(902), "x"))))).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Theory]
    [InlineData("operator")]
    [InlineData("handler.market")]
    [InlineData("lead.market")]
    [InlineData("inspector.market")]
    [InlineData("leader")]
    public async Task Staff_other_than_admin_and_supervisor_may_not_import(string user)
    {
        using var client = await app.ClientForAsync(user);
        await (await client.PostAsync(Import, Upload(Csv(Row(Uscc(903), "x"))))).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task The_business_environment_office_may_import()
    {
        using var supervisor = await app.ClientForAsync("supervisor");
        (await (await supervisor.PostAsync(Import, Upload(Csv(Row(Uscc(904), "专班导入企业"))))).ShouldBeJsonAsync())
            .GetProperty("imported").GetInt32().ShouldBe(1);
    }
}

public sealed class SmallUploadSqliteFactory : SqliteAppFactory
{
    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?> { ["Enterprises:Import:MaxBytes"] = ImportRefusalTests<SqliteAppFactory>.MaxBytes };
}

public sealed class SmallUploadPostgresFactory : PostgresAppFactory
{
    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?> { ["Enterprises:Import:MaxBytes"] = ImportRefusalTests<SqliteAppFactory>.MaxBytes };
}

public sealed class ImportRefusalTests_Sqlite(SmallUploadSqliteFactory app) : ImportRefusalTests<SmallUploadSqliteFactory>(app);

public sealed class ImportRefusalTests_Postgres(SmallUploadPostgresFactory app) : ImportRefusalTests<SmallUploadPostgresFactory>(app);
