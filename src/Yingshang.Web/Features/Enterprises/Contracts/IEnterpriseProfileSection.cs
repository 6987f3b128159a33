namespace Yingshang.Web.Features.Enterprises.Contracts;

/// <summary>
/// A section of the 一企一档 page contributed by another capability (appeals, policies, inspections, ratings, 首席服务员).
/// Register it with <c>services.AddScoped&lt;IEnterpriseProfileSection, MySection&gt;()</c>; sections render by <see cref="Order"/>
/// below the enterprise's facts, each under its <see cref="Title"/> as a heading.
/// </summary>
public interface IEnterpriseProfileSection
{
    string Title { get; }

    /// <summary>Lower comes first. Suggested: 100 appeals, 200 policies, 300 inspections, 400 ratings, 500 service officer.</summary>
    int Order { get; }

    /// <summary>The partial to render, or null to leave the section out for this enterprise or this user.</summary>
    Task<ProfileSectionContent?> BuildAsync(EnterpriseFacts enterprise, CancellationToken ct);
}

/// <summary>A partial view (app-relative path, e.g. <c>/Features/Appeals/Profile/_EnterpriseAppeals.cshtml</c>) and its model.</summary>
public sealed record ProfileSectionContent(string PartialName, object? Model);
