using System.Globalization;
using Microsoft.Extensions.Primitives;
using Yingshang.Web.Features.Appeals.Open311.Documents;

namespace Yingshang.Web.Features.Appeals.Open311.Submit;

/// <summary>The form fields of POST Service Request (spec, "Required/Optional Arguments"), checked for form, not for meaning.</summary>
public sealed record ServiceRequestForm(
    string? ApiKey, string? JurisdictionId, string? ServiceCode, Open311Location Location, string? AddressString,
    Open311Contact Contact, string? FirstName, string? LastName, string? Phone, string? Description)
{
    public static async Task<ServiceRequestForm> ReadAsync(HttpRequest request, CancellationToken ct)
    {
        if (!request.HasFormContentType)
            throw GeoReportException.BadRequest("服务请求须以 application/x-www-form-urlencoded 表单提交");
        IFormCollection form;
        try
        {
            form = await request.ReadFormAsync(ct);
        }
        catch (InvalidDataException e)
        {
            // e.g. a NUL character in a value, or more fields than the form reader accepts
            throw GeoReportException.BadRequest($"表单无法解析：{e.Message}");
        }
        var problems = new List<string>();
        var given = new HashSet<string>(StringComparer.Ordinal);   // typed, even when refused: a refused lat is no missing lat
        string? Field(string name, int max)
        {
            var value = form.TryGetValue(name, out var v) ? v.ToString() : "";
            if (name == "api_key" && StringValues.IsNullOrEmpty(value)) value = request.Query["api_key"].ToString();
            value = value.Trim();
            if (value.Length > 0) given.Add(name);
            if (value.Length > max) problems.Add($"{name} 不能超过 {max} 个字符");
            return value.Length == 0 || value.Length > max ? null : value;
        }

        var (lat, lon) = (Coordinate(Field("lat", 32), "lat", 90, problems), Coordinate(Field("long", 32), "long", 180, problems));
        var addressString = Field("address_string", 200);
        var addressId = Field("address_id", 100);
        if (given.Contains("lat") != given.Contains("long")) problems.Add("lat 与 long 须同时提供");
        else if (!given.Overlaps(["lat", "address_string", "address_id"]))
            problems.Add("须提供位置：lat 与 long，或 address_string，或 address_id");
        var email = Field("email", 254);
        if (email is not null && (email.IndexOf('@', StringComparison.Ordinal) is <= 0 || email.EndsWith('@')))
            problems.Add($"email “{email}” 不是有效的电子邮箱地址");
        var media = Field("media_url", 1000);
        if (media is not null && !(Uri.TryCreate(media, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"))
            problems.Add("media_url 须为 http 或 https 开头的完整网址");
        var parsed = new ServiceRequestForm(
            Field("api_key", 200), Field("jurisdiction_id", 100), Field("service_code", 32), new Open311Location(lat, lon, addressId),
            addressString, new Open311Contact(email, Field("device_id", 100), Field("account_id", 100), media),
            Field("first_name", 25), Field("last_name", 25), Field("phone", 20), Field("description", 4000));
        return problems.Count == 0 ? parsed : throw GeoReportException.BadRequest(problems);
    }

    /// <summary>The requester's name in Chinese order (family name first); “匿名” when none was given.</summary>
    public string RequesterName => string.Concat(LastName, FirstName) is { Length: > 0 } name ? name : "匿名";

    private static double? Coordinate(string? text, string name, double limit, List<string> problems)
    {
        if (text is null) return null;
        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value) && Math.Abs(value) <= limit)
            return value;
        problems.Add($"{name} 须为 WGS84 坐标（-{limit} 至 {limit} 之间的数字）");
        return null;
    }
}
