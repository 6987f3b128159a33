namespace Yingshang.Web.Features.Appeals.Rate;

/// <summary>The <c>Appeals:Rating</c> configuration section (README.md, "Rating by the requester").</summary>
public sealed class RatingOptions
{
    /// <summary>Days a rating link stays usable after the close.</summary>
    public int LinkDays { get; set; } = 15;

    /// <summary>
    /// The public address the SMS link points at (e.g. <c>https://12345.sfz.gov.cn</c>). Never taken from the request:
    /// anyone may ask the tracking page for an SMS, and a forged Host header would put a live link on the forger's site.
    /// </summary>
    public Uri PublicBaseUrl { get; set; } = new("http://127.0.0.1:5080");

    public static bool IsValidBase(Uri? url) =>
        url is { IsAbsoluteUri: true } && (url.Scheme == Uri.UriSchemeHttps || url.Scheme == Uri.UriSchemeHttp)
        && string.IsNullOrEmpty(url.Query) && string.IsNullOrEmpty(url.Fragment) && string.IsNullOrEmpty(url.UserInfo);
}
