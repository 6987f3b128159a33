namespace Yingshang.Web.Features.Appeals.Rate;

/// <summary>The <c>Appeals:Rating</c> configuration section (README.md, "Rating by the requester").</summary>
public sealed class RatingOptions
{
    /// <summary>Days a rating link stays usable after the close.</summary>
    public int LinkDays { get; set; } = 15;

    /// <summary>The public address the SMS link points at (e.g. <c>https://12345.sfz.gov.cn</c>); the request's own address when empty.</summary>
    public Uri? PublicBaseUrl { get; set; }
}
