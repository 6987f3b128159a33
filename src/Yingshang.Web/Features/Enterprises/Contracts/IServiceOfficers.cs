namespace Yingshang.Web.Features.Enterprises.Contracts;

/// <summary>Who is an enterprise's 首席服务员 now (README.md, "首席服务员"). Scoped.</summary>
public interface IServiceOfficers
{
    /// <summary>The user name of the current chief service officer, or null when none is assigned.</summary>
    Task<string?> OfficerOfAsync(string uscc, CancellationToken ct);
}
